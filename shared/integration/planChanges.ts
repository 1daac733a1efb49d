/**
 * An edited plan against the plan as it stands: for each finding key, which of the
 * editable fields the file changes (owner, target date, milestones, status, cost band,
 * comments), with the value before and after in words; the rows that cannot apply here
 * (a key this assessment's plan does not hold, a row without a key), each with its
 * reason; and how many rows change nothing. Where the file says what each row was
 * exported as (planExportedAs.ts), only what the firm changed counts, and a field
 * changed in the app since as well is a conflict. Nothing is written until the assessor
 * accepts changes: `applyPlanChanges` gives the plan items to write for the keys
 * accepted, and the caller writes them.
 */
import { costBandLabels, planItemData, planStatusLabels, type PlanItem } from '../model/planItem';
import type { WithId } from '../model/withId';
import { milestonesText, type EditedPlanRow } from './planColumns';
import { appKeepsExported, fileKeepsExported } from './planExportedAs';
import type { PlanRow } from './planRows';

export type PlanField = 'owner' | 'targetDate' | 'milestones' | 'status' | 'costBand' | 'comments';
export const planFields: readonly PlanField[] = ['owner', 'targetDate', 'milestones', 'status', 'costBand', 'comments'];
export const planFieldLabels: Record<PlanField, string> = {
  owner: 'Owner',
  targetDate: 'Target date',
  milestones: 'Milestones',
  status: 'Status',
  costBand: 'Cost band',
  comments: 'Comments',
};

export interface PlanFieldChange {
  field: PlanField;
  label: string;
  /** The value before and after, in words ('' for empty). */
  before: string;
  after: string;
  /** Changed in the app since the export as well as in the file: `before` is the app's value, `after` the file's. */
  conflict?: true;
}

export interface PlanRowChange {
  findingKey: string;
  findingTitle: string;
  itemId: string;
  /** The row of the file it comes from. */
  row: number;
  fields: PlanFieldChange[];
  /** The plan item as it is written if the change is accepted. */
  item: PlanItem;
  /** A field changed in both the app and the file: the row starts unticked. */
  conflict: boolean;
}

export interface PlanRowNotApplied {
  row: number;
  findingKey: string;
  findingTitle: string;
  reason: string;
}

export interface PlanReview {
  changes: PlanRowChange[];
  notApplied: PlanRowNotApplied[];
  /** Rows of the file that match an item and change nothing. */
  unchanged: number;
  /** Items of the plan the file has no row for (left as they are). */
  notInFile: number;
  /** False when the file does not say what it was exported as, so it is compared with the plan as it is now. */
  knowsExport: boolean;
}

/** The item a row stands for: the stored values, or the defaults (a default target date stays ''). */
function itemOf(row: PlanRow): PlanItem {
  return planItemData.parse({
    assessmentId: row.assessmentId,
    findingKey: row.findingKey,
    findingTitle: row.findingTitle,
    owner: row.owner,
    targetDate: row.targetIsDefault ? '' : row.targetDate,
    milestones: row.milestones,
    status: row.status,
    costBand: row.costBand,
    comments: row.comments,
  });
}

const dateWords = (date: string, isDefault: boolean) =>
  isDefault ? `${date} (the default for its severity)` : date || 'The default for its severity';

function words(field: PlanField, item: PlanItem, current: PlanRow | undefined): string {
  switch (field) {
    case 'targetDate':
      return current ? dateWords(current.targetDate, current.targetIsDefault) : dateWords(item.targetDate, false);
    case 'milestones':
      return milestonesText(item.milestones);
    case 'status':
      return planStatusLabels[item.status];
    case 'costBand':
      return costBandLabels[item.costBand];
    default:
      return item[field];
  }
}

function changedFields(current: PlanRow, edited: EditedPlanRow): { item: PlanItem; fields: PlanFieldChange[] } {
  const before = itemOf(current);
  const after: PlanItem = { ...before };
  const fields: PlanFieldChange[] = [];
  for (const field of planFields) {
    const value = edited[field];
    if (value === undefined) continue;
    let same: boolean;
    if (field === 'targetDate') same = value === '' ? current.targetIsDefault : value === current.targetDate;
    else if (field === 'milestones')
      same = milestonesText(value as PlanItem['milestones']) === milestonesText(before.milestones);
    else same = value === before[field];
    if (same) continue;
    const { exported } = edited;
    // Three-way: a value the file still has as exported was not changed by the firm (the app's stands).
    if (exported && fileKeepsExported(field, value, exported)) continue;
    const conflict = exported !== undefined && !appKeepsExported(field, current, exported);
    Object.assign(after, { [field]: value });
    fields.push({
      field,
      label: planFieldLabels[field],
      before: words(field, before, current),
      after: words(field, after, undefined),
      ...(conflict ? { conflict: true as const } : {}),
    });
  }
  return { item: after, fields };
}

export function planChanges(current: readonly PlanRow[], edited: readonly EditedPlanRow[]): PlanReview {
  const byKey = new Map(current.map((r) => [r.findingKey, r] as const));
  const review: PlanReview = {
    changes: [],
    notApplied: [],
    unchanged: 0,
    notInFile: 0,
    knowsExport: edited.some((r) => r.exported !== undefined),
  };
  const seen = new Set<string>();
  for (const row of edited) {
    const here = byKey.get(row.findingKey);
    if (!here) {
      review.notApplied.push({
        row: row.row,
        findingKey: row.findingKey,
        findingTitle: row.findingTitle,
        reason: row.findingKey
          ? 'This assessment’s plan has no finding with this key (resolved without a plan item, or from another assessment).'
          : 'The row has no finding key.',
      });
      continue;
    }
    seen.add(row.findingKey);
    const { item, fields } = changedFields(here, row);
    if (fields.length === 0) review.unchanged++;
    else
      review.changes.push({
        findingKey: here.findingKey,
        findingTitle: here.findingTitle,
        itemId: here.itemId,
        row: row.row,
        fields,
        item,
        conflict: fields.some((f) => f.conflict),
      });
  }
  review.notInFile = current.filter((r) => !seen.has(r.findingKey)).length;
  return review;
}

/** The plan items to write for the changes accepted (by finding key). */
export function applyPlanChanges(review: PlanReview, accepted: Iterable<string>): WithId<PlanItem>[] {
  const keys = new Set(accepted);
  return review.changes.filter((c) => keys.has(c.findingKey)).map((c) => ({ id: c.itemId, data: c.item }));
}
