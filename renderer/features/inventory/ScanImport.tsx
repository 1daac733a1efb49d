import { useId, useRef, useState } from 'react';
import { matchImported, type ImportRow } from '../../../shared/import/matchImported';
import type { ScanResult } from '../../workers/scan.worker';
import { useSession } from '../../app/session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressLine } from '../../components/ProgressLine';
import { saveScanImport } from '../../db/importInventory';
import { platform } from '../../platform/api';
import { readScanInWorker } from '../../workers/scanInWorker';
import { ScanReview, type RowChoice } from './ScanReview';

type State =
  | { step: 'idle' }
  | { step: 'reading'; label: string; done: number; total: number }
  | { step: 'review'; name: string; result: ScanResult; rows: ImportRow[]; choices: RowChoice[] }
  | { step: 'saving' }
  | { step: 'done'; message: string };

const MAX_SCAN_BYTES = 256 * 1024 * 1024;

/** Import an nmap scan into this assessment's inventory, after a review of every host. */
export function ScanImport({ assessmentId, assessmentDate }: { assessmentId: string; assessmentDate: string }) {
  const session = useSession();
  const id = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [error, setError] = useState<string>();
  const abort = useRef<AbortController | null>(null);

  async function choose() {
    if (session.state.status !== 'unlocked') return;
    const { repos } = session.state;
    setError(undefined);
    const file = await platform.openFile({ title: 'Import nmap scan', filters: [{ name: 'nmap XML (-oX)', extensions: ['xml'] }], maxBytes: MAX_SCAN_BYTES });
    if (!file.ok) return setError(file.error.message);
    if (file.value.canceled) return;
    const controller = new AbortController();
    abort.current = controller;
    try {
      setState({ step: 'reading', label: 'Starting…', done: 0, total: 1 });
      const result = await readScanInWorker({ bytes: file.value.bytes, onDate: assessmentDate }, (label, done, total) => setState({ step: 'reading', label, done, total }), controller.signal);
      const existing = await repos.asset.list(assessmentId);
      const rows = matchImported(result.assets, existing);
      setState({ step: 'review', name: file.value.name, result, rows, choices: rows.map(() => ({ import: true, acceptKind: true })) });
    } catch (e) {
      setState({ step: 'idle' });
      setError(e instanceof Error ? e.message : 'The scan could not be read.');
    } finally {
      abort.current = null;
    }
  }

  async function save() {
    if (state.step !== 'review' || session.state.status !== 'unlocked') return;
    const chosen = state.rows.flatMap((row, i) => (state.choices[i]?.import ? [{ row, acceptKind: state.choices[i]?.acceptKind ?? false }] : []));
    setError(undefined);
    const review = state;
    setState({ step: 'saving' });
    try {
      const r = await saveScanImport(session.state.vault, assessmentId, chosen, review.result.networks);
      setState({ step: 'done', message: `Imported ${review.name}: ${r.added} new device(s), ${r.updated} updated, ${r.networksAdded} network(s) added.` });
    } catch (e) {
      setState(review);
      setError(e instanceof Error ? e.message : 'The import failed; nothing was saved.');
    }
  }

  const setAll = (change: (c: RowChoice) => RowChoice) => state.step === 'review' && setState({ ...state, choices: state.choices.map(change) });
  const review = state.step === 'review' ? state : undefined;
  const counts = review && {
    up: review.rows.length,
    matched: review.rows.filter((r) => r.existing).length,
    chosen: review.choices.filter((c) => c.import).length,
    remote: review.rows.filter((r) => r.proposed.remoteAccess.length).length,
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import an nmap scan</h2>
      <p>An nmap XML file (<code>nmap -O -sV -oX scan.xml</code>, run in the agreed window): every live host becomes a device to review before anything is saved. A newer scan updates the devices it already knows.</p>
      <div className="inline-form-row">
        <button type="button" className="button" onClick={() => void choose()} disabled={state.step === 'reading' || state.step === 'saving'}>
          Import nmap scan…
        </button>
        {state.step === 'reading' ? (
          <button type="button" className="button" onClick={() => abort.current?.abort()}>
            Cancel scan import
          </button>
        ) : null}
      </div>
      {state.step === 'reading' ? <ProgressLine label={state.label} done={state.done} total={state.total} /> : null}
      {review && counts ? (
        <div className="subsection" aria-label="Scan review">
          <h3>{review.name}</h3>
          <p>
            {review.result.hostsScanned} host(s) scanned, {counts.up} up: {counts.up - counts.matched} new, {counts.matched} already in the inventory; {review.result.networks.length} network(s).
            {counts.remote ? ` ${counts.remote} host(s) listen for remote access: record them under Vendor access if a vendor uses them.` : ''}
          </p>
          <div className="inline-form-row">
            <button type="button" className="button button-small" onClick={() => setAll((c) => ({ ...c, import: true }))}>Select all</button>
            <button type="button" className="button button-small" onClick={() => setAll((c) => ({ ...c, import: false }))}>Select none</button>
            <button type="button" className="button button-small" onClick={() => setAll((c) => ({ ...c, acceptKind: true }))}>Accept all suggested kinds</button>
            <button type="button" className="button button-small" onClick={() => setAll((c) => ({ ...c, acceptKind: false }))}>Reject all suggested kinds</button>
          </div>
          <ScanReview rows={review.rows} choices={review.choices} onChange={(i, choice) => setState({ ...review, choices: review.choices.map((c, j) => (j === i ? choice : c)) })} />
          <div className="inline-form-row">
            <button type="button" className="button button-primary" disabled={!counts.chosen} onClick={() => void save()}>
              Import {counts.chosen} device(s)
            </button>
            <button type="button" className="button" onClick={() => setState({ step: 'idle' })}>
              Discard scan
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" className="status">{state.step === 'done' ? state.message : state.step === 'saving' ? 'Saving…' : ''}</p>
      <ErrorMessage message={error} />
    </section>
  );
}
