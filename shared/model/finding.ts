import { z } from 'zod';
import { isoDate, recordId, text } from './fields';

export const severity = z.enum(['critical', 'high', 'medium', 'low', 'info']);
export const findingStatus = z.enum(['open', 'accepted', 'resolved']);
export const severityLabels: Record<z.infer<typeof severity>, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
};
export const findingStatusLabels: Record<z.infer<typeof findingStatus>, string> = {
  open: 'Open',
  accepted: 'Risk accepted',
  resolved: 'Resolved',
};

export const findingData = z.object({
  assessmentId: recordId,
  ruleId: z.string().min(1).max(100),
  /** The derived finding this decision is about: rule id and the records or questions it rests on. */
  key: z.string().max(4000).default(''),
  title: text(300),
  severity,
  status: findingStatus,
  /** Ids of the records (assets, networks, answers...) the finding rests on. */
  evidence: z.array(recordId).max(1000),
  recommendation: text(4000),
  /** Why it was accepted or how it was resolved. */
  statusNote: text(2000),
  /** An accepted risk is accepted until this date, then open again. */
  acceptedUntil: isoDate.default(''),
  /** Who owns the remediation or the compensating control, and when it is reviewed. */
  owner: text(200).default(''),
  reviewDate: isoDate.default(''),
});
export type Finding = z.infer<typeof findingData>;
