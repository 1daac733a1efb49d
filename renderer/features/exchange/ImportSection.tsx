import { useId, useState, type FormEvent } from 'react';
import { parseBundleContent, type BundleManifest } from '../../../shared/bundle/bundleContent';
import { openBundle } from '../../../shared/bundle/readBundle';
import { fromUtf8 } from '../../../shared/crypto/bytes';
import { useSession } from '../../app/session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressLine } from '../../components/ProgressLine';
import { PassphraseField } from '../../components/PassphraseField';
import { commitImport, planImport, type ImportPlan } from '../../db/importExport';
import { platform } from '../../platform/api';
import { deriveInWorker } from '../../workers/deriveInWorker';

type State =
  | { step: 'idle' }
  | { step: 'chosen'; name: string; bytes: Uint8Array }
  | { step: 'working'; name: string; bytes: Uint8Array; label: string; done: number; total: number }
  | { step: 'planned'; name: string; manifest: BundleManifest; plan: ImportPlan }
  | { step: 'done'; name: string; written: number; conflicts: number };

const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Opens an assessment file, shows what it would change, and merges it on confirmation. */
export function ImportSection() {
  const session = useSession();
  const id = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();

  async function choose() {
    setError(undefined);
    const result = await platform.openFile({ title: 'Import assessment file', filters: [{ name: 'Assessment file', extensions: ['cabundle'] }], maxBytes: MAX_FILE_BYTES });
    if (!result.ok) setError(result.error.message);
    else if (!result.value.canceled) setState({ step: 'chosen', name: result.value.name, bytes: result.value.bytes });
  }

  async function open(event: FormEvent) {
    event.preventDefault();
    if (state.step !== 'chosen' || session.state.status !== 'unlocked') return;
    const { name, bytes } = state;
    setError(undefined);
    try {
      setState({ step: 'working', name, bytes, label: 'Deriving the file key…', done: 0, total: 1 });
      const { payload } = await openBundle(bytes, { key: { type: 'passphrase', passphrase, derive: deriveInWorker }, onProgress: (done, total) => setState({ step: 'working', name, bytes, label: 'Decrypting and checking…', done, total }) });
      setState({ step: 'working', name, bytes, label: 'Comparing with the records on this computer…', done: 0, total: 1 });
      const content = parseBundleContent(fromUtf8(payload));
      const plan = await planImport(session.state.vault, content);
      setPassphrase('');
      setState({ step: 'planned', name, manifest: content.manifest, plan });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The file could not be opened.');
      setState({ step: 'chosen', name, bytes });
    }
  }

  async function commit() {
    if (state.step !== 'planned' || session.state.status !== 'unlocked') return;
    setError(undefined);
    try {
      const written = await commitImport(session.state.vault, state.plan);
      setState({ step: 'done', name: state.name, written, conflicts: state.plan.counts.conflicts });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The import failed; nothing was changed.');
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import an assessment file</h2>
      <p>Merge an earlier assessment, or a colleague&apos;s, with the records on this computer. Nothing changes until you confirm.</p>
      <button type="button" className="button" onClick={() => void choose()} disabled={state.step === 'working'}>
        Choose file…
      </button>
      {state.step === 'chosen' || state.step === 'working' ? (
        <form className="subsection" onSubmit={(e) => void open(e)} autoComplete="off">
          <p>
            <strong>{state.name}</strong> ({Math.ceil(state.bytes.byteLength / 1024)} KiB)
          </p>
          <PassphraseField label="Passphrase of the file" value={passphrase} onChange={setPassphrase} autoComplete="current-password" />
          <button type="submit" className="button button-primary" disabled={!passphrase || state.step === 'working'}>
            Open and compare
          </button>
          {state.step === 'working' ? <ProgressLine label={state.label} done={state.done} total={state.total} /> : null}
        </form>
      ) : null}
      {state.step === 'planned' ? (
        <div className="subsection" aria-label="Import preview">
          <h3>What importing {state.name} would do</h3>
          <p className="muted">Exported {new Date(state.manifest.created).toLocaleString()} from another device.</p>
          <dl className="facts">
            <dt>New records</dt><dd>{state.plan.counts.added}</dd>
            <dt>Updated</dt><dd>{state.plan.counts.updated}</dd>
            <dt>Deleted</dt><dd>{state.plan.counts.deleted}</dd>
            <dt>Unchanged</dt><dd>{state.plan.counts.unchanged}</dd>
            <dt>Conflicts to review</dt><dd>{state.plan.counts.conflicts}</dd>
          </dl>
          <div className="inline-form-row">
            <button type="button" className="button button-primary" onClick={() => void commit()}>
              Import
            </button>
            <button type="button" className="button" onClick={() => setState({ step: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" className="status">
        {state.step === 'done' ? `Imported ${state.name}: ${state.written} record(s) changed${state.conflicts ? `, ${state.conflicts} conflict(s) to review below` : ''}.` : ''}
      </p>
      <ErrorMessage message={error} />
    </section>
  );
}
