import { count } from '../../../shared/model/plural';
import { useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { Planned } from './importAssessmentFile';
import { formatDate } from '../../components/clinicLabels';
import { todayIso } from '../../clock/today';
import { plainError } from '../../../shared/model/plainIssues';
import { ClinicTwinQuestions } from './ClinicTwinQuestions';
import { allAnswered, type TwinAnswer } from './clinicTwinQuestions';

/** Who signed the file, checked against the signers this installation trusts. */
function SignerLine({ signer, onTrust }: { signer: Planned['signer']; onTrust: () => Promise<unknown> }) {
  const [error, setError] = useState<string>();
  if (!signer) return <p className="signer signer-none">Not signed: nothing says who made this file.</p>;
  async function trust() {
    try {
      await onTrust();
    } catch (e) {
      setError(plainError(e, 'The signer could not be saved.'));
    }
  }
  return (
    <div className={signer.trusted ? 'signer signer-trusted' : 'signer signer-unknown'}>
      <p>
        Signed by <strong>{signer.name || 'an unnamed assessor'}</strong>, key{' '}
        <code className="fingerprint">{signer.fingerprint}</code>: the signature is valid.{' '}
        {signer.own
          ? 'This is this computer’s own signing key.'
          : signer.trusted
            ? 'You trust this key.'
            : 'This key is not among the signers you trust: check its fingerprint with the sender before trusting it.'}
      </p>
      {signer.trusted ? null : (
        <button type="button" className="button button-small" onClick={() => void trust()}>
          Trust this signer
        </button>
      )}
      <ErrorMessage message={error} />
    </div>
  );
}

const verdictWords = {
  valid: 'signature valid',
  'content-changed': 'its content changed since it was issued',
  'bad-signature': 'the signature does not verify',
} as const;

/** The issued assessments the file carries, and those issued here that the import changes. */
function IssuedLines({ issued }: { issued: Planned['issued'] }) {
  if (!issued) return null;
  return (
    <>
      {issued.incoming.map((a, i) => (
        <p key={i} className={a.verdict === 'valid' ? 'signer signer-trusted' : 'signer signer-unknown'}>
          Issued: <strong>{a.title}</strong>, revision {a.revision}, reviewed by {a.reviewer || 'nobody named'}, key{' '}
          <code className="fingerprint">{a.fingerprint}</code>: {verdictWords[a.verdict]}.
        </p>
      ))}
      {issued.changesIssuedHere.map((title) => (
        <p key={title} className="form-warning">
          Importing changes {title}, issued on this computer: it is merged all the same, and then reads as changed since
          it was issued.
        </p>
      ))}
    </>
  );
}

/** What importing the file would do, before anything is written. */
export function ImportPreview({
  planned,
  busy,
  onImport,
  onCancel,
  onTrust,
  onAnswerTwin,
}: {
  planned: Planned;
  /** The import is being written. */
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
  onTrust: () => Promise<unknown>;
  onAnswerTwin: (incomingId: string, answer: TwinAnswer) => void;
}) {
  const { manifest, plan, twins } = planned;
  const unanswered = !!twins && !allAnswered(twins.questions, twins.answers);
  const waitsId = useId();
  return (
    <div className="subsection" aria-label="Import preview">
      <h3>What importing {planned.name} would do</h3>
      <p className="muted">
        Exported {formatDate(todayIso(new Date(manifest.created)))}
        {manifest.exportedBy.assessor ? ` by ${manifest.exportedBy.assessor}` : ''}.
      </p>
      <SignerLine signer={planned.signer} onTrust={onTrust} />
      <IssuedLines issued={planned.issued} />
      {manifest.redacted ? (
        <p className="muted">
          A redacted copy: it carries no contacts or notes, and the ones on this computer stay as they are.
        </p>
      ) : null}
      {manifest.evidenceLeftOut ? (
        <p className="muted">It leaves out photos and files; the ones on this computer stay as they are.</p>
      ) : manifest.blobs?.length ? (
        <p className="muted">
          It carries {count(manifest.blobs.length, 'photo or file', 'photos and files')} as evidence.
        </p>
      ) : null}
      {twins ? <ClinicTwinQuestions twins={twins} disabled={busy} onAnswer={onAnswerTwin} /> : null}
      <dl className="facts">
        <dt>New records</dt>
        <dd>{plan.counts.added}</dd>
        <dt>Updated</dt>
        <dd>{plan.counts.updated}</dd>
        <dt>Deleted</dt>
        <dd>{plan.counts.deleted}</dd>
        <dt>Unchanged</dt>
        <dd>{plan.counts.unchanged}</dd>
        <dt>Conflicts to review</dt>
        <dd>{plan.counts.conflicts}</dd>
      </dl>
      <div className="inline-form-row">
        <button
          type="button"
          className="button button-primary"
          onClick={onImport}
          disabled={busy || unanswered || !!twins?.planning}
          aria-describedby={unanswered ? waitsId : undefined}
        >
          Import
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
      {unanswered ? (
        <p id={waitsId} className="field-hint">
          Answer for each clinic named alike first.
        </p>
      ) : null}
    </div>
  );
}
