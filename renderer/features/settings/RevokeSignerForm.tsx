import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { REVOCATION_LIST_EXTENSION } from '../../../shared/bundle/revocationList';
import { utf8 } from '../../../shared/crypto/bytes';
import { useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { readTrustedSigners } from '../../db/signerAndFirmKeys';
import { revokeSigner } from '../../db/revocations';
import { platform } from '../../platform/api';
import { plainError } from '../../../shared/model/plainIssues';

/** Saves the signed list as a .carevoked file for the assessors; the message says where, or nothing when cancelled. */
export async function saveRevocationFile(text: string): Promise<string> {
  const result = await platform.saveFile({
    title: 'Revocation list',
    suggestedName: `revoked.${REVOCATION_LIST_EXTENSION}`,
    filters: [{ name: 'Revocation list', extensions: [REVOCATION_LIST_EXTENSION] }],
    bytes: utf8(text),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.canceled ? '' : `Saved ${result.value.name}.`;
}

/** On the firm's installation: revoke a signer key (picked from the trusted signers, or typed), then save the signed list. */
export function RevokeSignerForm() {
  const session = useSession();
  const id = useId();
  const trusted = useLiveQuery(() => readTrustedSigners(session.db), [session.db]);
  const [fingerprint, setFingerprint] = useState('');
  const [name, setName] = useState('');
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();

  function pick(value: string) {
    const signer = trusted?.find((s) => s.fingerprint === value);
    setFingerprint(signer?.fingerprint ?? '');
    setName(signer?.name ?? '');
  }

  async function revoke(event: FormEvent) {
    event.preventDefault();
    if (session.state.status !== 'unlocked') return;
    setError(undefined);
    setStatus('');
    try {
      const text = await revokeSigner(session.state.vault, { fingerprint, name, reason });
      setFingerprint('');
      setName('');
      setReason('');
      const saved = await saveRevocationFile(text);
      setStatus(`Revoked. ${saved || 'Save the list below to hand it to the assessors.'}`);
    } catch (e) {
      setError(plainError(e, 'The key could not be revoked.'));
    }
  }

  return (
    <form className="subsection" onSubmit={(e) => void revoke(e)} autoComplete="off" aria-label="Revoke a signer key">
      <h3>Revoke a signer key</h3>
      <p className="muted">
        For a stolen laptop or an assessor who left: files signed with the key are refused wherever the list is loaded.
      </p>
      <div className="form-grid">
        {trusted?.length ? (
          <div className="field">
            <label htmlFor={`${id}-pick`}>Signer you trust</label>
            <select id={`${id}-pick`} value={fingerprint} onChange={(e) => pick(e.target.value)}>
              <option value="">Choose, or type the fingerprint below</option>
              {trusted.map((s) => (
                <option key={s.fingerprint} value={s.fingerprint}>
                  {`${s.name || 'Unnamed'} (${s.fingerprint})`}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-fp`}>Key fingerprint to revoke</label>
          <input
            id={`${id}-fp`}
            value={fingerprint}
            maxLength={80}
            spellCheck={false}
            onChange={(e) => setFingerprint(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name of its holder</label>
          <input id={`${id}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>Reason for revoking</label>
          <input
            id={`${id}-reason`}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
            placeholder="e.g. Laptop stolen on 2 November"
          />
        </div>
      </div>
      <button type="submit" className="button" disabled={!fingerprint.trim() || !reason.trim()}>
        Revoke and save the list…
      </button>
      <p role="status" className="status">
        {status}
      </p>
      <ErrorMessage message={error} />
    </form>
  );
}
