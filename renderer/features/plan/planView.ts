/**
 * What the plan page shows of the rows: the filters by status and severity, which items
 * are overdue, the target date as read ("2027-03-01 (default for High)") and the
 * references in short. Plain functions over the rows planRowsOf() gives, already sorted
 * by severity then date.
 */
import type { PlanRow } from '../../../shared/integration/planRows';
import { severityLabels } from '../../../shared/model/finding';
import type { PlanStatus } from '../../../shared/model/planItem';
import type { FrameworkRef } from '../../../shared/reference/frameworks/frameworkRefs';
import type { Severity } from '../../../shared/rules/severity';

export interface PlanFilter {
  status: PlanStatus | 'all' | 'not-done';
  severity: Severity | 'all';
}

export const allRows: PlanFilter = { status: 'all', severity: 'all' };

export function filterRows(rows: readonly PlanRow[], filter: PlanFilter): PlanRow[] {
  return rows.filter(
    (r) =>
      (filter.status === 'all' || (filter.status === 'not-done' ? r.status !== 'done' : r.status === filter.status)) &&
      (filter.severity === 'all' || r.severity === filter.severity),
  );
}

/** Past its target date and not done. */
export const isOverdue = (row: Pick<PlanRow, 'targetDate' | 'status'>, today: string) =>
  row.status !== 'done' && row.targetDate !== '' && row.targetDate < today;

/** "2027-03-01", or "2027-03-01 (default for High)" when nobody agreed a date. */
export function targetText(row: Pick<PlanRow, 'targetDate' | 'targetIsDefault' | 'severity'>): string {
  if (!row.targetDate) return 'No date';
  return row.targetIsDefault ? `${row.targetDate} (default for ${severityLabels[row.severity]})` : row.targetDate;
}

const shortRef = (r: FrameworkRef) => {
  switch (r.framework) {
    case 'hipaa':
      return `§${r.id}`;
    case 'hicp':
      return `HICP ${r.id}`;
    case 'cpg':
      return r.id.startsWith('CPG') ? r.id : `CPG ${r.id}`;
    default:
      return r.id;
  }
};

/** The first few references in short ("§164.308(a)(1), HICP 7 +2 more"), or '—'. */
export function shortReferences(refs: readonly FrameworkRef[], most = 3): string {
  if (!refs.length) return '—';
  const shown = refs.slice(0, most).map(shortRef).join(', ');
  return refs.length > most ? `${shown} +${refs.length - most} more` : shown;
}

/** Milestones done of all ("1 of 3 milestones done"), or '' when there are none. */
export function milestoneText(row: Pick<PlanRow, 'milestones'>): string {
  const all = row.milestones.length;
  return all
    ? `${row.milestones.filter((m) => m.done).length} of ${all} ${all === 1 ? 'milestone' : 'milestones'} done`
    : '';
}

/** A select's options from a labels table, in its order. */
export const labelOptions = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
