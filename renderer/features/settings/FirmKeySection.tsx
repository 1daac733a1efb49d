import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import {
  PRIVATE_KEY_EXTENSION,
  privateKeyFileText,
  PUBLIC_KEY_EXTENSION,
  publicKeyFileText,
} from '../../../shared/bundle/firmKeyFiles';
import { utf8 } from '../../../shared/crypto/bytes';
import { passphraseStrength } from '../../../shared/crypto/passphraseStrength';
import { useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PassphraseField } from '../../components/PassphraseField';
import {
  createFirmKey,
  firmKeyPair,
  heldFirmKeys,
  readFirmKey,
  readFirmKeyEndorsement,
} from '../../db/signerAndFirmKeys';
import { platform } from '../../platform/api';
import { deriveInWorker } from '../../workers/deriveInWorker';
import { FirmRecipientPicker } from '../exchange';
import { FirmKeyAdopt } from './FirmKeyAdopt';
import { FirmKeyRotate } from './FirmKeyRotate';
import { plainError } from '../../../shared/model/plainIssues';
import { count } from '../../../shared/model/plural';

/**
 * For assessors: the firm's public key that exports are encrypted for. For the parent
 * firm's own installation: its key pair, made here, whose private half stays sealed in
 * this database; the public half goes to assessors as a small file.
 */
export function FirmKeySection() {
  const session = useSession();
  const { db, state } = session;
  const id = useId();
  const held = useLiveQuery(() => readFirmKey(db), [db]);
  const earlier = (useLiveQuery(() => heldFirmKeys(db), [db])?.length ?? 1) - 1;
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();
  const strength = passphraseStrength(passphrase);

  async function run(work: () => Promise<string | undefined>) {
    setError(undefined);
    setStatus('');
    try {
      setStatus((await work()) ?? '');
    } catch (e) {
      setError(plainError(e, 'That did not work.'));
    }
  }

  async function save(title: string, extension: string, text: string): Promise<string | undefined> {
    const result = await platform.saveFile({
      title,
      suggestedName: `firm.${extension}`,
      filters: [{ name: title, extensions: [extension] }],
      bytes: utf8(text),
    });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.canceled ? undefined : `Saved ${result.value.name}.`;
  }

  const create = (event: FormEvent) => {
    event.preventDefault();
    if (state.status === 'unlocked')
      void run(async () => (await createFirmKey(state.vault, name.trim()), 'The firm key pair is ready.'));
  };

  const savePrivate = (event: FormEvent) => {
    event.preventDefault();
    if (state.status !== 'unlocked') return;
    void run(async () => {
      const pair = await firmKeyPair(state.vault);
      if (!pair) throw new Error('There is no firm key pair on this computer.');
      const text = await privateKeyFileText(
        pair.name,
        pair,
        passphrase,
        deriveInWorker,
        undefined,
        await readFirmKeyEndorsement(db),
      );
      pair.privateKey.fill(0);
      setPassphrase('');
      setConfirmation('');
      return save('Private key', PRIVATE_KEY_EXTENSION, text);
    });
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Parent firm key</h2>
      <h3>Encrypt exports for the firm</h3>
      <FirmRecipientPicker />
      <h3 className="subsection">The firm&apos;s own key pair</h3>
      {held ? (
        <>
          <p>
            This computer holds the firm key <strong>{held.name || 'unnamed'}</strong>, fingerprint{' '}
            <code className="fingerprint">{held.fingerprint}</code>. Files encrypted for it open here.
            {earlier > 0
              ? ` It also keeps ${count(earlier, 'earlier firm key')}, so files sent to them still open.`
              : ''}
          </p>
          <div className="inline-form-row">
            <button
              type="button"
              className="button"
              onClick={() =>
                void run(async () =>
                  save(
                    'Public key',
                    PUBLIC_KEY_EXTENSION,
                    await publicKeyFileText({ ...held, endorsement: await readFirmKeyEndorsement(db) }),
                  ),
                )
              }
            >
              Save public key file…
            </button>
          </div>
          <form className="subsection" onSubmit={savePrivate} autoComplete="off">
            <p>
              For the command line (<code>--key</code>) or a second firm computer: a copy of the private key, encrypted
              with its own passphrase.
            </p>
            <div className="form-grid">
              <PassphraseField
                label="Private key file passphrase"
                value={passphrase}
                onChange={setPassphrase}
                autoComplete="new-password"
              />
              <PassphraseField
                label="Confirm private key file passphrase"
                value={confirmation}
                onChange={setConfirmation}
                autoComplete="new-password"
                invalid={!!confirmation && confirmation !== passphrase}
              />
            </div>
            <p className="field-hint">
              {passphrase
                ? `Strength: ${strength.label}. ${strength.advice}`
                : 'Whoever holds this file and its passphrase can read every file sent to the firm.'}
            </p>
            <button type="submit" className="button" disabled={!strength.acceptable || passphrase !== confirmation}>
              Save private key file…
            </button>
          </form>
          <FirmKeyRotate current={held.name} />
        </>
      ) : (
        <form onSubmit={create} autoComplete="off">
          <p className="muted">
            Only on the parent firm&apos;s computer: make the key pair whose public key assessors encrypt their exports
            for.
          </p>
          <div className="inline-form-row">
            <div className="field">
              <label htmlFor={`${id}-name`}>Name of the firm key</label>
              <input
                id={`${id}-name`}
                value={name}
                maxLength={200}
                onChange={(e) => setName(e.target.value)}
                placeholder="e.g. Northwind Health security team"
              />
            </div>
            <button type="submit" className="button" disabled={!name.trim()}>
              Create firm key pair
            </button>
          </div>
        </form>
      )}
      {held ? null : <FirmKeyAdopt />}
      <p role="status" className="status">
        {status}
      </p>
      <ErrorMessage message={error} />
    </section>
  );
}
