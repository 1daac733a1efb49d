import { useMemo } from 'react';
import type { AssessmentFacts } from '../../../shared/rules/context';
import type { RuleContext } from '../../../shared/rules/ruleTypes';
import type { AssessedFinding } from '../../../shared/rules/assessedFindings';
import { recordNames, type AssessmentRecords } from '../../../shared/model/assessmentRecords';
import { assessRecords } from '../../../shared/rules/assessRecords';
import { useContentPack } from '../../hooks/useContentPack';
import { todayIso } from '../../clock/today';
import { useAssessmentRecords } from '../../hooks/useAssessmentRecords';
import type { Regression } from '../../../shared/compare/regressions';
import { usePriorRegressions } from './usePriorRegressions';

export interface AssessmentFindings {
  facts: AssessmentFacts;
  /** The records the findings were derived from (the plan reads its items from them). */
  records: AssessmentRecords;
  /** What the rules read, the topology included: the reachability view shows it. */
  context: RuleContext;
  /** Assets by id, to group a device's findings under it. */
  assetIds: ReadonlySet<string>;
  /** The rules' findings with the assessor's overrides and decisions, and the assessor's own findings. */
  findings: AssessedFinding[];
  names: ReadonlyMap<string, string>;
  assessmentDate: string;
  clinicName: string;
  assessmentTitle: string;
  /** Findings resolved on the previous visit and found again, by key. */
  regressions: ReadonlyMap<string, Regression>;
}

/** Everything recorded for an assessment, live, and the findings the rules derive from it. */
export function useAssessmentFindings(assessmentId: string): AssessmentFindings | null | undefined {
  const loaded = useAssessmentRecords(assessmentId);
  const pack = useContentPack();
  const regressions = usePriorRegressions(assessmentId, loaded);

  const result = useMemo(() => {
    if (loaded === undefined || loaded === null) return loaded;
    const { facts, context, findings } = assessRecords(loaded, todayIso(), pack);
    const assessmentDate = facts.assessmentDate;
    const names = recordNames(loaded);
    return {
      facts,
      records: loaded,
      context,
      assetIds: new Set(loaded.assets.map((a) => a.id)),
      findings,
      names,
      assessmentDate,
      clinicName: loaded.clinic.data.name,
      assessmentTitle: loaded.assessment.data.title,
    };
  }, [loaded, pack]);
  return useMemo(() => (result ? { ...result, regressions } : result), [result, regressions]);
}
