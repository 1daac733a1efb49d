import { useLiveQuery } from 'dexie-react-hooks';
import type { AssessmentRecords } from '../../shared/model/assessmentRecords';
import { useRepositories } from '../session/SessionContext';
import { loadAssessmentRecords } from '../db/assessmentRecords';

/** One assessment's records, live: undefined while decrypting, null when it does not exist. */
export function useAssessmentRecords(assessmentId: string): AssessmentRecords | null | undefined {
  const repos = useRepositories();
  return useLiveQuery(async () => {
    // Awaited inside the querier, not returned as is: Dexie then keeps watching every
    // table read after the first decryption; returned bare, later writes went unseen.
    const records = await loadAssessmentRecords(repos, assessmentId);
    return records;
  }, [repos, assessmentId]);
}
