/**
 * Importing the plan the firm edited (the exported XLSX or CSV) back into the assessment,
 * as one use case: the file chosen and read off the page's thread, compared with the plan
 * as it stands (per finding, the fields that change, old → new; the rows that cannot
 * apply, with why), every change ticked to start with but those changed in the app
 * since the export as well (conflicts); nothing is written before Apply,
 * which writes the ticked ones in one transaction. A hostile or broken file gives its one
 * sentence and changes nothing. The component renders the state and calls these steps.
 */
import { applyPlanChanges, planChanges, type PlanReview } from '../../../shared/integration/planChanges';
import type { EditedPlanRow } from '../../../shared/integration/planColumns';
import { PLAN_FILE_LIMITS } from '../../../shared/integration/planFileLimits';
import type { PlanRow } from '../../../shared/integration/planRows';
import type { IpcRequest, IpcResult, OpenFileResult } from '../../../shared/ipc';
import type { PlanItem } from '../../../shared/model/planItem';
import { plainError } from '../../../shared/model/plainIssues';
import { planItemStamps, savePlanItems } from '../../db/savePlanItems';
import type { Vault } from '../../db/vault';
import { CANCELLED } from '../../workers/runInWorker';

export type PlanImportState =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | {
      step: 'review';
      name: string;
      review: PlanReview;
      accepted: ReadonlySet<string>;
      /** Each item's `updated` stamp as the plan reviewed stood (null: not stored), to refuse one changed since. */
      stamps: ReadonlyMap<string, string | null>;
    }
  | { step: 'applying'; name: string }
  | { step: 'done'; name: string; applied: number };

export interface PlanImportView {
  state: PlanImportState;
  error?: string;
}

export interface PlanImportDeps {
  vault: Vault;
  assessmentId: string;
  platform: { openFile(request: IpcRequest<'openFile'>): Promise<IpcResult<OpenFileResult>> };
  /** The reader of the edited file (planSheetRead.ts, in a worker in the app). */
  read: (bytes: Uint8Array, fileName: string, signal?: AbortSignal) => Promise<EditedPlanRow[]>;
}

const dialog = {
  title: 'Import edited plan',
  filters: [{ name: 'Remediation plan (Excel or CSV)', extensions: ['xlsx', 'csv'] }],
  // The reader's own limit: a file the dialog lets through is never refused for its size.
  maxBytes: PLAN_FILE_LIMITS.bytes,
};

export type PlanImport = ReturnType<typeof planImport>;

/** The import's steps over `deps`; every change of state goes to `onChange`. */
export function planImport(deps: PlanImportDeps, onChange: (view: PlanImportView) => void = () => undefined) {
  let view: PlanImportView = { state: { step: 'idle' } };
  let abort: AbortController | undefined;
  const show = (state: PlanImportState, error?: string) => {
    view = error === undefined ? { state } : { state, error };
    onChange(view);
    return view;
  };

  /** Asks for the edited file, reads it and shows what it would change to the plan's `rows` as they stand. */
  async function choose(rows: readonly PlanRow[]): Promise<PlanImportView> {
    const before = view.state.step === 'review' ? view.state : { step: 'idle' as const };
    // As the plan's rows stand now: an edit made from here on is refused at Apply.
    const stamps = await planItemStamps(
      deps.vault,
      rows.map((r) => r.itemId),
    );
    const file = await deps.platform.openFile(dialog);
    if (!file.ok) return show(before, file.error.message);
    if (file.value.canceled) return view;
    const { name, bytes } = file.value;
    const controller = new AbortController();
    abort = controller;
    show({ step: 'reading', name });
    try {
      const edited = await deps.read(bytes, name, controller.signal);
      const review = planChanges(rows, edited);
      return show({
        step: 'review',
        name,
        review,
        accepted: new Set(review.changes.filter((c) => !c.conflict).map((c) => c.findingKey)),
        stamps,
      });
    } catch (e) {
      const message = plainError(e, `${name} could not be read, so nothing was changed.`);
      return show({ step: 'idle' }, message === CANCELLED ? undefined : message);
    } finally {
      abort = undefined;
    }
  }

  function accept(change: (accepted: Set<string>, review: PlanReview) => void) {
    const { state } = view;
    if (state.step !== 'review') return;
    const accepted = new Set(state.accepted);
    change(accepted, state.review);
    show({ ...state, accepted });
  }

  /** Writes the ticked changes in one transaction, or none of them. */
  async function apply(): Promise<PlanImportView> {
    const state = view.state;
    if (state.step !== 'review') return view;
    const items = applyPlanChanges(state.review, state.accepted);
    if (!items.length) return show(state, 'No change is ticked, so there is nothing to apply.');
    const fieldsOf = new Map(state.review.changes.map((c) => [c.findingKey, c.fields.map((f) => f.field)] as const));
    const writes = items.map(({ id, data }) => {
      const patch: Partial<PlanItem> = { findingTitle: data.findingTitle };
      for (const field of fieldsOf.get(data.findingKey) ?? []) Object.assign(patch, { [field]: data[field] });
      return { data, patch, reviewedAt: state.stamps.get(id) ?? null };
    });
    show({ step: 'applying', name: state.name });
    try {
      await savePlanItems(deps.vault, deps.assessmentId, writes);
      return show({ step: 'done', name: state.name, applied: items.length });
    } catch (e) {
      return show(state, plainError(e, 'The changes could not be saved, so none was applied.'));
    }
  }

  return {
    get view() {
      return view;
    },
    choose,
    apply,
    setAccepted: (findingKey: string, on: boolean) =>
      accept((keys) => (on ? keys.add(findingKey) : keys.delete(findingKey))),
    setAll: (on: boolean) =>
      accept((keys, review) => {
        keys.clear();
        if (on) for (const c of review.changes) keys.add(c.findingKey);
      }),
    cancel: () => abort?.abort(),
    discard: () => show({ step: 'idle' }),
  };
}
