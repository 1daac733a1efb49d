import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import {
  distrustSigner,
  readSigningKey,
  readTrustedSigners,
  renameSigner,
  signingKey,
} from '../../db/signerAndFirmKeys';
import { heldRevocationList } from '../../db/revocations';
import { findRevocation, type RevokedKey } from '../../../shared/bundle/revocationList';
import { plainError } from '../../../shared/model/plainIssues';

/** Marks a trusted signer whose key the firm revoked: their files are refused all the same. */
function RevokedBadge({ revoked }: { revoked: RevokedKey | undefined }) {
  return revoked ? (
    <span className="badge badge-critical" title={revoked.reason}>{`Revoked ${revoked.revokedAt.slice(0, 10)}`}</span>
  ) : null;
}

/** The assessor's own signing key, and the signers whose files this installation trusts. */
export function SigningSection() {
  const session = useSession();
  const { db, state } = session;
  const id = useId();
  // Undefined while loading and until the key is made (at once, below).
  const own = useLiveQuery(() => readSigningKey(db), [db]);
  const trusted = useLiveQuery(() => readTrustedSigners(db), [db]);
  const revocations = useLiveQuery(() => heldRevocationList(db), [db]);
  const [name, setName] = useState<string>();
  const latest = useRef('');
  const saving = useRef<Promise<void>>(Promise.resolve());
  const [error, setError] = useState<string>();
  const vault = state.status === 'unlocked' ? state.vault : undefined;

  useEffect(() => {
    // The key is made the first time anyone looks for it, so its fingerprint can be handed out before the first export.
    if (vault) signingKey(vault).catch((e: unknown) => setError(plainError(e, 'The signing key could not be made.')));
  }, [vault]);

  function rename(value: string) {
    setName(value);
    if (!vault) return;
    // One save after another, each of the latest name; and the key may still be in the
    // making, so wait for it first, or the name would be lost.
    latest.current = value.trim();
    saving.current = saving.current
      .then(() => signingKey(vault))
      .then(() => renameSigner(db, latest.current))
      .catch((e: unknown) => setError(plainError(e, 'The name could not be saved.')));
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Signatures</h2>
      <p>
        Files you export are signed with a key kept encrypted on this computer. Whoever imports them sees your name and
        this fingerprint; tell it to them once, by phone or in person.
      </p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>Your name on signed files</label>
          {/* Not editable until the key and its stored name are in: typing meanwhile would be joined to the name or overwritten by it. Once typed in, what the user typed wins. */}
          <input
            id={`${id}-name`}
            value={name ?? own?.name ?? ''}
            disabled={!own}
            aria-busy={!own}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => rename(e.target.value)}
          />
        </div>
        <div className="field">
          <span className="field-label">Your key fingerprint</span>
          <p>
            {own ? (
              <code className="fingerprint" aria-label="Your key fingerprint">
                {own.fingerprint}
              </code>
            ) : (
              'Making your key…'
            )}
          </p>
        </div>
      </div>
      <h3>Signers you trust</h3>
      {trusted?.length ? (
        <ul className="key-list" aria-label="Signers you trust">
          {trusted.map((s) => (
            <li key={s.fingerprint}>
              <span>
                <strong>{s.name || 'Unnamed'}</strong> <code className="fingerprint">{s.fingerprint}</code>{' '}
                <RevokedBadge revoked={findRevocation(revocations, s.fingerprint)} />
              </span>
              <button
                type="button"
                className="button button-small"
                onClick={() => void distrustSigner(db, s.fingerprint)}
                aria-label={`Stop trusting ${s.name || s.fingerprint}`}
              >
                Stop trusting
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None yet. When you import a signed file, you can choose to trust its signer.</p>
      )}
      <ErrorMessage message={error} />
    </section>
  );
}
