import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { compareAssessments } from '../../../shared/compare/compareAssessments';
import type { Regression } from '../../../shared/compare/regressions';
import type { AssessmentRecords } from '../../../shared/model/assessmentRecords';
import { todayIso } from '../../clock/today';
import { loadAssessmentRecords } from '../../db/assessmentRecords';
import { useContentPack } from '../../hooks/useContentPack';
import { usePriorChoice } from '../../hooks/usePriorChoice';
import { useRepositories } from '../../session/SessionContext';

const none: ReadonlyMap<string, Regression> = new Map();

/**
 * The findings that the previous visit (the default prior assessment, as "Changes since
 * the previous visit" picks it) recorded as resolved and that are found again now, by key.
 */
export function usePriorRegressions(
  assessmentId: string,
  current: AssessmentRecords | null | undefined,
): ReadonlyMap<string, Regression> {
  const repos = useRepositories();
  const pack = useContentPack();
  const priorId = usePriorChoice(assessmentId)?.defaultId;
  const prior = useLiveQuery(
    async () => (priorId ? await loadAssessmentRecords(repos, priorId) : null),
    [repos, priorId],
  );
  return useMemo(() => {
    if (!prior || !current || !prior.decisions.some((d) => d.data.status === 'resolved')) return none;
    const { regressions } = compareAssessments(prior, current, todayIso(), pack).findings;
    return new Map(regressions.map((r) => [r.key, r] as const));
  }, [prior, current, pack]);
}
