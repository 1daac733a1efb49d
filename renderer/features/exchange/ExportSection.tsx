import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState, type FormEvent } from 'react';
import { buildBundleContent } from '../../../shared/bundle/bundleContent';
import { passphraseStrength } from '../../../shared/crypto/passphraseStrength';
import { useSession } from '../../session/SessionContext';
import { recordBackup } from '../../db/backupStatus';
import { todayIso } from '../../clock/today';
import { PassphraseField } from '../../components/PassphraseField';
import { SaveTask, type SaveTaskState } from '../../components/SaveTask';
import { collectRecords, type ExportScope } from '../../db/importExport';
import { DEFAULT_SIGNER_NAME, readFirmRecipient, readSigningKey, renameSigner, signingKey } from '../../db/keyStore';
import type { WritableFile } from '../../platform/fileHandles';
import type { WorkerRecipient } from '../../workers/bundleTasks';
import { CANCELLED } from '../../workers/runInWorker';
import { clinicTitle } from '../../components/clinicLabels';
import { chooseBundleTarget, sealBundleTo } from './bundleFileIo';
import { FirmRecipientPicker } from './FirmRecipientPicker';
import { plainError } from '../../../shared/model/plainIssues';

/** Who can open the file; with a firm key set, the firm is the default (a backup the firm can recover). */
type Lock = 'passphrase' | 'firm' | 'both';

