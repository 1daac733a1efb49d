import { useId, useRef, useState, type FormEvent } from 'react';
import type { BundleManifest } from '../../../shared/bundle/bundleContent';
import type { SignerInfo } from '../../../shared/bundle/readBundle';
import { isPassphrase, isPublicKey } from '../../../shared/bundle/recipients';
import { useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressLine } from '../../components/ProgressLine';
import { PassphraseField } from '../../components/PassphraseField';
import { commitImport, planImport, type ImportPlan } from '../../db/importExport';
import { firmKeyPairFor, heldFirmKeys, isTrusted, readSigningKey } from '../../db/keyStore';
import { refuseRevokedSigner } from '../../db/revocations';
import type { ReadableFile } from '../../platform/fileHandles';
import type { WorkerKey } from '../../workers/bundleTasks';
import { chooseBundle, openChosenBundle } from './bundleFileIo';
import { ImportPreview } from './ImportPreview';
import { plainError } from '../../../shared/model/plainIssues';

/** How a chosen file can be opened here: with a passphrase, with the firm key this installation holds, or not at all. */
interface Chosen {
  name: string;
  size: number;
  file: ReadableFile;
  passphrase: boolean;
  firmKey: boolean;
  /** Fingerprints of the keys the file is for, when it is for keys. */
  keyIds: string[];
}

export interface Planned {
  name: string;
  manifest: BundleManifest;
  plan: ImportPlan;
  signer?: SignerInfo & { trusted: boolean; own: boolean };
}

type State =
  | { step: 'idle' }
  | { step: 'chosen'; file: Chosen }
  | { step: 'working'; file: Chosen; label: string; done: number; total: number }
  | ({ step: 'planned' } & Planned)
  | { step: 'done'; name: string; written: number; conflicts: number };

/** Opens an assessment file, shows what it would change and who signed it, and merges it on confirmation. */
export function ImportSection() {
  const session = useSession();
  const id = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const abort = useRef<AbortController | null>(null);

  async function choose() {
    setError(undefined);
    try {
      const chosen = await chooseBundle();
      if (!chosen) return;
      const { header } = chosen;
      const keyIds = header.recipients.filter(isPublicKey).map((r) => r.keyId);
      const held = await heldFirmKeys(session.db);
      setState({
        step: 'chosen',
        file: {
          name: chosen.name,
          size: chosen.size,
          file: chosen.file,
          passphrase: header.recipients.some(isPassphrase),
          firmKey: held.some((k) => keyIds.includes(k.fingerprint)),
          keyIds,
        },
      });
    } catch (e) {
      setState({ step: 'idle' });
      setError(plainError(e, 'The file could not be read.'));
    }
  }

  async function open(file: Chosen, how: 'passphrase' | 'firm-key') {
    if (session.state.status !== 'unlocked') return;
    const { vault } = session.state;
    const controller = new AbortController();
    abort.current = controller;
    setError(undefined);
    const progress = (label: string, done: number, total: number) =>
      setState({ step: 'working', file, label, done, total });
    try {
      let key: WorkerKey = { type: 'passphrase', passphrase };
      if (how === 'firm-key') {
        const pair = await firmKeyPairFor(vault, file.keyIds);
        if (!pair) throw new Error('This computer no longer holds the firm key.');
        key = { type: 'private-key', privateKey: pair.privateKey, publicKey: pair.publicKey };
      }
      progress('Starting…', 0, 1);
      const { content, info } = await openChosenBundle(file, key, progress, controller.signal);
      await refuseRevokedSigner(session.db, info.signer);
      const plan = await planImport(vault, content, {
        signal: controller.signal,
        onProgress: (done, total) => progress('Comparing with the records on this computer…', done, total),
      });
      setPassphrase('');
      const own = (await readSigningKey(session.db))?.fingerprint;
      const signer = info.signer
        ? {
            ...info.signer,
            own: info.signer.fingerprint === own,
            trusted: await isTrusted(session.db, info.signer.fingerprint),
          }
        : undefined;
      setState({ step: 'planned', name: file.name, manifest: content.manifest, plan, ...(signer ? { signer } : {}) });
    } catch (e) {
      setError(plainError(e, 'The file could not be opened.'));
      setState({ step: 'chosen', file });
    } finally {
      abort.current = null;
    }
  }

  async function commit(planned: Planned) {
    if (session.state.status !== 'unlocked') return;
    setError(undefined);
    try {
      const written = await commitImport(session.state.vault, planned.plan);
      setState({ step: 'done', name: planned.name, written, conflicts: planned.plan.counts.conflicts });
    } catch (e) {
      setError(plainError(e, 'The import failed; nothing was changed.'));
    }
  }

  const file = state.step === 'chosen' || state.step === 'working' ? state.file : undefined;
  const working = state.step === 'working';
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import an assessment file</h2>
      <p>
        Merge an earlier assessment, a colleague&apos;s, or a backup with the records on this computer. Nothing changes
        until you confirm.
      </p>
      <button type="button" className="button" onClick={() => void choose()} disabled={working}>
        Choose file…
      </button>
      {file ? (
        <form
          className="subsection"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void open(file, 'passphrase');
          }}
          autoComplete="off"
        >
          <p>
            <strong>{file.name}</strong> ({Math.ceil(file.size / 1024)} KiB)
          </p>
          {file.firmKey ? (
            <>
              <p>This file is encrypted for the parent firm&apos;s key, which this computer holds.</p>
              <button
                type="button"
                className="button button-primary"
                disabled={working}
                onClick={() => void open(file, 'firm-key')}
              >
                Open with the firm key
              </button>
            </>
          ) : null}
          {!file.firmKey && !file.passphrase ? (
            <p role="alert" className="error">
              This file is encrypted for the parent firm&apos;s key ({file.keyIds.join(', ')}), which this computer does
              not hold. Only the firm can open it.
            </p>
          ) : null}
          {file.passphrase ? (
            <>
              <PassphraseField
                label="Passphrase of the file"
                value={passphrase}
                onChange={setPassphrase}
                autoComplete="current-password"
              />
              <button type="submit" className="button button-primary" disabled={!passphrase || working}>
                Open and compare
              </button>
            </>
          ) : null}
          {state.step === 'working' ? (
            <>
              <ProgressLine label={state.label} done={state.done} total={state.total} />
              <button type="button" className="button" onClick={() => abort.current?.abort()}>
                Cancel import
              </button>
            </>
          ) : null}
        </form>
      ) : null}
      {state.step === 'planned' ? (
        <ImportPreview
          planned={state}
          onImport={() => void commit(state)}
          onCancel={() => setState({ step: 'idle' })}
          onTrusted={() => state.signer && setState({ ...state, signer: { ...state.signer, trusted: true } })}
        />
      ) : null}
      <p role="status" className="status">
        {state.step === 'done'
          ? `Imported ${state.name}: ${state.written} record(s) changed${state.conflicts ? `, ${state.conflicts} conflict(s) to review below` : ''}.`
          : ''}
      </p>
      <ErrorMessage message={error} />
    </section>
  );
}
