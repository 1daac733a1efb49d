import { useState, type FormEvent } from 'react';
import { PassphraseField } from '../../components/PassphraseField';
import { useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RecoverWithFirmKey } from './RecoverWithFirmKey';
import { plainError } from '../../../shared/model/plainIssues';
import { WrongPassphraseError } from '../../db/dataKeyWrap';

/** A wrong passphrase on unlock, said in unlock words (the error's own words are those of a passphrase change). */
export const WRONG_UNLOCK_PASSPHRASE =
  'That passphrase does not unlock Clinic Assessor on this computer. Check it (and Caps Lock) and try again.';

export function UnlockScreen() {
  const { unlock, state } = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [recovering, setRecovering] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await unlock(passphrase);
    } catch (e) {
      setError(
        e instanceof WrongPassphraseError ? WRONG_UNLOCK_PASSPHRASE : plainError(e, 'The data could not be unlocked.'),
      );
      setPassphrase('');
      setBusy(false);
    }
  }

  if (recovering) {
    return (
      <main className="lock-screen">
        <RecoverWithFirmKey onBack={() => setRecovering(false)} />
      </main>
    );
  }

  return (
    <main className="lock-screen">
      <form
        className="card lock-card"
        onSubmit={(e) => void submit(e)}
        aria-labelledby="unlock-title"
        autoComplete="off"
      >
        <h1 id="unlock-title">Clinic Assessor is locked</h1>
        <p>Enter your passphrase to open the assessments stored on this computer.</p>
        {state.status === 'locked' && state.notice ? (
          <p role="status" className="status">
            {state.notice}
          </p>
        ) : null}
        <PassphraseField
          label="Passphrase"
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          autoFocus
          invalid={!!error}
        />
        <ErrorMessage message={error} />
        <button type="submit" className="button button-primary" disabled={!passphrase || busy} aria-busy={busy}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
        <button type="button" className="button" onClick={() => setRecovering(true)} disabled={busy}>
          Forgot the passphrase? Recover with the firm&apos;s private key
        </button>
      </form>
    </main>
  );
}
