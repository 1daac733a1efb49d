/**
 * What an assessor decided about a finding: still open, risk accepted (with a reason and
 * an expiry), resolved, or — by an override of the rule's rating — not applicable here.
 * An acceptance past its expiry counts as open.
 */
import type { Finding } from '../model/finding';
import { derivedId } from '../model/derivedId';
import { findingStatusLabels } from '../model/finding';
import { lapsedAcceptance } from './decisionRules';

export type EffectiveStatus = 'open' | 'accepted' | 'resolved' | 'acceptance-expired' | 'not-applicable';
/** The decision's labels, and the ones an acceptance past its date and an override show. */
export const effectiveStatusLabels: Record<EffectiveStatus, string> = {
  ...findingStatusLabels,
  'acceptance-expired': 'Acceptance expired',
  'not-applicable': 'Not applicable',
};

export function findingId(assessmentId: string, key: string): Promise<string> {
  return derivedId('finding', assessmentId, key);
}

/**
 * An acceptance past its date, or with no date at all (older records), counts as open:
 * 'acceptance-expired'. One made with a date further than 12 months ahead ends 12 months
 * after it was made.
 */
export function effectiveStatus(
  decision: (Pick<Finding, 'status' | 'acceptedUntil'> & Partial<Pick<Finding, 'decidedAt'>>) | undefined,
  onDate: string,
): EffectiveStatus {
  if (!decision || decision.status === 'open') return 'open';
  if (lapsedAcceptance(decision, onDate)) return 'acceptance-expired';
  return decision.status;
}

/** Findings that still need action: open, or accepted past the acceptance's expiry. */
export const needsAction = (status: EffectiveStatus) => status === 'open' || status === 'acceptance-expired';
