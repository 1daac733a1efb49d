import { useLiveQuery } from 'dexie-react-hooks';
import { priorChoice, type PriorChoice } from '../../shared/compare/priorAssessment';
import { useRepositories } from '../session/SessionContext';
import { carriedFromAssessment } from '../db/assessmentRecords';

/** The other assessments of the clinic, and the one to compare with by default (a revisit: the one it was carried from); null when the assessment is gone. */
export function usePriorChoice(assessmentId: string): PriorChoice | null | undefined {
  const repos = useRepositories();
  return useLiveQuery(async () => {
    const assessment = await repos.assessment.get(assessmentId);
    if (!assessment || assessment.deleted) return null;
    const [all, carriedFrom] = await Promise.all([
      repos.assessment.list(assessment.data.clinicId),
      carriedFromAssessment(repos, assessmentId),
    ]);
    return priorChoice(
      { id: assessment.id, data: assessment.data },
      all.map((a) => ({ id: a.id, data: a.data })),
      carriedFrom,
    );
  }, [repos, assessmentId]);
}
