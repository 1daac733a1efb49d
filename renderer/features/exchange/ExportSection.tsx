import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { sealBundle } from '../../../shared/bundle/writeBundle';
import { utf8 } from '../../../shared/crypto/bytes';
import { passphraseStrength } from '../../../shared/crypto/passphraseStrength';
import { useSession } from '../../app/session/SessionContext';
import { recordBackup } from '../../app/session/backupStatus';
import { todayIso } from '../../app/today';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressLine } from '../../components/ProgressLine';
import { PassphraseField } from '../../components/PassphraseField';
import { buildBundleContent } from '../../../shared/bundle/bundleContent';
import { collectRecords, type ExportScope } from '../../db/importExport';
import { platform } from '../../platform/api';
import { deriveInWorker } from '../../workers/deriveInWorker';
import { clinicTitle } from '../clinics/clinicLabels';

type State = { step: 'idle' } | { step: 'working'; label: string; done: number; total: number } | { step: 'saved'; name: string } | { step: 'error'; message: string };

/** Writes the chosen clinics (or everything) to an encrypted assessment file. */
export function ExportSection() {
  const session = useSession();
  const state0 = session.state;
  const repos = state0.status === 'unlocked' ? state0.repos : undefined;
  const id = useId();
  const clinics = useLiveQuery(async () => (repos ? repos.clinic.list() : []), [repos]);
  const [scope, setScope] = useState('all');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [state, setState] = useState<State>({ step: 'idle' });
  const strength = passphraseStrength(passphrase);
  const ready = state0.status === 'unlocked' && strength.acceptable && passphrase === confirmation && state.step !== 'working';

  async function exportFile(event: FormEvent) {
    event.preventDefault();
    if (!ready || state0.status !== 'unlocked') return;
    try {
      setState({ step: 'working', label: 'Collecting records…', done: 0, total: 1 });
      const exportScope: ExportScope = scope === 'all' ? { kind: 'all' } : { kind: 'clinic', ids: [scope] };
      const content = buildBundleContent(await collectRecords(state0.repos, exportScope), exportScope, state0.vault.device, '');
      setState({ step: 'working', label: 'Deriving the file key…', done: 0, total: 1 });
      const bytes = await sealBundle(utf8(JSON.stringify(content)), {
        recipients: [{ type: 'passphrase', passphrase, derive: deriveInWorker }],
        onProgress: (done, total) => setState({ step: 'working', label: 'Encrypting…', done, total }),
      });
      const result = await platform.saveFile({ title: 'Save assessment file', suggestedName: `clinic-assessor-${exportScope.kind === 'all' ? 'backup-' : ''}${todayIso()}.cabundle`, filters: [{ name: 'Assessment file', extensions: ['cabundle'] }], bytes });
      if (!result.ok) setState({ step: 'error', message: result.error.message });
      else if (result.value.canceled) setState({ step: 'idle' });
      else {
        if (exportScope.kind === 'all') await recordBackup(session.db);
        setState({ step: 'saved', name: result.value.name });
      }
    } catch (error) {
      setState({ step: 'error', message: error instanceof Error ? error.message : 'The export failed.' });
    }
  }

  return (
    <form className="card" onSubmit={(e) => void exportFile(e)} aria-labelledby={`${id}-title`} autoComplete="off">
      <h2 id={`${id}-title`}>Export an assessment file</h2>
      <p>
        For the parent firm, another laptop, or a backup: an encrypted file that only the passphrase you choose here opens. To restore
        a backup on a new laptop, import it.
      </p>
      <div className="field">
        <label htmlFor={`${id}-scope`}>What to export</label>
        <select id={`${id}-scope`} value={scope} onChange={(e) => setScope(e.target.value)}>
          <option value="all">Everything on this computer (a full backup)</option>
          {clinics?.map((c) => <option key={c.id} value={c.id}>{clinicTitle(c.data.name)}</option>)}
        </select>
      </div>
      <div className="form-grid">
        <PassphraseField label="File passphrase" value={passphrase} onChange={setPassphrase} autoComplete="new-password" describedBy={`${id}-strength`} />
        <PassphraseField label="Confirm file passphrase" value={confirmation} onChange={setConfirmation} autoComplete="new-password" invalid={!!confirmation && confirmation !== passphrase} />
      </div>
      <p id={`${id}-strength`} className="field-hint">
        {passphrase ? `Strength: ${strength.label}. ${strength.advice}` : 'Give the passphrase to the recipient by another channel than the file.'}
        {confirmation && confirmation !== passphrase ? ' The passphrases do not match.' : ''}
      </p>
      <button type="submit" className="button button-primary" disabled={!ready}>
        Export…
      </button>
      {state.step === 'working' ? <ProgressLine label={state.label} done={state.done} total={state.total} /> : null}
      <p role="status" className="status">{state.step === 'saved' ? `Saved ${state.name}.` : ''}</p>
      <ErrorMessage message={state.step === 'error' ? state.message : undefined} />
    </form>
  );
}
