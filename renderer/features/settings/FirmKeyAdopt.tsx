import { useState, type FormEvent } from 'react';
import { PRIVATE_KEY_EXTENSION, readPrivateKeyFile } from '../../../shared/bundle/firmKeyFiles';
import { useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PassphraseField } from '../../components/PassphraseField';
import { adoptFirmKey, adoptRotatedFirmKey } from '../../db/signerAndFirmKeys';
import { chooseKeyFile } from '../../platform/chooseKeyFile';
import { deriveInWorker } from '../../workers/deriveInWorker';
import { plainError } from '../../../shared/model/plainIssues';

/**
 * On a second firm computer: take the firm key pair from its private key file (.cakey)
 * and its passphrase; when `replacing`, the key that replaced the one held here
 * (rotated elsewhere), which must be endorsed by it.
 */
export function FirmKeyAdopt({ replacing = false }: { replacing?: boolean }) {
  const session = useSession();
  const [file, setFile] = useState<{ name: string; text: string }>();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function choose() {
    setError(undefined);
    try {
      setFile((await chooseKeyFile('Use the firm private key file', 'Private key', PRIVATE_KEY_EXTENSION)) ?? file);
    } catch (e) {
      setError(plainError(e, 'The private key file could not be read.'));
    }
  }

  async function adopt(event: FormEvent) {
    event.preventDefault();
    if (!file || session.state.status !== 'unlocked') return;
    setError(undefined);
    setBusy(true);
    try {
      const key = await readPrivateKeyFile(file.text, passphrase, deriveInWorker);
      await (replacing ? adoptRotatedFirmKey : adoptFirmKey)(session.state.vault, key);
      key.privateKey.fill(0);
      setPassphrase('');
      setFile(undefined);
    } catch (e) {
      setError(plainError(e, 'The private key file could not be used.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="subsection">
      <p className="muted">
        {replacing
          ? 'Or, where the firm key was rotated on another computer or with rotate-key, use the new private key file.'
          : 'Or, on a second firm computer, use the private key file saved on the first.'}
      </p>
      {file ? (
        <form onSubmit={(e) => void adopt(e)} autoComplete="off">
          <p>
            <strong>{file.name}</strong>
          </p>
          <PassphraseField
            label="Passphrase of the private key file"
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="current-password"
          />
          <button type="submit" className="button" disabled={!passphrase || busy}>
            {replacing ? 'Replace the firm key with this one' : 'Use this firm key'}
          </button>
        </form>
      ) : (
        <button type="button" className="button" onClick={() => void choose()}>
          {replacing ? 'Use a rotated private key file…' : 'Use a private key file…'}
        </button>
      )}
      <ErrorMessage message={error} />
    </div>
  );
}
