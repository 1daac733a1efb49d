import { useMemo } from 'react';
import { answerContradictions, type Contradiction } from '../../../shared/checklists/answerContradictions';
import type { Answers } from '../../../shared/checklists/checklist';
import { settledAnswers, type SettledAnswer } from '../../../shared/checklists/topologyAnswers';
import { recordNames, type TopologyRecords } from '../../../shared/checklists/topologyReading';

export interface InventoryAnswers {
  /** Every question the records settle. */
  settled: readonly SettledAnswer[];
  byQuestion: ReadonlyMap<string, SettledAnswer>;
  /** Stored answers the records contradict, by question. */
  contradictions: ReadonlyMap<string, Contradiction>;
  nameOf(id: string): string;
}

/** What the inventory already answers, worked out again whenever the records or the answers change. */
export function useInventoryAnswers(
  records: TopologyRecords | undefined,
  stored: Answers | undefined,
): InventoryAnswers | undefined {
  return useMemo(() => {
    if (!records || !stored) return undefined;
    const settled = settledAnswers(records);
    return {
      settled,
      byQuestion: new Map(settled.map((s) => [s.questionId, s] as const)),
      contradictions: new Map(answerContradictions(records, stored, settled).map((c) => [c.questionId, c] as const)),
      nameOf: recordNames(records),
    };
  }, [records, stored]);
}
