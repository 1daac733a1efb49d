import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Answers } from '../../../shared/checklists/checklist';
import type { Answer } from '../../../shared/model/answer';
import { useRepositories } from '../../session/SessionContext';

export interface StoredAnswers {
  /** Values by question id, for conditions and progress. */
  values: Answers;
  /** The stored answer records by question id. */
  records: ReadonlyMap<string, Answer>;
}

/** The live answers of one assessment, decrypted. */
export function useAnswers(assessmentId: string): StoredAnswers | undefined {
  const repos = useRepositories();
  const list = useLiveQuery(() => repos.answer.list(assessmentId), [repos, assessmentId]);
  return useMemo(() => {
    if (!list) return undefined;
    const records = new Map(list.map((a) => [a.data.questionId, a.data] as const));
    const values = new Map([...records].map(([id, a]) => [id, a.value] as const));
    return { values, records };
  }, [list]);
}
