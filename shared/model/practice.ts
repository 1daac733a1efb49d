/**
 * HICP practice evidence: for each of the ten practices of HHS 405(d) "Health Industry
 * Cybersecurity Practices" (2023 edition), whether the clinic has it in place and since
 * when. Recognised security practices in place for the previous 12 months are a
 * mitigating factor in HIPAA enforcement (Public Law 116-321), so the date matters as much
 * as the answer. One record per practice per assessment (its id derived from both).
 */
import { z } from 'zod';
import { isoDate, recordId, text } from './fields';
import { derivedId } from './derivedId';

export const hicpPractice = z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
export type HicpPractice = z.infer<typeof hicpPractice>;
/** The practices' names as HICP 2023 gives them. */
export const hicpPracticeLabels: Record<HicpPractice, string> = {
  '1': 'Email protection systems',
  '2': 'Endpoint protection systems',
  '3': 'Access management',
  '4': 'Data protection and loss prevention',
  '5': 'IT asset management',
  '6': 'Network management',
  '7': 'Vulnerability management',
  '8': 'Security operations center and incident response',
  '9': 'Network connected medical devices',
  '10': 'Cybersecurity oversight and governance',
};
export const hicpPractices = hicpPractice.options;

export const practiceState = z.enum(['in-place', 'partial', 'not-in-place', 'unknown']);
export type PracticeState = z.infer<typeof practiceState>;
export const practiceStateLabels: Record<PracticeState, string> = {
  'in-place': 'In place',
  partial: 'Partly in place',
  'not-in-place': 'Not in place',
  unknown: 'Not known',
};

export const practiceData = z.object({
  assessmentId: recordId,
  practice: hicpPractice,
  state: practiceState.default('unknown'),
  /** Since when it has been in place (the first day it was), or '' when not known. */
  since: isoDate.default(''),
  /** What shows it: a policy's date, a console, a contract. The assessor's words; left out of a redacted export. */
  notes: text(2000).default(''),
});
export type Practice = z.infer<typeof practiceData>;

export function practiceId(assessmentId: string, practice: HicpPractice): Promise<string> {
  return derivedId('hicp-practice', assessmentId, practice);
}

/**
 * In place for the 12 months before `onDate` (the recognised-practices test): in place,
 * with a known start at least a year earlier.
 */
export function inPlaceTwelveMonths(record: Pick<Practice, 'state' | 'since'> | undefined, onDate: string): boolean {
  if (!record || record.state !== 'in-place' || !record.since) return false;
  const yearBefore = new Date(`${onDate}T00:00:00Z`);
  if (Number.isNaN(yearBefore.getTime())) return false;
  yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
  return record.since <= yearBefore.toISOString().slice(0, 10);
}
