/**
 * The Plan sheet's columns, shared by the XLSX, the CSV and the reader of an edited
 * plan: which are for reference and which the firm edits and the import reads back,
 * and how each editable value is written as text and read again (dates as YYYY-MM-DD,
 * milestones one per line as "[x] 2027-01-15 Order the replacement", status and cost
 * band by their label or their code).
 */
import {
  MAX_MILESTONES,
  costBand,
  costBandLabels,
  planStatus,
  planStatusLabels,
  type CostBand,
  type Milestone,
  type PlanStatus,
} from '../model/planItem';
import { severityLabels } from '../model/finding';
import type { FrameworkRef, Framework } from '../reference/frameworks/frameworkRefs';
import { effectiveStatusLabels } from '../rules/findingStatus';
import type { PlanRow } from './planRows';

export type PlanColumnKey =
  | 'findingKey'
  | 'severity'
  | 'finding'
  | 'findingStatus'
  | 'references'
  | 'owner'
  | 'targetDate'
  | 'milestones'
  | 'status'
  | 'costBand'
  | 'comments';

export interface PlanColumn {
  key: PlanColumnKey;
  header: string;
  /** Read back on import; the other columns are there to read. */
  editable: boolean;
  width: number;
}

export const planColumns: readonly PlanColumn[] = [
  { key: 'findingKey', header: 'Finding key', editable: false, width: 28 },
  { key: 'severity', header: 'Severity', editable: false, width: 10 },
  { key: 'finding', header: 'Finding', editable: false, width: 40 },
  { key: 'findingStatus', header: 'Finding status', editable: false, width: 14 },
  { key: 'references', header: 'References', editable: false, width: 34 },
  { key: 'owner', header: 'Owner', editable: true, width: 24 },
  { key: 'targetDate', header: 'Target date', editable: true, width: 13 },
  { key: 'milestones', header: 'Milestones', editable: true, width: 44 },
  { key: 'status', header: 'Status', editable: true, width: 13 },
  { key: 'costBand', header: 'Cost band', editable: true, width: 20 },
  { key: 'comments', header: 'Comments', editable: true, width: 44 },
];

/** What an edited file says about one finding's item; a field is undefined where the file has no such column. */
/** The fields the firm may edit in the file. */
export type PlanEditableField = 'owner' | 'targetDate' | 'milestones' | 'status' | 'costBand' | 'comments';
/**
 * Each editable field's fingerprint as exported (a target date left to the severity: '*' and
 * the date shown's); see planExportedAs.ts.
 */
export type ExportedAs = Partial<Record<PlanEditableField, string>>;

export interface EditedPlanRow {
  /** The row's number as the spreadsheet shows it. */
  row: number;
  findingKey: string;
  /** The finding's title as the file has it, to name a row that is not applied. */
  findingTitle: string;
  owner?: string;
  /** '' for the default date of the finding's severity. */
  targetDate?: string;
  milestones?: Milestone[];
  status?: PlanStatus;
  costBand?: CostBand;
  comments?: string;
  /** What the row said when it was exported (the "Exported as" column), for a three-way compare. */
  exported?: ExportedAs;
}

const frameworkPrefix: Record<Framework, string> = { hipaa: '45 CFR ', hicp: 'HICP ', cpg: '', csf: 'CSF ' };

/** A reference in one line: "HICP 2: Endpoint protection systems", "45 CFR 164.308(a)(5): Security awareness and training". */
export function referenceText(ref: FrameworkRef): string {
  const prefix = ref.framework === 'cpg' && !/^CPG/i.test(ref.id) ? 'CPG ' : frameworkPrefix[ref.framework];
  return `${prefix}${ref.id}: ${ref.title}`;
}

/** Milestones one per line: "[x] 2027-01-15 Order the replacement" (done, due), "[ ] Train the staff". */
export function milestonesText(milestones: readonly Milestone[]): string {
  return milestones.map((m) => `[${m.done ? 'x' : ' '}] ${m.due ? `${m.due} ` : ''}${m.text}`).join('\n');
}

/** The Plan sheet's cells of a row, as text (the XLSX writes the target date as a date). */
export function planCells(row: PlanRow): Record<PlanColumnKey, string> {
  return {
    findingKey: row.findingKey,
    severity: severityLabels[row.severity],
    finding: row.findingTitle,
    findingStatus: row.findingRaised ? effectiveStatusLabels[row.findingStatus] : 'No longer raised',
    references: row.references.map(referenceText).join('\n'),
    owner: row.owner,
    targetDate: row.targetDate,
    milestones: milestonesText(row.milestones),
    status: planStatusLabels[row.status],
    costBand: costBandLabels[row.costBand],
    comments: row.comments,
  };
}

/** Compared without case, spacing or the kind of dash: "In progress" is "in-progress". */
const normal = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\u2010-\u2015-]/g, ' ')
    .replace(/\s+/g, ' ');

function choiceOf<T extends string>(codes: readonly T[], labels: Record<T, string>, value: string): T | undefined {
  const wanted = normal(value);
  return codes.find((code) => normal(code) === wanted || normal(labels[code]) === wanted);
}

/** A status or cost band by its label or code; an empty cell is none (the import leaves the value as it is). */
export const planStatusOf = (value: string): PlanStatus | undefined =>
  choiceOf(planStatus.options, planStatusLabels, value);
export const costBandOf = (value: string): CostBand | undefined => choiceOf(costBand.options, costBandLabels, value);

/** A real calendar date as YYYY-MM-DD, or undefined. */
export function isoDateOf(value: string): string | undefined {
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const at = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === text ? text : undefined;
}

const milestoneLine = /^(?:[-•*]\s*)?(?:\[([ xX✓]?)\]\s*)?(?:(\d{4}-\d{2}-\d{2})\b\s*[:–-]?\s*)?(.*)$/;

/** Milestones from their lines, or the sentence saying what is wrong with them. */
export function milestonesOf(text: string): Milestone[] | string {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > MAX_MILESTONES)
    return `it has ${lines.length} milestones and a plan item keeps up to ${MAX_MILESTONES}`;
  const milestones: Milestone[] = [];
  for (const line of lines) {
    const [, mark = '', due = '', rest = ''] = milestoneLine.exec(line) ?? [];
    if (due && !isoDateOf(due)) return `the milestone “${line}” has a date that is not a date`;
    const words = rest.trim();
    if (!words) return `the milestone “${line}” names no step`;
    if (words.length > 300) return `the milestone “${words.slice(0, 40)}…” is longer than 300 characters`;
    milestones.push({ text: words, due, done: mark.trim() !== '' });
  }
  return milestones;
}
