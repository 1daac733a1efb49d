import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import {
  firmKeyReplacement,
  firmKeyReplacementSentence,
  PUBLIC_KEY_EXTENSION,
  readPublicKeyFile,
  type FirmPublicKey,
} from '../../../shared/bundle/firmKeyFiles';
import { fromUtf8 } from '../../../shared/crypto/bytes';
import { useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { readFirmKey, readFirmRecipient, replaceFirmRecipient } from '../../db/signerAndFirmKeys';
import { platform } from '../../platform/api';
import { plainError } from '../../../shared/model/plainIssues';

/** The parent firm's public key that exports are encrypted for: shown by name and fingerprint, chosen from its .capub file. */
export function FirmRecipientPicker() {
  const { db } = useSession();
  const id = useId();
  const recipient = useLiveQuery(() => readFirmRecipient(db), [db]);
  const held = useLiveQuery(() => readFirmKey(db), [db]);
  const [error, setError] = useState<string>();
  const [pasted, setPasted] = useState('');
  const [notice, setNotice] = useState('');
  // A key that would replace the one held without its endorsement waits for a person's say-so.
  const [unendorsed, setUnendorsed] = useState<{ key: FirmPublicKey; warning: string }>();

  async function take(key: FirmPublicKey, sentence: string) {
    try {
      await replaceFirmRecipient(db, key);
      setNotice(sentence);
      setUnendorsed(undefined);
      setPasted('');
    } catch (e) {
      setError(plainError(e, 'The key could not be saved.'));
    }
  }

  async function adopt(text: string) {
    setNotice('');
    try {
      const key = await readPublicKeyFile(text);
      const replacement = firmKeyReplacement(recipient, key);
      const sentence = firmKeyReplacementSentence(replacement, key);
      if (replacement.kind === 'not-endorsed') return setUnendorsed({ key, warning: sentence });
      await take(key, sentence);
    } catch (e) {
      setError(plainError(e, 'That is not a public key.'));
    }
  }

  async function choose() {
    setError(undefined);
    const result = await platform.openFile({
      title: "Choose the parent firm's public key",
      filters: [{ name: 'Public key', extensions: [PUBLIC_KEY_EXTENSION] }],
      maxBytes: 16 * 1024,
    });
    if (!result.ok) return setError(result.error.message);
    if (!result.value.canceled) await adopt(fromUtf8(result.value.bytes));
  }

  return (
    <div className="subsection" aria-label="Parent firm key">
      {recipient ? (
        <p>
          Encrypted for <strong>{recipient.name || 'the parent firm'}</strong>, key{' '}
          <code className="fingerprint">{recipient.fingerprint}</code>. Check the fingerprint with the firm by phone
          once; after that, only a computer holding the firm&apos;s private key opens these files: an assessor&apos;s
          laptop cannot read them back.
        </p>
      ) : (
        <p className="muted">
          No firm key yet: choose the public key file (.{PUBLIC_KEY_EXTENSION}) the parent firm gave you.
        </p>
      )}
      <div className="inline-form-row">
        <button type="button" className="button button-small" onClick={() => void choose()}>
          {recipient ? 'Use another public key file…' : 'Choose public key file…'}
        </button>
        {held && held.fingerprint !== recipient?.fingerprint ? (
          <button type="button" className="button button-small" onClick={() => void replaceFirmRecipient(db, held)}>
            Use this computer&apos;s firm key ({held.name || 'unnamed'})
          </button>
        ) : null}
      </div>
      {unendorsed ? (
        <div className="subsection">
          <p className="warning">{unendorsed.warning}</p>
          <div className="inline-form-row">
            <button type="button" className="button button-small" onClick={() => void take(unendorsed.key, '')}>
              Use it anyway
            </button>
            <button type="button" className="button button-small" onClick={() => setUnendorsed(undefined)}>
              Keep the current key
            </button>
          </div>
        </div>
      ) : null}
      {notice ? <p className="status">{notice}</p> : null}
      <details className="paste-key">
        <summary>Or paste the key the firm sent as text</summary>
        <div className="field">
          <label htmlFor={`${id}-paste`}>Public key text</label>
          <textarea
            id={`${id}-paste`}
            rows={4}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            spellCheck={false}
          />
        </div>
        <button
          type="button"
          className="button button-small"
          disabled={!pasted.trim()}
          onClick={() => {
            setError(undefined);
            void adopt(pasted);
          }}
        >
          Use this key
        </button>
      </details>
      <ErrorMessage message={error} />
    </div>
  );
}
