import { count } from '../../../shared/model/plural';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressLine } from '../../components/ProgressLine';
import { PassphraseField } from '../../components/PassphraseField';
import type { Vault } from '../../db/vault';
import { appBundleIo } from './appBundleIo';
import { assessmentImport, type ImportView, type OpenWith } from './importAssessmentFile';
import { ImportPreview } from './ImportPreview';

/** Opens an assessment file, shows what it would change and who signed it, and merges it on confirmation. */
export function ImportSection() {
  const session = useSession();
  return session.state.status === 'unlocked' ? <ImportForm vault={session.state.vault} /> : null;
}

function ImportForm({ vault }: { vault: Vault }) {
  const id = useId();
  const [{ state, error }, setView] = useState<ImportView>({ state: { step: 'idle' } });
  const [passphrase, setPassphrase] = useState('');
  const importer = useMemo(() => assessmentImport({ vault, ...appBundleIo }, setView), [vault]);

  async function open(openWith: OpenWith) {
    if ((await importer.open(openWith)).state.step === 'preview') setPassphrase('');
  }

  const file = state.step === 'chosen' || state.step === 'opening' ? state.file : undefined;
  const working = state.step === 'opening';
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import an assessment file</h2>
      <p>
        Merge an earlier assessment, a colleague&apos;s, or a backup with the records on this computer. Nothing changes
        until you confirm.
      </p>
      <button type="button" className="button" onClick={() => void importer.choose()} disabled={working}>
        Choose file…
      </button>
      {file ? (
        <form
          className="subsection"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void open({ how: 'passphrase', passphrase });
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
                onClick={() => void open({ how: 'firm-key' })}
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
          {state.step === 'opening' ? (
            <>
              <ProgressLine label={state.label} done={state.done} total={state.total} />
              <button type="button" className="button" onClick={importer.cancel}>
                Cancel import
              </button>
            </>
          ) : null}
        </form>
      ) : null}
      {state.step === 'preview' || state.step === 'committing' ? (
        <ImportPreview
          planned={state}
          busy={state.step === 'committing'}
          onImport={() => void importer.commit()}
          onCancel={importer.discard}
          onTrust={importer.trust}
          onAnswerTwin={(incomingId, answer) => void importer.answerTwin(incomingId, answer)}
        />
      ) : null}
      <p role="status" className="status">
        {state.step === 'done'
          ? `Imported ${state.name}: ${count(state.written, 'record')} changed${state.conflicts ? `, ${count(state.conflicts, 'conflict')} to review below` : ''}.`
          : ''}
      </p>
      <ErrorMessage message={error} />
    </section>
  );
}
