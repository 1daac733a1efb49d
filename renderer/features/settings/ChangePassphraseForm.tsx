import { useId, useState, type FormEvent } from 'react';
import { passphraseStrength } from '../../../shared/crypto/passphraseStrength';
import { useSession } from '../../session/SessionContext';
import { PassphraseField } from '../../components/PassphraseField';
import { plainError } from '../../../shared/model/plainIssues';

export function ChangePassphraseForm() {
  const { changePassphrase } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const id = useId();
  const strength = passphraseStrength(next);
  const ready = !!current && strength.acceptable && next === confirmation && !busy;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(undefined);
    try {
      // On success the app locks and this form goes away with everything typed in it.
      await changePassphrase(current, next);
    } catch (e) {
      setError(plainError(e, 'The passphrase could not be changed.'));
      setBusy(false);
    }
  }

  return (
    <form
      className="subsection"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="change-passphrase-title"
      autoComplete="off"
    >
      <h3 id="change-passphrase-title">Change passphrase</h3>
      <p id={`${id}-locks`} className="field-hint">
        After the change the app locks and forgets both passphrases and the key; unlock it with the new passphrase.
      </p>
      <div className="form-grid form-grid-3">
        <PassphraseField
          label="Current passphrase"
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
        />
        <PassphraseField
          label="New passphrase"
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          describedBy="new-strength"
        />
        <PassphraseField
          label="Confirm new passphrase"
          value={confirmation}
          onChange={setConfirmation}
          autoComplete="new-password"
          invalid={!!confirmation && confirmation !== next}
        />
      </div>
      <p id="new-strength" className="field-hint" aria-live="polite">
        {next ? `Strength: ${strength.label}. ${strength.advice}` : ''}
        {confirmation && confirmation !== next ? ' The new passphrases do not match.' : ''}
      </p>
      <button type="submit" className="button" disabled={!ready} aria-busy={busy} aria-describedby={`${id}-locks`}>
        {busy ? 'Changing…' : 'Change passphrase'}
      </button>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
