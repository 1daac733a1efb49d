import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { PUBLIC_KEY_EXTENSION, readPublicKeyFile } from '../../../shared/bundle/keyFiles';
import { fromUtf8 } from '../../../shared/crypto/bytes';
import { useSession } from '../../app/session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { readFirmRecipient, saveFirmRecipient } from '../../db/keyStore';
import { platform } from '../../platform/api';

/** The parent firm's public key that exports are encrypted for: shown by name and fingerprint, chosen from its .capub file. */
export function FirmRecipientPicker() {
  const { db } = useSession();
  const recipient = useLiveQuery(() => readFirmRecipient(db), [db]);
  const [error, setError] = useState<string>();

  async function choose() {
    setError(undefined);
    const result = await platform.openFile({ title: "Choose the parent firm's public key", filters: [{ name: 'Public key', extensions: [PUBLIC_KEY_EXTENSION] }], maxBytes: 16 * 1024 });
    if (!result.ok) return setError(result.error.message);
    if (result.value.canceled) return;
    try {
      await saveFirmRecipient(db, await readPublicKeyFile(fromUtf8(result.value.bytes)));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'That file is not a public key.');
    }
  }

  return (
    <div className="subsection" aria-label="Parent firm key">
      {recipient ? (
        <p>
          Encrypted for <strong>{recipient.name || 'the parent firm'}</strong>, key <code className="fingerprint">{recipient.fingerprint}</code>. Check the fingerprint
          with the firm by phone once; after that, only the firm can open these files, not even you.
        </p>
      ) : (
        <p className="muted">No firm key yet: choose the public key file (.{PUBLIC_KEY_EXTENSION}) the parent firm gave you.</p>
      )}
      <button type="button" className="button button-small" onClick={() => void choose()}>
        {recipient ? 'Use another public key file…' : 'Choose public key file…'}
      </button>
      <ErrorMessage message={error} />
    </div>
  );
}
