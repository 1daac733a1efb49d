import { useState } from 'react';
import { ASSESSOR_MARK } from '../../../shared/model/finding';
import { plainError } from '../../../shared/model/plainIssues';
import type { AssessedFinding } from '../../../shared/rules/assessedFindings';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Modal } from '../../components/Modal';
import { useRepositories } from '../../session/SessionContext';
import { ManualFindingForm } from './ManualFindingForm';

/** The Findings page's "Add a finding": the assessor's own finding, in a dialog until saved. */
export function AddAssessorFinding({ assessmentId }: { assessmentId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
        Add a finding
      </button>
      <Modal title="Add a finding" open={open} onClose={() => setOpen(false)}>
        <ManualFindingForm assessmentId={assessmentId} onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}

/** The badge that marks the assessor's own finding on its card. */
export const AssessorBadge = () => <span className="badge badge-assessor">{ASSESSOR_MARK}</span>;

/** Edit and Delete on the card of the assessor's own finding (a rule's finding has neither). */
export function AssessorFindingControls({ assessmentId, finding }: { assessmentId: string; finding: AssessedFinding }) {
  const repos = useRepositories();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string>();
  const { record } = finding;
  if (finding.source !== 'assessor' || !record) return null;

  async function remove(id: string) {
    try {
      await repos.finding.remove(id);
      setDeleting(false);
    } catch (e) {
      setError(plainError(e, 'The finding could not be deleted.'));
    }
  }

  return (
    <div className="row-actions">
      <button type="button" className="button button-small" onClick={() => setEditing(true)}>
        Edit finding
      </button>
      <button type="button" className="button button-small" onClick={() => setDeleting(true)}>
        Delete finding
      </button>
      <ErrorMessage message={error} />
      <Modal title={`Edit finding: ${finding.title}`} open={editing} onClose={() => setEditing(false)}>
        <ManualFindingForm assessmentId={assessmentId} record={record} onDone={() => setEditing(false)} />
      </Modal>
      <Modal
        title="Delete finding?"
        open={deleting}
        onClose={() => setDeleting(false)}
        footer={
          <button type="button" className="button button-danger" onClick={() => void remove(record.id)}>
            Delete {finding.title}
          </button>
        }
      >
        <p>{finding.title} will disappear from this assessment and its reports.</p>
      </Modal>
    </div>
  );
}
