/**
 * Importing an inventory file into an assessment, as one use case: an nmap XML scan or
 * the MSP's CSV list (its columns mapped, the mapping remembered per source), read in
 * the worker with progress and cancel, matched with the devices and networks already
 * recorded, every device reviewed, and the chosen ones saved in one transaction. The
 * component renders the state and calls these steps; nothing here knows React.
 */
import type { IpcRequest, IpcResult, OpenFileResult } from '../../../shared/ipc';
import {
  csvFieldLabels,
  csvFields,
  csvToProposed,
  explainMapping,
  guessMapping,
  mappingReasons,
  sourceKey,
  type CsvMapping,
  type CsvTable,
} from '../../../shared/import/csvInventory';
import { matchImported, settleRow, type ImportRow } from '../../../shared/import/matchImported';
import { networksOf, networkTargets, type ProposedAsset } from '../../../shared/import/nmapToInventory';
import { plainError } from '../../../shared/model/plainIssues';
import { rememberedMapping, rememberMapping } from '../../db/csvMappings';
import { saveScanImport } from '../../db/importInventory';
import { repositoriesFor } from '../../db/repository';
import type { Vault } from '../../db/vault';
import type { Progress } from '../../workers/runInWorker';
import type { ScanResult } from '../../workers/inventoryFile.worker';
import type { readCsvInWorker, readScanInWorker } from '../../workers/inventoryFileInWorker';
import type { RowChoice } from './ImportReview';

export type InventorySource = 'nmap' | 'csv';

export interface Review {
  step: 'review';
  source: InventorySource;
  name: string;
  result: ScanResult;
  rows: ImportRow[];
  choices: RowChoice[];
  targets: ReturnType<typeof networkTargets>;
  /** For a CSV list: which column each field was read from, and why ("IP address: “WiFiIPv4Address”, header contains …"). */
  columns?: string[];
}

export type InventoryImportState =
  | { step: 'idle' }
  | { step: 'reading'; label: string; done: number; total: number }
  | { step: 'mapping'; name: string; table: CsvTable; mapping: CsvMapping }
  | Review
  | { step: 'saving' }
  | { step: 'done'; name: string; added: number; updated: number; networksAdded: number };

export interface InventoryImportView {
  state: InventoryImportState;
  error?: string;
}

export interface InventoryImportDeps {
  vault: Vault;
  /** The assessment the devices join, and its date (what end of support is judged on). */
  assessment: { id: string; date: string };
  /** The platform's file dialog (platform/api.ts). */
  platform: { openFile(request: IpcRequest<'openFile'>): Promise<IpcResult<OpenFileResult>> };
  /** The import worker's client (workers/scanInWorker.ts, or the same code in-process in tests). */
  worker: { readScanInWorker: typeof readScanInWorker; readCsvInWorker: typeof readCsvInWorker };
}

const MAX_SCAN_BYTES = 256 * 1024 * 1024;
const ROWS_PER_TASK = 500;

const dialogs = {
  nmap: { title: 'Import nmap scan', filters: [{ name: 'nmap XML (-oX)', extensions: ['xml'] }] },
  csv: { title: 'Import inventory list', filters: [{ name: 'CSV inventory', extensions: ['csv', 'txt'] }] },
};

/** What the review says at a glance: devices up, already known, chosen, listening for remote access. */
export function reviewCounts(review: Review) {
  return {
    up: review.rows.length,
    matched: review.rows.filter((r, i) => r.existing || (r.possible && review.choices[i]?.sameDevice)).length,
    chosen: review.choices.filter((c) => c.import).length,
    remote: review.rows.filter((r) => r.proposed.remoteAccess.length).length,
  };
}

export type InventoryImport = ReturnType<typeof inventoryImport>;

