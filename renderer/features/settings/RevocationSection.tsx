import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { MAX_REVOCATION_FILE_CHARS, REVOCATION_LIST_EXTENSION } from '../../../shared/bundle/revocationList';
import { fromUtf8 } from '../../../shared/crypto/bytes';
import { useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { readFirmKey } from '../../db/signerAndFirmKeys';
import { heldRevocationFile, heldRevocationList, loadRevocationList } from '../../db/revocations';
import { platform } from '../../platform/api';
import { RevokeSignerForm, saveRevocationFile } from './RevokeSignerForm';
import { plainError } from '../../../shared/model/plainIssues';
import { count } from '../../../shared/model/plural';

/**
 * The firm's list of revoked signer keys: assessors load it from the .carevoked file the
 * firm sends (checked against the firm key they hold); the firm's installation makes it.
 */
export function RevocationSection() {
  const { db } = useSession();
  const id = useId();
  const list = useLiveQuery(() => heldRevocationList(db), [db]);
  const firmKey = useLiveQuery(() => readFirmKey(db), [db]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();

  async function run(work: () => Promise<string>) {
    setError(undefined);
    setStatus('');
    try {
      setStatus(await work());
    } catch (e) {
      setError(plainError(e, 'That did not work.'));
    }
  }

  const load = () =>
    run(async () => {
      const result = await platform.openFile({
        title: 'Load the revocation list',
        filters: [{ name: 'Revocation list', extensions: [REVOCATION_LIST_EXTENSION] }],
        maxBytes: MAX_REVOCATION_FILE_CHARS,
      });
      if (!result.ok) throw new Error(result.error.message);
      if (result.value.canceled) return '';
      const loaded = await loadRevocationList(db, fromUtf8(result.value.bytes));
      return `Loaded revocation list number ${loaded.sequence} from ${loaded.firm.name || 'the firm'}: ${count(loaded.revoked.length, 'revoked key')}.`;
    });

  const save = () => run(async () => saveRevocationFile((await heldRevocationFile(db)) ?? ''));

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Revoked signer keys</h2>
      {list ? (
        <>
          <p>
            Revocation list number {list.sequence} from <strong>{list.firm.name || 'the firm'}</strong> (key{' '}
            <code className="fingerprint">{list.firm.fingerprint}</code>), issued {list.issued.slice(0, 10)}. Files
            signed with these keys are refused on import.
          </p>
          <ul className="key-list" aria-label="Revoked signer keys">
            {list.revoked.map((r) => (
              <li key={r.fingerprint}>
                <span>
                  <strong>{r.name || 'Unnamed'}</strong> <code className="fingerprint">{r.fingerprint}</code> revoked{' '}
                  {r.revokedAt.slice(0, 10)}: {r.reason}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">
          No revocation list yet. The firm sends one (.{REVOCATION_LIST_EXTENSION}) when a signer key must no longer be
          trusted.
        </p>
      )}
      <div className="inline-form-row">
        <button type="button" className="button button-small" onClick={() => void load()}>
          Load a revocation list…
        </button>
        {list && firmKey ? (
          <button type="button" className="button button-small" onClick={() => void save()}>
            Save the revocation list…
          </button>
        ) : null}
      </div>
      <p role="status" className="status">
        {status}
      </p>
      <ErrorMessage message={error} />
      {firmKey ? <RevokeSignerForm /> : null}
    </section>
  );
}
