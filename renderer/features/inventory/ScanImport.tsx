import { useId, useRef, useState } from 'react';
import { matchImported, settleRow, type ImportRow } from '../../../shared/import/matchImported';
import { networksOf, networkTargets, type ProposedAsset } from '../../../shared/import/nmapToInventory';
import type { ScanResult } from '../../workers/scan.worker';
import { useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressLine } from '../../components/ProgressLine';
import { saveScanImport } from '../../db/importInventory';
import { platform } from '../../platform/api';
import { readCsvInWorker, readScanInWorker } from '../../workers/scanInWorker';
import {
  csvToProposed,
  guessMapping,
  sourceKey,
  type CsvMapping,
  type CsvTable,
} from '../../../shared/import/csvInventory';
import { rememberedMapping, rememberMapping } from '../../db/csvMappings';
import { plainError } from '../../../shared/model/plainIssues';
import { CsvMappingStep } from './CsvMappingStep';
import { ScanReview, type RowChoice } from './ScanReview';

type State =
  | { step: 'idle' }
  | { step: 'reading'; label: string; done: number; total: number }
  | { step: 'mapping'; name: string; table: CsvTable; mapping: CsvMapping }
  | {
      step: 'review';
      source: 'nmap' | 'csv';
      name: string;
      result: ScanResult;
      rows: ImportRow[];
      choices: RowChoice[];
      targets: ReturnType<typeof networkTargets>;
    }
  | { step: 'saving' }
  | { step: 'done'; message: string };

const MAX_SCAN_BYTES = 256 * 1024 * 1024;
const ROWS_PER_TASK = 500;

