import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories, useSession } from '../../session/SessionContext';
import { AssessmentEditor } from './AssessmentEditor';
import { ErrorMessage } from '../../components/ErrorMessage';
import { todayIso } from '../../clock/today';
import { plainError } from '../../../shared/model/plainIssues';
import { lastVisitOf, startAssessment } from './startAssessment';
import { NewAssessmentStart } from './NewAssessmentStart';

/**
 * The clinic's assessments and its last visit, live. A hook of its own so the querier's
 * closure holds the database and repositories only: a querier sharing a scope with the
 * session's state would keep the vault alive past a lock (lockForgets.spec.ts).
 */
function useClinicAssessments(clinicId: string) {
  const { db } = useSession();
  const repos = useRepositories();
  return useLiveQuery(async () => {
    const all = await repos.assessment.list(clinicId);
    const assessments = all.sort((a, b) => (b.data.startDate || '').localeCompare(a.data.startDate || ''));
    return { assessments, lastVisit: await lastVisitOf(db, repos, clinicId, todayIso()) };
  }, [db, repos, clinicId]);
}

export function AssessmentsSection({ clinicId }: { clinicId: string }) {
  const { state } = useSession();
  const repos = useRepositories();
  const [error, setError] = useState<string>();
  const [fromLast, setFromLast] = useState(true);
  const listed = useClinicAssessments(clinicId);
  const assessments = listed?.assessments;
  const lastVisit = listed?.lastVisit;

  async function add() {
    setError(undefined);
    if (state.status !== 'unlocked') return;
    try {
      const fromId = fromLast ? lastVisit?.assessment.id : undefined;
      await startAssessment(state.vault, repos, { clinicId, today: todayIso(), fromId });
    } catch (e) {
      setError(plainError(e, 'The assessment could not be created.'));
    }
  }

  return (
    <section className="card" aria-labelledby="assessments-title">
      <div className="section-header">
        <h2 id="assessments-title">Assessments</h2>
        <button type="button" className="button" onClick={() => void add()}>
          New assessment
        </button>
      </div>
      {lastVisit ? <NewAssessmentStart lastVisit={lastVisit} fromLast={fromLast} onChange={setFromLast} /> : null}
      <ErrorMessage message={error} />
      {assessments?.length === 0 ? <p className="muted">No assessments of this clinic yet.</p> : null}
      {assessments?.map((a) => (
        <AssessmentEditor key={a.id} id={a.id} stored={a.data} />
      ))}
    </section>
  );
}
