import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PassphraseField } from '../../components/PassphraseField';
import { useFormTask } from '../../components/useFormTask';
import { readFirmRecovery, setUpFirmRecovery } from '../../db/dataKeyWrap';
import { readFirmRecipient } from '../../db/signerAndFirmKeys';
import { deriveInWorker } from '../../workers/deriveInWorker';

/**
 * Whether the firm can recover this database with its private key: the data key wrapped
 * for the firm's public key. When that key is set or changed, the passphrase unwraps the
 * data key here so it is wrapped for the new key (the next unlock would do it too).
 */
export function RecoverySection() {
  const { db } = useSession();
  const id = useId();
  const recovery = useLiveQuery(() => readFirmRecovery(db), [db]);
  const firm = useLiveQuery(() => readFirmRecipient(db), [db]);
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, run } = useFormTask('Recovery could not be set.');
  const pending = firm && firm.fingerprint !== recovery?.fingerprint ? firm : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase || busy) return;
    await run(() => setUpFirmRecovery(db, passphrase, deriveInWorker));
    setPassphrase('');
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Recovery through the firm</h2>
      <p aria-label="Recovery status">
        {recovery ? (
          <>
            <strong>Recovery:</strong> the firm ({recovery.name || 'unnamed'},{' '}
            <code className="fingerprint">{recovery.fingerprint}</code>) can recover this database with its private key
            — since{' '}
            {new Date(recovery.since).toLocaleDateString(undefined, {
              year: 'numeric',
              month: 'short',
              day: 'numeric',
            })}
            .
          </>
        ) : (
          <>
            <strong>No recovery set:</strong> set the firm&apos;s public key so a forgotten passphrase does not lose the
            data.
          </>
        )}
      </p>
      {pending ? (
        <form className="subsection" onSubmit={(e) => void submit(e)} autoComplete="off">
          <p>
            {recovery ? 'The firm key has changed' : 'The firm key is set'} to{' '}
            <strong>{pending.name || 'unnamed'}</strong> (<code className="fingerprint">{pending.fingerprint}</code>).
            Enter your passphrase to let that key recover this database; otherwise it is done at the next unlock.
          </p>
          <div className="inline-form-row">
            <PassphraseField
              label="Your passphrase, to set recovery"
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="current-password"
            />
            <button type="submit" className="button" disabled={!passphrase || busy} aria-busy={busy}>
              {busy ? 'Setting recovery…' : 'Let the firm recover this database'}
            </button>
          </div>
        </form>
      ) : null}
      <ErrorMessage message={error} />
    </section>
  );
}
