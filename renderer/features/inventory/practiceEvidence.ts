/**
 * Saving HICP practice evidence: one record per practice, its id derived from the
 * assessment and the practice, so the ten never duplicate and merge like answers.
 */
import { practiceId, type HicpPractice, type Practice } from '../../../shared/model/practice';
import type { Repositories } from '../../db/repository';

export type PracticeEdit = Partial<Pick<Practice, 'state' | 'since' | 'notes'>>;

/** Why the edit cannot be saved, in one sentence; undefined when it can. */
export function practiceEditProblem(edit: PracticeEdit, today: string): string | undefined {
  if (edit.since === undefined || edit.since === '') return undefined;
  const day = new Date(`${edit.since}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(edit.since) ||
    Number.isNaN(day.getTime()) ||
    day.toISOString().slice(0, 10) !== edit.since
  )
    return 'Type the date it was put in place as a full date, such as 2024-03-01.';
  if (edit.since > today) return 'The date it was put in place cannot be after today.';
  return undefined;
}

/** Saves the edit of one practice; returns the problem instead, saving nothing, when the edit is not valid. */
export async function savePractice(
  repos: Repositories,
  assessmentId: string,
  practice: HicpPractice,
  edit: PracticeEdit,
  today: string,
): Promise<string | undefined> {
  const problem = practiceEditProblem(edit, today);
  if (problem) return problem;
  const data: Practice = { assessmentId, practice, state: 'unknown', since: '', notes: '', ...edit };
  await repos.practice.upsert(await practiceId(assessmentId, practice), data, edit);
  return undefined;
}
