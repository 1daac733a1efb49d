/**
 * The compromise check before connecting: signs that the clinic may already be
 * compromised — a remote-access tool nobody explains, an admin account nobody expects,
 * persistence (scheduled tasks, services, run keys), outbound connections nobody can
 * account for. An open or confirmed indicator blocks the integration verdict until it
 * is cleared, with who cleared it, when and why.
 */
import { z } from 'zod';
import { isoDate, recordId, text } from './fields';

export const indicatorKind = z.enum(['remote-tool', 'admin-account', 'persistence', 'outbound', 'other']);
export type IndicatorKind = z.infer<typeof indicatorKind>;
export const indicatorKindLabels: Record<IndicatorKind, string> = {
  'remote-tool': 'Unknown remote-access tool',
  'admin-account': 'Unexpected admin account',
  persistence: 'Scheduled task or other persistence',
  outbound: 'Unexplained outbound connection',
  other: 'Other sign of compromise',
};

/** Open: not yet explained. Cleared: explained and benign. Confirmed: a compromise (an incident). */
export const indicatorStatus = z.enum(['open', 'cleared', 'confirmed']);
export type IndicatorStatus = z.infer<typeof indicatorStatus>;
export const indicatorStatusLabels: Record<IndicatorStatus, string> = {
  open: 'Not yet explained',
  cleared: 'Cleared',
  confirmed: 'Confirmed compromise',
};

/** Where it came from: the assessor's own check, or a scan's remote-access service. */
export const indicatorSource = z.enum(['assessor', 'scan']);

export const indicatorData = z.object({
  assessmentId: recordId,
  kind: indicatorKind,
  /** What was seen, with the specifics: the tool and port, the account's name, the task. */
  description: text(1000),
  /** The machine it was seen on, if any. */
  assetId: z.union([z.literal(''), recordId]).default(''),
  source: indicatorSource.default('assessor'),
  /** For a scan's: what it was raised from (asset and service), so it is raised once. */
  sourceKey: text(300).default(''),
  status: indicatorStatus.default('open'),
  /** Who cleared it, when, and why it is benign. */
  clearedBy: text(200).default(''),
  clearedAt: isoDate.default(''),
  clearance: text(2000).default(''),
  notes: text(2000).default(''),
});
export type Indicator = z.infer<typeof indicatorData>;

/** An indicator that blocks connecting: not explained, or a confirmed compromise. */
export const blocksConnecting = (indicator: Indicator) => indicator.status !== 'cleared';
