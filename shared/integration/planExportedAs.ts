/**
 * What each row of an exported plan said when it left the app, so the import can tell a
 * change the firm made from a change made in the app since the export (a three-way
 * compare). The export writes, per row, a short fingerprint of each editable field in a
 * last column, "Exported as (do not edit)" (hidden in the XLSX); the import counts a
 * field as changed by the firm only where the file's value no longer matches it, and as
 * a conflict where the app's value does not match it either. A file without the column
 * (an older export, a hand-made CSV) is compared with the plan as it is now.
 *
 * A fingerprint is FNV-1a (32 bits) of the field's value as the import reads it: enough
 * to notice an edit, not a secret, and short enough to leave the sheet readable.
 */
import { milestonesText, type EditedPlanRow, type ExportedAs, type PlanEditableField } from './planColumns';

export type { ExportedAs } from './planColumns';
import type { PlanRow } from './planRows';

export const EXPORTED_AS_HEADER = 'Exported as (do not edit)';

type Field = PlanEditableField;
const FIELDS: readonly Field[] = ['owner', 'targetDate', 'milestones', 'status', 'costBand', 'comments'];
/** Before the target date's fingerprint: the date shown was the default of the severity. */
const DEFAULT_DATE = '*';

function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The values of a row of the plan as the import reads them back. */
function valuesOf(row: PlanRow): Record<Field, string> {
  return {
    owner: row.owner,
    targetDate: row.targetDate,
    milestones: milestonesText(row.milestones),
    status: row.status,
    costBand: row.costBand,
    comments: row.comments,
  };
}

/** The cell the export writes: "v1 owner:1c0a5f3e targetDate:*5e2b9a01 milestones:811c9dc5 …". */
export function exportedAsCell(row: PlanRow): string {
  const values = valuesOf(row);
  const parts = FIELDS.map(
    (f) => `${f}:${f === 'targetDate' && row.targetIsDefault ? DEFAULT_DATE : ''}${fingerprint(values[f])}`,
  );
  return `v1 ${parts.join(' ')}`;
}

/** The fingerprints of a cell the export wrote, or undefined for an empty or altered one. */
export function exportedAsOf(cell: string): ExportedAs | undefined {
  const [version, ...parts] = cell.trim().split(/\s+/);
  if (version !== 'v1') return undefined;
  const exported: ExportedAs = {};
  for (const part of parts) {
    const [field, value = ''] = part.split(':');
    if (!FIELDS.includes(field as Field) || !/^\*?[0-9a-f]{8}$/.test(value)) return undefined;
    exported[field as Field] = value;
  }
  return FIELDS.every((f) => exported[f] !== undefined) ? exported : undefined;
}

/** Whether the file's value of `field` is still the one exported. */
export function fileKeepsExported(
  field: Field,
  value: NonNullable<EditedPlanRow[Field]>,
  exported: ExportedAs,
): boolean {
  const was = exported[field] ?? '';
  if (field === 'targetDate' && value === '') return was.startsWith(DEFAULT_DATE);
  const text =
    field === 'milestones' ? milestonesText(value as NonNullable<EditedPlanRow['milestones']>) : String(value);
  // A default date left as shown is still the default.
  return fingerprint(text) === (field === 'targetDate' ? was.replace(DEFAULT_DATE, '') : was);
}

/** Whether the plan in the app still holds, for `field`, the value exported. */
export function appKeepsExported(field: Field, current: PlanRow, exported: ExportedAs): boolean {
  const was = exported[field] ?? '';
  if (field === 'targetDate' && (current.targetIsDefault || was.startsWith(DEFAULT_DATE)))
    return current.targetIsDefault && was.startsWith(DEFAULT_DATE);
  return fingerprint(valuesOf(current)[field]) === was;
}
