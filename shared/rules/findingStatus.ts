/**
 * What an assessor decided about a derived finding: still open, risk accepted (with a
 * reason and an expiry), or resolved. An acceptance past its expiry counts as open.
 */
import type { Finding } from '../model/finding';
import { derivedId } from '../model/derivedId';
import { findingStatusLabels } from '../model/finding';

export type EffectiveStatus = 'open' | 'accepted' | 'resolved' | 'acceptance-expired';
/** The decision's labels, and the one an acceptance past its date shows. */
export const effectiveStatusLabels: Record<EffectiveStatus, string> = {
  ...findingStatusLabels,
  'acceptance-expired': 'Acceptance expired',
};

export function findingId(assessmentId: string, key: string): Promise<string> {
  return derivedId('finding', assessmentId, key);
}

export function effectiveStatus(
  decision: Pick<Finding, 'status' | 'acceptedUntil'> | undefined,
  onDate: string,
): EffectiveStatus {
  if (!decision || decision.status === 'open') return 'open';
  if (decision.status === 'accepted' && decision.acceptedUntil && decision.acceptedUntil < onDate)
    return 'acceptance-expired';
  return decision.status;
}
