import { useState, type FormEvent } from 'react';
import { passphraseStrength } from '../../../shared/crypto/passphraseStrength';
import { PassphraseField } from '../../components/PassphraseField';
import { useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { plainError } from '../../../shared/model/plainIssues';

/** First run: choose the passphrase that protects everything stored on this computer. */
export function SetupScreen() {
  const { setUp } = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const strength = passphraseStrength(passphrase);
  const mismatch = confirmation.length > 0 && confirmation !== passphrase;
  const ready = strength.acceptable && confirmation === passphrase && understood && !busy;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(undefined);
    try {
      await setUp(passphrase);
    } catch (e) {
      setError(plainError(e, 'The passphrase could not be set.'));
      setBusy(false);
    }
  }

  return (
    <main className="lock-screen">
      <form
        className="card lock-card"
        onSubmit={(e) => void submit(e)}
        aria-labelledby="setup-title"
        autoComplete="off"
      >
        <h1 id="setup-title">Protect this computer&apos;s assessments</h1>
        <p>
          Clinic Assessor encrypts everything it stores with a key that only your passphrase unlocks. Choose a
          passphrase you will remember.
        </p>
        <p className="warning" id="no-recovery">
          <strong>There is no reset and no recovery.</strong> If you forget this passphrase, the assessments stored on
          this computer are gone for good: nobody, including us, can decrypt them.
        </p>
        <PassphraseField
          label="Passphrase"
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="new-password"
          describedBy="strength"
          autoFocus
        />
        <p id="strength" className={`strength strength-${strength.score}`} aria-live="polite">
          {passphrase ? (
            <>
              <strong>Strength: {strength.label}.</strong> {strength.advice}
            </>
          ) : (
            'Use at least 12 characters; four or more unrelated words work well.'
          )}
        </p>
        <PassphraseField
          label="Confirm passphrase"
          value={confirmation}
          onChange={setConfirmation}
          autoComplete="new-password"
          describedBy="mismatch"
          invalid={mismatch}
        />
        <p id="mismatch" className="field-error" aria-live="polite">
          {mismatch ? 'The two passphrases do not match.' : ''}
        </p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={understood}
            onChange={(e) => setUnderstood(e.target.checked)}
            aria-describedby="no-recovery"
          />
          I understand that a forgotten passphrase cannot be recovered.
        </label>
        <ErrorMessage message={error} />
        <button type="submit" className="button button-primary" disabled={!ready} aria-busy={busy}>
          {busy ? 'Creating the encryption key…' : 'Set passphrase and start'}
        </button>
      </form>
    </main>
  );
}