/** The import's steps over `deps`; every change of state goes to `onChange`. */
export function inventoryImport(
  deps: InventoryImportDeps,
  onChange: (view: InventoryImportView) => void = () => undefined,
) {
  const { vault, assessment } = deps;
  const repos = repositoriesFor(vault);
  let view: InventoryImportView = { state: { step: 'idle' } };
  let abort: AbortController | undefined;
  const show = (state: InventoryImportState, error?: string) => {
    view = error === undefined ? { state } : { state, error };
    onChange(view);
    return view;
  };
  const reading: Progress = (label, done, total) => show({ step: 'reading', label, done, total });

  async function toReview(source: InventorySource, name: string, result: ScanResult, columns?: string[]) {
    const rows = matchImported(result.assets, await repos.asset.list(assessment.id));
    const targets = networkTargets(result.networks, await repos.network.list(assessment.id));
    const choices = rows.map(() => ({ import: true, acceptKind: true, sameDevice: true }));
    return show({ step: 'review', source, name, result, rows, targets, choices, ...(columns ? { columns } : {}) });
  }

  /** Asks for a file of that kind and reads it: an nmap scan goes to the review, a CSV list to its column mapping. */
  async function choose(kind: InventorySource): Promise<InventoryImportView> {
    show(view.state);
    const file = await deps.platform.openFile({ ...dialogs[kind], maxBytes: MAX_SCAN_BYTES });
    if (!file.ok) return show(view.state, file.error.message);
    if (file.value.canceled) return view;
    const { name, bytes } = file.value;
    const controller = new AbortController();
    abort = controller;
    try {
      reading('Starting…', 0, 1);
      if (kind === 'nmap')
        return await toReview(
          'nmap',
          name,
          await deps.worker.readScanInWorker({ bytes, onDate: assessment.date }, reading, controller.signal),
        );
      const table = await deps.worker.readCsvInWorker(bytes, reading, controller.signal);
      const mapping =
        (await rememberedMapping(vault.db, sourceKey(table.headers), table.headers)) ??
        guessMapping(table.headers, table.rows);
      return show({ step: 'mapping', name, table, mapping });
    } catch (e) {
      return show({ step: 'idle' }, plainError(e, `${name} could not be read, so nothing was imported.`));
    } finally {
      abort = undefined;
    }
  }

  /** Remembers the CSV mapping for this source and reads the rows with it, a few hundred at a time. */
  async function reviewCsv(): Promise<InventoryImportView> {
    const { state } = view;
    if (state.step !== 'mapping') return view;
    const { name, table, mapping } = state;
    await rememberMapping(vault.db, sourceKey(table.headers), table.headers, mapping);
    const assets: ProposedAsset[] = [];
    try {
      for (let i = 0; i < table.rows.length; i += ROWS_PER_TASK) {
        assets.push(
          ...csvToProposed({ ...table, rows: table.rows.slice(i, i + ROWS_PER_TASK) }, mapping, assessment.date, i),
        );
        reading('Reading the rows…', i, table.rows.length);
        // Yielding between slices: a long list never holds up the page.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } catch (e) {
      return show(state, plainError(e, `The rows of ${name} could not be read, so nothing was imported.`));
    }
    const result = { scan: { version: '', args: '', started: '' }, hostsScanned: table.rows.length, assets };
    const reasons = mappingReasons(mapping, explainMapping(table.headers, table.rows));
    const columns = csvFields.flatMap((f) => {
      const header = table.headers[mapping[f] ?? -1];
      return header === undefined ? [] : [`${csvFieldLabels[f]}: “${header}”, ${reasons[f] ?? ''}`];
    });
    return toReview('csv', name, { ...result, networks: networksOf(assets) }, columns);
  }

  /** Saves the chosen devices, and the networks the new ones need, in one transaction. */
  async function save(): Promise<InventoryImportView> {
    const review = view.state;
    if (review.step !== 'review') return view;
    const chosen = review.rows.flatMap((row, i) => {
      const choice = review.choices[i];
      return choice?.import ? [{ row: settleRow(row, choice.sameDevice), acceptKind: choice.acceptKind }] : [];
    });
    show({ step: 'saving' });
    try {
      const saved = await saveScanImport(vault, assessment.id, chosen, review.result.networks);
      return show({ step: 'done', name: review.name, ...saved });
    } catch (e) {
      return show(review, plainError(e, `The devices of ${review.name} could not be saved, so nothing was imported.`));
    }
  }

  function updateReview(change: (review: Review) => RowChoice[]) {
    const { state } = view;
    if (state.step === 'review') show({ ...state, choices: change(state) });
  }

  return {
    get view() {
      return view;
    },
    choose,
    reviewCsv,
    save,
    setMapping: (mapping: CsvMapping) => view.state.step === 'mapping' && show({ ...view.state, mapping }),
    setChoice: (index: number, choice: RowChoice) =>
      updateReview((r) => r.choices.map((c, j) => (j === index ? choice : c))),
    setAll: (change: (choice: RowChoice) => RowChoice) => updateReview((r) => r.choices.map(change)),
    cancel: () => abort?.abort(),
    discard: () => show({ step: 'idle' }),
  };
}