/** Import an nmap scan or an inventory list (CSV) into this assessment's inventory, after a review of every device. */
export function ScanImport({ assessmentId, assessmentDate }: { assessmentId: string; assessmentDate: string }) {
  const session = useSession();
  const id = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [error, setError] = useState<string>();
  const abort = useRef<AbortController | null>(null);

  async function toReview(source: 'nmap' | 'csv', name: string, result: ScanResult) {
    if (session.state.status !== 'unlocked') return;
    const { repos } = session.state;
    const rows = matchImported(result.assets, await repos.asset.list(assessmentId));
    const targets = networkTargets(result.networks, await repos.network.list(assessmentId));
    setState({
      step: 'review',
      source,
      name,
      result,
      rows,
      targets,
      choices: rows.map(() => ({ import: true, acceptKind: true, sameDevice: true })),
    });
  }

  async function choose(kind: 'nmap' | 'csv') {
    setError(undefined);
    const file = await platform.openFile(
      kind === 'nmap'
        ? {
            title: 'Import nmap scan',
            filters: [{ name: 'nmap XML (-oX)', extensions: ['xml'] }],
            maxBytes: MAX_SCAN_BYTES,
          }
        : {
            title: 'Import inventory list',
            filters: [{ name: 'CSV inventory', extensions: ['csv', 'txt'] }],
            maxBytes: MAX_SCAN_BYTES,
          },
    );
    if (!file.ok) return setError(file.error.message);
    if (file.value.canceled) return;
    const controller = new AbortController();
    abort.current = controller;
    const progress = (label: string, done: number, total: number) => setState({ step: 'reading', label, done, total });
    try {
      progress('Starting…', 0, 1);
      if (kind === 'nmap')
        return await toReview(
          'nmap',
          file.value.name,
          await readScanInWorker({ bytes: file.value.bytes, onDate: assessmentDate }, progress, controller.signal),
        );
      const table = await readCsvInWorker(file.value.bytes, progress, controller.signal);
      const mapping =
        (await rememberedMapping(session.db, sourceKey(table.headers), table.headers)) ?? guessMapping(table.headers);
      setState({ step: 'mapping', name: file.value.name, table, mapping });
    } catch (e) {
      setState({ step: 'idle' });
      setError(plainError(e, `${file.value.name} could not be read, so nothing was imported.`));
    } finally {
      abort.current = null;
    }
  }

  async function save() {
    if (state.step !== 'review' || session.state.status !== 'unlocked') return;
    const chosen = state.rows.flatMap((row, i) => {
      const choice = state.choices[i];
      return choice?.import ? [{ row: settleRow(row, choice.sameDevice), acceptKind: choice.acceptKind }] : [];
    });
    setError(undefined);
    const review = state;
    setState({ step: 'saving' });
    try {
      const r = await saveScanImport(session.state.vault, assessmentId, chosen, review.result.networks);
      setState({
        step: 'done',
        message: `Imported ${review.name}: ${r.added} new device(s), ${r.updated} updated, ${r.networksAdded} network(s) added.`,
      });
    } catch (e) {
      setState(review);
      setError(plainError(e, `The devices of ${review.name} could not be saved, so nothing was imported.`));
    }
  }

  async function reviewCsv() {
    if (state.step !== 'mapping') return;
    const { name, table, mapping } = state;
    await rememberMapping(session.db, sourceKey(table.headers), table.headers, mapping);
    // A few hundred rows per task, yielding between them: a long list never holds up the page.
    const assets: ProposedAsset[] = [];
    try {
      for (let i = 0; i < table.rows.length; i += ROWS_PER_TASK) {
        assets.push(
          ...csvToProposed({ ...table, rows: table.rows.slice(i, i + ROWS_PER_TASK) }, mapping, assessmentDate, i),
        );
        setState({ step: 'reading', label: 'Reading the rows…', done: i, total: table.rows.length });
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } catch (e) {
      setState(state);
      return setError(plainError(e, `The rows of ${name} could not be read, so nothing was imported.`));
    }
    setError(undefined);
    await toReview('csv', name, {
      scan: { version: '', args: '', started: '' },
      hostsScanned: table.rows.length,
      assets,
      networks: networksOf(assets),
    });
  }

  const setAll = (change: (c: RowChoice) => RowChoice) =>
    state.step === 'review' && setState({ ...state, choices: state.choices.map(change) });
  const review = state.step === 'review' ? state : undefined;
  const counts = review && {
    up: review.rows.length,
    matched: review.rows.filter((r, i) => r.existing || (r.possible && review.choices[i]?.sameDevice)).length,
    chosen: review.choices.filter((c) => c.import).length,
    remote: review.rows.filter((r) => r.proposed.remoteAccess.length).length,
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import a scan or an inventory list</h2>
      <p>
        An nmap XML file (<code>nmap -O -sV -oX scan.xml</code>, run in the agreed window) or the MSP&apos;s asset list
        as CSV: every device is reviewed before anything is saved, and a newer file updates the devices it already
        knows.
      </p>
      <div className="inline-form-row">
        <button
          type="button"
          className="button"
          onClick={() => void choose('nmap')}
          disabled={state.step === 'reading' || state.step === 'saving'}
        >
          Import nmap scan…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void choose('csv')}
          disabled={state.step === 'reading' || state.step === 'saving'}
        >
          Import CSV inventory…
        </button>
        {state.step === 'reading' ? (
          <button type="button" className="button" onClick={() => abort.current?.abort()}>
            Cancel scan import
          </button>
        ) : null}
      </div>
      {state.step === 'reading' ? <ProgressLine label={state.label} done={state.done} total={state.total} /> : null}
      {state.step === 'mapping' ? (
        <CsvMappingStep
          name={state.name}
          table={state.table}
          mapping={state.mapping}
          onChange={(mapping) => setState({ ...state, mapping })}
          onReview={() => void reviewCsv()}
          onDiscard={() => setState({ step: 'idle' })}
        />
      ) : null}
      {review && counts ? (
        <div className="subsection" aria-label="Scan review">
          <h3>{review.name}</h3>
          <p>
            {review.source === 'nmap'
              ? `${review.result.hostsScanned} host(s) scanned, ${counts.up} up`
              : `${review.result.hostsScanned} row(s), ${counts.up} device(s)`}
            : {counts.up - counts.matched} new, {counts.matched} already in the inventory;{' '}
            {review.result.networks.length} network(s).
            {counts.remote
              ? ` ${counts.remote} host(s) listen for remote access: record them under Vendor access if a vendor uses them.`
              : ''}
          </p>
          {review.targets.length ? (
            <ul className="reasons" aria-label="Networks of the new devices">
              {review.targets.map((t) => (
                <li key={t.subnet}>
                  {t.subnet}: new devices join {t.network ? <strong>{t.network.name}</strong> : 'a new network'}
                  {t.network ? ' (recorded)' : ' (created on import)'}
                </li>
              ))}
            </ul>
          ) : null}
          <div className="inline-form-row">
            <button
              type="button"
              className="button button-small"
              onClick={() => setAll((c) => ({ ...c, import: true }))}
            >
              Select all
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => setAll((c) => ({ ...c, import: false }))}
            >
              Select none
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => setAll((c) => ({ ...c, acceptKind: true }))}
            >
              Accept all suggested kinds
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => setAll((c) => ({ ...c, acceptKind: false }))}
            >
              Reject all suggested kinds
            </button>
          </div>
          <ScanReview
            source={review.source}
            rows={review.rows}
            choices={review.choices}
            onChange={(i, choice) =>
              setState({ ...review, choices: review.choices.map((c, j) => (j === i ? choice : c)) })
            }
          />
          <div className="inline-form-row">
            <button
              type="button"
              className="button button-primary"
              disabled={!counts.chosen}
              onClick={() => void save()}
            >
              Import {counts.chosen} device(s)
            </button>
            <button type="button" className="button" onClick={() => setState({ step: 'idle' })}>
              Discard file
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" className="status">
        {state.step === 'done' ? state.message : state.step === 'saving' ? 'Saving…' : ''}
      </p>
      <ErrorMessage message={error} />
    </section>
  );
}
