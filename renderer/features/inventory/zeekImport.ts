/**
 * Importing a Zeek conn.log as observed flows, as one use case: the file read in the
 * import worker (with progress and cancel) against the networks and assets recorded,
 * every proposed flow reviewed (add or skip; one the assessment already records is
 * updated with its counts and dates, not added twice), and the chosen ones saved in one
 * transaction. The component renders the state and calls these steps.
 */
import type { IpcRequest, IpcResult, OpenFileResult } from '../../../shared/ipc';
import { matchObserved, newObservedFlow, observedPatch, type ObservedRow } from '../../../shared/import/observedFlows';
import type { ZeekReadSummary } from '../../../shared/import/zeekConnLog';
import type { FlowSummary, ObservedFlow } from '../../../shared/import/zeekFlows';
import { plainError } from '../../../shared/model/plainIssues';
import { builtInZoneNames } from '../../../shared/topology/pathText';
import { saveObservedFlows, type FlowUpdate } from '../../db/importFlows';
import { repositoriesFor } from '../../db/repository';
import type { Vault } from '../../db/vault';
import type { Progress } from '../../workers/runInWorker';
import type { readZeekInWorker } from '../../workers/inventoryFileInWorker';
import { assetName, networkName, vendorLinkName } from './recordChoices';
import { viewState, type View } from './viewState';

export interface ZeekReview {
  step: 'review';
  name: string;
  read: ZeekReadSummary;
  summary: FlowSummary;
  rows: ObservedRow[];
  /** Whether each row is imported. */
  choices: boolean[];
  /** The names of the flow ends, by id. */
  names: Record<string, string>;
}

export type ZeekImportState =
  | { step: 'idle' }
  | { step: 'reading'; label: string; done: number; total: number }
  | ZeekReview
  | { step: 'saving' }
  | { step: 'done'; name: string; added: number; updated: number };

export type ZeekImportView = View<ZeekImportState>;

export interface ZeekImportDeps {
  vault: Vault;
  assessment: { id: string };
  platform: { openFile(request: IpcRequest<'openFile'>): Promise<IpcResult<OpenFileResult>> };
  worker: { readZeekInWorker: typeof readZeekInWorker };
}

const dialog = {
  title: 'Import Zeek conn.log',
  filters: [{ name: 'Zeek conn.log (TSV or JSON, or .gz)', extensions: ['log', 'json', 'gz', 'txt'] }],
  maxBytes: 256 * 1024 * 1024,
};

export type ZeekImport = ReturnType<typeof zeekImport>;

export function zeekImport(deps: ZeekImportDeps, onChange: (view: ZeekImportView) => void = () => undefined) {
  const { vault, assessment } = deps;
  const repos = repositoriesFor(vault);
  const views = viewState<ZeekImportState>({ step: 'idle' }, onChange);
  const { show } = views;
  let abort: AbortController | undefined;
  const reading: Progress = (label, done, total) => show({ step: 'reading', label, done, total });

  /** Asks for a conn.log, reads it against what is recorded, and opens the review. */
  async function choose(): Promise<ZeekImportView> {
    show(views.current.state);
    const file = await deps.platform.openFile(dialog);
    if (!file.ok) return show(views.current.state, file.error.message);
    if (file.value.canceled) return views.current;
    const { name, bytes } = file.value;
    const controller = new AbortController();
    abort = controller;
    try {
      reading('Starting…', 0, 1);
      const [assets, networks, links, flows] = await Promise.all([
        repos.asset.list(assessment.id),
        repos.network.list(assessment.id),
        repos.vendorAccess.list(assessment.id),
        repos.flow.list(assessment.id),
      ]);
      const context = {
        assets: assets.map((a) => ({ id: a.id, ipAddress: a.data.ipAddress, networkId: a.data.networkId })),
        networks: networks.map((n) => ({ id: n.id, subnet: n.data.subnet })),
      };
      const { read, summary } = await deps.worker.readZeekInWorker({ bytes, context }, reading, controller.signal);
      const names: Record<string, string> = { ...builtInZoneNames };
      for (const a of assets) names[a.id] = assetName(a.data);
      for (const n of networks) names[n.id] = networkName(n.data);
      for (const l of links) names[l.id] = vendorLinkName(l.data);
      const rows = matchObserved(summary.flows, flows);
      return show({ step: 'review', name, read, summary, rows, names, choices: rows.map(() => true) });
    } catch (e) {
      return show({ step: 'idle' }, plainError(e, `${name} could not be read, so nothing was imported.`));
    } finally {
      abort = undefined;
    }
  }

  /** Saves the chosen flows: new ones added, matched ones updated, in one transaction. */
  async function save(): Promise<ZeekImportView> {
    const review = views.current.state;
    if (review.step !== 'review') return views.current;
    const chosen = review.rows.filter((_, i) => review.choices[i]);
    const byExisting = new Map<string, { row: ObservedRow; observed: ObservedFlow[] }>();
    for (const row of chosen) {
      if (!row.existing) continue;
      const entry = byExisting.get(row.existing.id) ?? { row, observed: [] };
      entry.observed.push(row.observed);
      byExisting.set(row.existing.id, entry);
    }
    const added = chosen.filter((r) => !r.existing).map((r) => newObservedFlow(r.observed, assessment.id, review.name));
    const updates: FlowUpdate[] = [...byExisting].map(([id, { row, observed }]) => ({
      id,
      patch: row.existing ? observedPatch(row.existing.data, observed) : {},
    }));
    show({ step: 'saving' });
    try {
      const saved = await saveObservedFlows(vault, assessment.id, added, updates);
      return show({ step: 'done', name: review.name, ...saved });
    } catch (e) {
      return show(review, plainError(e, `The flows of ${review.name} could not be saved, so nothing was imported.`));
    }
  }

  const setChoices = (change: (choices: boolean[]) => boolean[]) => {
    const { state } = views.current;
    if (state.step === 'review') show({ ...state, choices: change(state.choices) });
  };

  return {
    get view() {
      return views.current;
    },
    choose,
    save,
    setChoice: (index: number, value: boolean) => setChoices((c) => c.map((v, j) => (j === index ? value : v))),
    setAll: (value: boolean) => setChoices((c) => c.map(() => value)),
    cancel: () => abort?.abort(),
    discard: () => show({ step: 'idle' }),
  };
}
