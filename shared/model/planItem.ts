/**
 * The remediation plan (a POA&M): for each finding that needs action, who owns the fix,
 * by when, the steps on the way, where it stands, roughly what it costs and what was said
 * about it. A plan item is keyed like a finding's decision record, by the assessment and
 * the finding's stable key, so the same finding planned on two laptops (or in the firm's
 * spreadsheet and on site) is one record that merges field by field.
 */
import { z } from 'zod';
import { isoDate, recordId, text } from './fields';
import { derivedId } from './derivedId';
import type { severity } from './finding';

type Severity = z.infer<typeof severity>;

export const planStatus = z.enum(['not-started', 'in-progress', 'blocked', 'done']);
export type PlanStatus = z.infer<typeof planStatus>;
export const planStatusLabels: Record<PlanStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  blocked: 'Blocked',
  done: 'Done',
};

/** A rough cost of the fix, as budget holders plan: bands, not quotes. */
export const costBand = z.enum(['unknown', 'none', 'under-1k', '1k-10k', '10k-50k', 'over-50k']);
export type CostBand = z.infer<typeof costBand>;
export const costBandLabels: Record<CostBand, string> = {
  unknown: 'Not estimated',
  none: 'No cost (staff time)',
  'under-1k': 'Under $1,000',
  '1k-10k': '$1,000 – $10,000',
  '10k-50k': '$10,000 – $50,000',
  'over-50k': 'Over $50,000',
};

export const milestone = z.object({
  text: text(300),
  /** When the step is due, or '' when not set. */
  due: isoDate.default(''),
  done: z.boolean().default(false),
});
export type Milestone = z.infer<typeof milestone>;
export const MAX_MILESTONES = 20;

export const planItemData = z.object({
  assessmentId: recordId,
  /** The finding's stable key (rule id and what it rests on; 'assessor:…' for the assessor's own). */
  findingKey: text(2000),
  /** The finding's title when the item was last written: what the item was about once the finding is gone. */
  findingTitle: text(300).default(''),
  /** The person or team who owns the fix ("Clinic office manager", "Parent IT – network team"). */
  owner: text(200).default(''),
  /** The agreed date, or '' to follow the default for the finding's severity (planTargetDate). */
  targetDate: isoDate.default(''),
  milestones: z.array(milestone).max(MAX_MILESTONES).default([]),
  status: planStatus.default('not-started'),
  costBand: costBand.default('unknown'),
  /** What was said about it: by the firm, the clinic, the vendor. Free text, left out of a redacted export. */
  comments: text(4000).default(''),
});
export type PlanItem = z.infer<typeof planItemData>;

/** One plan item per finding per assessment. */
export function planItemId(assessmentId: string, findingKey: string): Promise<string> {
  return derivedId('plan-item', assessmentId, findingKey);
}

/** Days from the assessment to the default target date, by severity. */
export const defaultTargetDays: Record<Severity, number> = {
  critical: 30,
  high: 90,
  medium: 180,
  low: 365,
  info: 365,
};

/** `YYYY-MM-DD` plus `days`, in UTC. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return '';
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The item's target date: the agreed one, else the default for the severity from the assessment's date. */
export function planTargetDate(
  item: Pick<PlanItem, 'targetDate'> | undefined,
  severity: Severity,
  assessmentDate: string,
): { date: string; isDefault: boolean } {
  if (item?.targetDate) return { date: item.targetDate, isDefault: false };
  return { date: addDays(assessmentDate, defaultTargetDays[severity]), isDefault: true };
}

/** What a new item holds before anyone edits it. */
export function newPlanItem(assessmentId: string, findingKey: string, findingTitle: string): PlanItem {
  return planItemData.parse({ assessmentId, findingKey, findingTitle });
}
