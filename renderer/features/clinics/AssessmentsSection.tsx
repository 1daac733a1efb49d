import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories } from '../../session/SessionContext';
import { AssessmentEditor } from './AssessmentEditor';
import { ErrorMessage } from '../../components/ErrorMessage';
import { todayIso } from '../../clock/today';
import { plainError } from '../../../shared/model/plainIssues';
import { notYetReviewed } from '../../../shared/model/assessmentIssue';

export const CHECKLIST_VERSION = '1';

export function AssessmentsSection({ clinicId }: { clinicId: string }) {
  const repos = useRepositories();
  const [error, setError] = useState<string>();
  const assessments = useLiveQuery(async () => {
    const all = await repos.assessment.list(clinicId);
    return all.sort((a, b) => (b.data.startDate || '').localeCompare(a.data.startDate || ''));
  }, [repos, clinicId]);

  async function add() {
    setError(undefined);
    try {
      await repos.assessment.create({
        clinicId,
        title: `Assessment ${todayIso()}`,
        assessor: '',
        startDate: todayIso(),
        endDate: '',
        status: 'draft',
        ...notYetReviewed,
        checklistVersion: CHECKLIST_VERSION,
      });
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
      <ErrorMessage message={error} />
      {assessments?.length === 0 ? <p className="muted">No assessments of this clinic yet.</p> : null}
      {assessments?.map((a) => (
        <AssessmentEditor key={a.id} id={a.id} stored={a.data} />
      ))}
    </section>
  );
}
