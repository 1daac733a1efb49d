/**
 * What makes a decision on a finding accountable. Accepting a risk needs the person
 * responsible, the reason and the date it is accepted until, at most 12 months ahead;
 * resolving needs who fixed it and the retest: what was checked, when and by whom.
 * An acceptance holds until its date, and never longer than 12 months after it was made.
 */
import type { Finding } from '../model/finding';

export const MAX_ACCEPTANCE_MONTHS = 12;

const pad = (n: number) => String(n).padStart(2, '0');
const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** The same day `months` later (the month's last day when it has no such day), YYYY-MM-DD. */
export function monthsAfter(iso: string, months: number): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const index = month - 1 + months;
  const y = year + Math.floor(index / 12);
  const m = ((index % 12) + 12) % 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${y}-${pad(m + 1)}-${pad(Math.min(day, last))}`;
}

/** The last day an acceptance made on `today` may run to. */
export const latestAcceptance = (today: string) => monthsAfter(today, MAX_ACCEPTANCE_MONTHS);

export type AcceptanceDraft = Pick<Finding, 'owner' | 'statusNote' | 'acceptedUntil'>;
export type ResolutionDraft = Pick<Finding, 'ownerType' | 'retestCheck' | 'retestDate' | 'retestBy'>;

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const missing = (pairs: readonly [string, string][]) => pairs.filter(([value]) => !value.trim()).map(([, n]) => n);

/** Why the risk cannot be accepted yet, in one sentence; null when the acceptance is complete. */
export function acceptanceProblem(draft: AcceptanceDraft, today: string, decidedBy: string): string | null {
  const absent = missing([
    [draft.owner, 'the person responsible'],
    [draft.statusNote, 'the reason'],
    [draft.acceptedUntil, 'the date it is accepted until'],
    [decidedBy, 'your name'],
  ]);
  if (absent.length) return `To accept the risk, give ${listed(absent)}.`;
  if (!isDate(draft.acceptedUntil)) return 'The accepted-until date is not a date.';
  if (draft.acceptedUntil < today) return 'The accepted-until date is in the past: an acceptance runs from today.';
  const latest = latestAcceptance(today);
  if (draft.acceptedUntil > latest)
    return `A risk is accepted for at most ${MAX_ACCEPTANCE_MONTHS} months: choose a date no later than ${latest}.`;
  return null;
}

/** Why the finding cannot be marked resolved yet, in one sentence; null when the resolution is complete. */
export function resolutionProblem(draft: ResolutionDraft, today: string, decidedBy: string): string | null {
  const absent = missing([
    [draft.ownerType, 'who fixed it'],
    [draft.retestCheck, 'what the retest checked'],
    [draft.retestDate, 'when it was retested'],
    [draft.retestBy, 'who retested it'],
    [decidedBy, 'your name'],
  ]);
  if (absent.length) return `To mark it resolved, give ${listed(absent)}.`;
  if (!isDate(draft.retestDate)) return 'The retest date is not a date.';
  if (draft.retestDate > today) return 'The retest date is in the future: record a retest that was done.';
  return null;
}

/** The day an acceptance ends: its date, cut to 12 months after it was made; '' when it has none. */
export function acceptanceExpiry(decision: Pick<Finding, 'acceptedUntil'> & Partial<Pick<Finding, 'decidedAt'>>) {
  const until = decision.acceptedUntil;
  if (!until) return '';
  const latest = decision.decidedAt ? latestAcceptance(decision.decidedAt) : until;
  return until < latest ? until : latest;
}

type StoredAcceptance = Pick<Finding, 'status' | 'acceptedUntil'> & Partial<Pick<Finding, 'decidedAt'>>;

/** Why an acceptance that lapsed no longer holds, in one sentence. */
export function lapseReason(decision: StoredAcceptance): string {
  const expiry = acceptanceExpiry(decision);
  return expiry
    ? `The acceptance ran until ${expiry}, so the finding is open again.`
    : 'Acceptance has no expiry, so the finding is open again until the risk is accepted with a date.';
}

/** Whether a stored acceptance has lapsed on `onDate`: past its date, or without one. */
export function lapsedAcceptance(decision: StoredAcceptance, onDate: string): boolean {
  if (decision.status !== 'accepted') return false;
  const expiry = acceptanceExpiry(decision);
  return !expiry || expiry < onDate;
}
