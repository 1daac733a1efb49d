import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { assessmentStatusLabels, type Assessment } from '../../../shared/model/assessment';
import { issueVerdictLabels } from '../../../shared/bundle/issueSignature';
import { plainError } from '../../../shared/model/plainIssues';
import { checkIssue } from '../../db/assessmentRecords';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/fields';
import { useRepositories, useSession } from '../../session/SessionContext';
import { issueAssessment, markReviewed, reopenDraft, startNewRevision } from './issueAssessment';

const when = (iso: string) => (iso ? new Date(iso).toLocaleString() : '—');

/** Draft → reviewed → issued, and the next revision of an issued assessment. */
export function IssueControls({ id, data }: { id: string; data: Assessment }) {
  const repos = useRepositories();
  const { state } = useSession();
  const [reviewer, setReviewer] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const check = useLiveQuery(
    () => (data.status === 'issued' ? checkIssue(repos, id) : undefined),
    [repos, id, data.status, data.issue?.digest],
  );

  async function run(step: () => Promise<unknown>, fallback: string) {
    setError(undefined);
    setBusy(true);
    try {
      await step();
    } catch (e) {
      setError(plainError(e, fallback));
    } finally {
      setBusy(false);
    }
  }
  const vault = state.status === 'unlocked' ? state.vault : undefined;
  const button = (label: string, step: () => Promise<unknown>, fallback: string, primary = false) => (
    <button
      type="button"
      className={`button button-small${primary ? ' button-primary' : ''}`}
      disabled={busy}
      onClick={() => void run(step, fallback)}
    >
      {label}
    </button>
  );

  return (
    <div className="issue-workflow" role="group" aria-label="Review and issue">
      <p>
        <strong>
          {assessmentStatusLabels[data.status]}, revision {data.revision}
        </strong>
        {data.status === 'reviewed' ? ` — reviewed by ${data.reviewer} on ${when(data.reviewedAt)}` : null}
        {data.status === 'issued' && data.issue
          ? ` — reviewed by ${data.issue.reviewer}, issued on ${when(data.issue.issuedAt)}, signed by “${data.issue.signerName}” (key ${check?.fingerprint ?? '…'}): ${check ? issueVerdictLabels[check.verdict] : 'checking…'}`
          : null}
      </p>
      {data.status === 'draft' ? (
        <>
          <TextField label="Reviewer" maxLength={200} value={reviewer} onChange={setReviewer} />
          {button(
            'Mark reviewed',
            () => markReviewed(repos, id, reviewer),
            'The assessment could not be marked reviewed.',
          )}
        </>
      ) : null}
      {data.status === 'reviewed' && vault ? (
        <>
          {button('Issue', () => issueAssessment(vault, repos, id), 'The assessment could not be issued.', true)}
          {button('Back to draft', () => reopenDraft(repos, id), 'The assessment could not go back to draft.')}
        </>
      ) : null}
      {data.status === 'issued'
        ? button(
            `Start revision ${data.revision + 1}`,
            () => startNewRevision(repos, id),
            'The new revision could not be started.',
          )
        : null}
      {data.pastIssues.length ? (
        <p className="muted">
          Earlier issues:{' '}
          {data.pastIssues
            .map(
              (p) => `revision ${p.revision}, issued ${when(p.issuedAt)} by ${p.reviewer} (${p.digest.slice(0, 12)}…)`,
            )
            .join('; ')}
        </p>
      ) : null}
      <ErrorMessage message={error} />
    </div>
  );
}
