import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { PRIVATE_KEY_EXTENSION, readPrivateKeyFile } from '../../../shared/bundle/firmKeyFiles';
import { passphraseStrength } from '../../../shared/crypto/passphraseStrength';
import { useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PassphraseField } from '../../components/PassphraseField';
import { useFormTask } from '../../components/useFormTask';
import { readFirmRecovery } from '../../db/dataKeyWrap';
import { NO_FIRM_WRAP } from '../../db/dataKeyFirmWrap';
import { chooseKeyFile } from '../../platform/chooseKeyFile';
import { deriveInWorker } from '../../workers/deriveInWorker';

/**
 * A forgotten passphrase: the firm's private key file (.cakey) and its passphrase
 * recover the data key from the copy wrapped for the firm, and a new passphrase
 * replaces the old one.
 */
export function RecoverWithFirmKey({ onBack }: { onBack: () => void }) {
  const { db, recover } = useSession();
  const recovery = useLiveQuery(async () => (await readFirmRecovery(db)) ?? null, [db]);
  const [file, setFile] = useState<{ name: string; text: string }>();
  const [keyPassphrase, setKeyPassphrase] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { busy, error, run } = useFormTask('The data could not be recovered.');
  const strength = passphraseStrength(next);
  const mismatch = !!confirmation && confirmation !== next;
  const ready = !!file && !!keyPassphrase && strength.acceptable && next === confirmation && !busy;

  const choose = () =>
    run(async () =>
      setFile(
        (await chooseKeyFile("Choose the firm's private key file", 'Private key', PRIVATE_KEY_EXTENSION)) ?? file,
      ),
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready) return;
    const recovered = await run(async () => {
      const key = await readPrivateKeyFile(file.text, keyPassphrase, deriveInWorker);
      try {
        await recover(key, next);
      } finally {
        key.privateKey.fill(0);
      }
    });
    if (!recovered) setKeyPassphrase('');
  }

  return (
    <form
      className="card lock-card"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="recover-title"
      autoComplete="off"
    >
      <h1 id="recover-title">Recover with the firm&apos;s private key</h1>
      {recovery === null ? (
        <p role="alert" className="error">
          {NO_FIRM_WRAP}
        </p>
      ) : (
        <>
          <p>
            The parent firm can recover this computer&apos;s data with its private key file (.{PRIVATE_KEY_EXTENSION})
            and that file&apos;s passphrase
            {recovery ? (
              <>
                : the firm key <strong>{recovery.name || 'of the firm'}</strong>, fingerprint{' '}
                <code className="fingerprint">{recovery.fingerprint}</code>
              </>
            ) : null}
            . Then choose a new passphrase for this computer.
          </p>
          <button type="button" className="button" onClick={() => void choose()}>
            {file ? `Private key file: ${file.name} (choose another…)` : 'Choose the private key file…'}
          </button>
          <PassphraseField
            label="Passphrase of the private key file"
            value={keyPassphrase}
            onChange={setKeyPassphrase}
            autoComplete="current-password"
          />
          <PassphraseField
            label="New passphrase"
            value={next}
            onChange={setNext}
            autoComplete="new-password"
            describedBy="recover-strength"
          />
          <p id="recover-strength" className={`strength strength-${strength.score}`} aria-live="polite">
            {next
              ? `Strength: ${strength.label}. ${strength.advice}`
              : 'Use at least 12 characters; four or more unrelated words work well.'}
          </p>
          <PassphraseField
            label="Confirm new passphrase"
            value={confirmation}
            onChange={setConfirmation}
            autoComplete="new-password"
            invalid={mismatch}
          />
          <p className="field-error" aria-live="polite">
            {mismatch ? 'The two passphrases do not match.' : ''}
          </p>
          <ErrorMessage message={error} />
          <button type="submit" className="button button-primary" disabled={!ready} aria-busy={busy}>
            {busy ? 'Recovering…' : 'Recover and set the new passphrase'}
          </button>
        </>
      )}
      <button type="button" className="button" onClick={onBack} disabled={busy}>
        Back to the passphrase
      </button>
    </form>
  );
}