/** Writes the chosen clinics (or everything) to an encrypted, signed assessment file. */
export function ExportSection() {
  const session = useSession();
  const state0 = session.state;
  const repos = state0.status === 'unlocked' ? state0.repos : undefined;
  const id = useId();
  const clinics = useLiveQuery(
    async () =>
      repos
        ? Promise.all(
            (await repos.clinic.list()).map(async (c) => ({
              clinic: c,
              assessments: await repos.assessment.list(c.id),
            })),
          )
        : [],
    [repos],
  );
  const firm = useLiveQuery(() => readFirmRecipient(session.db), [session.db]);
  const signer = useLiveQuery(() => readSigningKey(session.db), [session.db]);
  const [scope, setScope] = useState('all');
  const [chosenLock, setLock] = useState<Lock>();
  const [sign, setSign] = useState(true);
  const [signerName, setSignerName] = useState('');
  const [redact, setRedact] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [state, setState] = useState<SaveTaskState>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const lock: Lock = chosenLock ?? (firm ? 'firm' : 'passphrase');
  const strength = passphraseStrength(passphrase);
  const lockReady =
    (lock === 'passphrase' || !!firm) && (lock === 'firm' || (strength.acceptable && passphrase === confirmation));
  const ready = state0.status === 'unlocked' && lockReady && state.step !== 'working';

  async function exportFile(event: FormEvent) {
    event.preventDefault();
    if (!ready || state0.status !== 'unlocked') return;
    const controller = new AbortController();
    abort.current = controller;
    let target: WritableFile | undefined;
    try {
      // "clinic:<id>" or "assessment:<id>": a whole clinic, or one of its assessments (with its clinic).
      const [kind, scopeId = ''] = scope.split(':');
      const exportScope: ExportScope =
        kind === 'clinic' || kind === 'assessment' ? { kind, ids: [scopeId] } : { kind: 'all' };
      const suggestedName = `clinic-assessor-${exportScope.kind === 'all' && !redact ? 'backup-' : ''}${redact ? 'redacted-' : ''}${todayIso()}.cabundle`;
      // Where first: the file is written as it is sealed, never held whole.
      target = await chooseBundleTarget(suggestedName);
      if (!target) return setState({ step: 'idle' });
      setState({ step: 'working', label: 'Collecting records…', done: 0, total: 1 });
      let signing = sign ? await signingKey(state0.vault) : undefined;
      if (signing && signerName.trim() && signing.name === DEFAULT_SIGNER_NAME) {
        await renameSigner(session.db, signerName.trim());
        signing = { ...signing, name: signerName.trim() };
      }
      const records = await collectRecords(state0.repos, exportScope);
      controller.signal.throwIfAborted();
      const content = buildBundleContent(records, exportScope, state0.vault.device, signing?.name ?? '', { redact });
      const recipient = await readFirmRecipient(session.db);
      const recipients: WorkerRecipient[] = [
        ...(lock !== 'passphrase' && recipient
          ? [{ type: 'public-key' as const, publicKey: recipient.publicKey }]
          : []),
        ...(lock !== 'firm' ? [{ type: 'passphrase' as const, passphrase }] : []),
      ];
      const saved = await sealBundleTo(
        target,
        {
          op: 'seal',
          content,
          recipients,
          ...(signing
            ? { signer: { name: signing.name, privateKey: signing.privateKey, publicKey: signing.publicKey } }
            : {}),
        },
        (label, done, total) => setState({ step: 'working', label, done, total }),
        controller.signal,
      );
      // A full, unredacted export is a backup: this installation opens it with the passphrase, or the firm with its key.
      if (exportScope.kind === 'all' && !redact) await recordBackup(session.db);
      setState({ step: 'saved', name: saved.name });
    } catch (error) {
      setState({ step: 'error', message: plainError(error, 'The export failed.') });
    } finally {
      abort.current = null;
      await target?.abort();
    }
  }

  return (
    <form className="card" onSubmit={(e) => void exportFile(e)} aria-labelledby={`${id}-title`} autoComplete="off">
      <h2 id={`${id}-title`}>Export an assessment file</h2>
      <p>
        For the parent firm, another laptop, or a backup: an encrypted file. To restore a backup on a new laptop, import
        it there.
      </p>
      <div className="field">
        <label htmlFor={`${id}-scope`}>What to export</label>
        <select id={`${id}-scope`} value={scope} onChange={(e) => setScope(e.target.value)}>
          <option value="all">
            {!redact ? 'Everything on this computer (a full backup)' : 'Everything on this computer'}
          </option>
          {clinics?.map(({ clinic, assessments }) => (
            <optgroup key={clinic.id} label={clinicTitle(clinic.data.name)}>
              <option value={`clinic:${clinic.id}`}>
                {clinicTitle(clinic.data.name)}: the clinic and all its assessments
              </option>
              {assessments.map((a) => (
                <option
                  key={a.id}
                  value={`assessment:${a.id}`}
                >{`${clinicTitle(clinic.data.name)}: ${a.data.title || 'Untitled assessment'}`}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>Who can open it</legend>
        <div className="choice-column">
          <label className="choice">
            <input
              type="radio"
              name={`${id}-lock`}
              checked={lock === 'passphrase'}
              onChange={() => setLock('passphrase')}
            />{' '}
            Anyone with a passphrase I choose
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-lock`} checked={lock === 'firm'} onChange={() => setLock('firm')} /> Only
            the parent firm, with its key
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-lock`} checked={lock === 'both'} onChange={() => setLock('both')} /> The
            parent firm with its key, and anyone with a passphrase I choose
          </label>
        </div>
      </fieldset>
      {lock !== 'passphrase' ? <FirmRecipientPicker /> : null}
      {lock !== 'firm' ? (
        <>
          <div className="form-grid">
            <PassphraseField
              label="File passphrase"
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="new-password"
              describedBy={`${id}-strength`}
            />
            <PassphraseField
              label="Confirm file passphrase"
              value={confirmation}
              onChange={setConfirmation}
              autoComplete="new-password"
              invalid={!!confirmation && confirmation !== passphrase}
            />
          </div>
          <p id={`${id}-strength`} className="field-hint">
            {passphrase
              ? `Strength: ${strength.label}. ${strength.advice}`
              : 'Give the passphrase to the recipient by another channel than the file.'}
            {confirmation && confirmation !== passphrase ? ' The passphrases do not match.' : ''}
          </p>
        </>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={sign} onChange={(e) => setSign(e.target.checked)} />
        Sign the file as “{signer?.name ?? DEFAULT_SIGNER_NAME}” (change the name in Settings)
      </label>
      {sign && (!signer || signer.name === DEFAULT_SIGNER_NAME) ? (
        <div className="field">
          <label htmlFor={`${id}-signer`}>Your name on signed files</label>
          <input
            id={`${id}-signer`}
            value={signerName}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setSignerName(e.target.value)}
            aria-describedby={`${id}-signer-hint`}
          />
          <p id={`${id}-signer-hint`} className="field-hint">
            Whoever imports the file sees this name beside your key&apos;s fingerprint.
          </p>
        </div>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={redact} onChange={(e) => setRedact(e.target.checked)} />
        Redact: leave out clinic contacts and free-text notes
      </label>
      {scope === 'all' && redact ? (
        <p className="field-hint">Not a backup: a redacted file leaves out contacts and notes.</p>
      ) : null}
      {scope === 'all' && !redact && lock === 'firm' ? (
        <p className="field-hint">
          A backup only the firm can open: to restore it, the firm imports it and sends it back. Add a passphrase to
          restore it yourself.
        </p>
      ) : null}
      <SaveTask
        state={state}
        cancelLabel="Cancel export"
        onCancel={() => abort.current?.abort(new Error(CANCELLED))}
        start={
          <button type="submit" className="button button-primary" disabled={!ready}>
            Export…
          </button>
        }
      />
    </form>
  );
}
