import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../session/SessionContext';

/** The line an issued assessment's pages show: its records are frozen, and how to change them. */
export function IssuedNotice({ assessmentId }: { assessmentId: string }) {
  const repos = useRepositories();
  const assessment = useLiveQuery(() => repos.assessment.get(assessmentId), [repos, assessmentId]);
  if (assessment?.data.status !== 'issued') return null;
  return (
    <p role="status" className="issued-notice">
      This assessment is issued (revision {assessment.data.revision}); start a new revision to change it.
    </p>
  );
}
