import { useId, useState, type FormEvent } from 'react';
import { useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { rotateFirmKey } from '../../db/signerAndFirmKeys';
import { FirmKeyAdopt } from './FirmKeyAdopt';
import { plainError } from '../../../shared/model/plainIssues';

/**
 * On the firm's installation: replace the firm key pair. The new key is endorsed by the
 * old one, which stays here so files already sent to it still open; new exports go to
 * the new key once assessors take its public key file.
 */
export function FirmKeyRotate({ current }: { current: string }) {
  const session = useSession();
  const id = useId();
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();

  async function rotate(event: FormEvent) {
    event.preventDefault();
    if (session.state.status !== 'unlocked') return;
    setError(undefined);
    try {
      const next = await rotateFirmKey(session.state.vault, name.trim() || current);
      setName('');
      setStatus(
        `The firm key is now ${next.fingerprint}, endorsed by the key it replaces, which stays here to open older files. Save the new public key file for the assessors.`,
      );
    } catch (e) {
      setError(plainError(e, 'The firm key could not be replaced.'));
    }
  }

  return (
    <details className="subsection">
      <summary>Replace the firm key (rotate)</summary>
      <form onSubmit={(e) => void rotate(e)} autoComplete="off">
        <p className="muted">
          Makes a new key pair for files sent from now on. This computer keeps the old one to open files already sent to
          it; save a new private key file for the command line and other firm computers.
        </p>
        <div className="inline-form-row">
          <div className="field">
            <label htmlFor={`${id}-name`}>Name of the new firm key</label>
            <input
              id={`${id}-name`}
              value={name}
              maxLength={200}
              onChange={(e) => setName(e.target.value)}
              placeholder={current}
            />
          </div>
          <button type="submit" className="button">
            Rotate the firm key
          </button>
        </div>
      </form>
      <p role="status" className="status">
        {status}
      </p>
      <ErrorMessage message={error} />
      <FirmKeyAdopt replacing />
    </details>
  );
}
