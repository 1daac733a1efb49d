/**
 * Clearing a compromise indicator: who cleared it, on which day, and why it is benign —
 * a reason someone else can check later, not "ok".
 */
import type { Indicator } from '../model/indicator';

export interface ClearanceDraft {
  clearedBy: string;
  clearedAt: string;
  clearance: string;
}

const empty = /^(ok|okay|fine|benign|cleared|n\/?a|none|nothing|checked|done|no issue|all good)\.?$/i;

/** What stops the clearance, in one sentence; null when it can be saved. */
export function clearanceProblem(draft: ClearanceDraft, today: string): string | null {
  if (!draft.clearedBy.trim()) return 'Say who cleared it.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.clearedAt)) return 'Give the day it was cleared.';
  if (draft.clearedAt > today) return 'The day it was cleared cannot be in the future.';
  const why = draft.clearance.trim();
  if (empty.test(why) || why.split(/\s+/).length < 4)
    return 'Say why it is benign, so someone can check it later: who uses it and how that was confirmed.';
  return null;
}

/** The indicator cleared, with who, when and why. */
export const cleared = (draft: ClearanceDraft): Partial<Indicator> => ({
  status: 'cleared',
  clearedBy: draft.clearedBy.trim(),
  clearedAt: draft.clearedAt,
  clearance: draft.clearance.trim(),
});

/** The state of an indicator, in words: "Cleared by Sam Lee on 2026-11-28: …". */
export function indicatorStateText(indicator: Indicator): string {
  if (indicator.status === 'cleared')
    return `Cleared by ${indicator.clearedBy || 'someone not recorded'} on ${indicator.clearedAt || 'a day not recorded'}: ${indicator.clearance}`;
  if (indicator.status === 'confirmed') return 'Confirmed compromise: handle as an incident';
  return 'Not yet explained';
}
