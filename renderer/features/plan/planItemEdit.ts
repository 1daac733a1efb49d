/**
 * Editing one finding's plan item, as a use case: the draft the form holds (nothing is
 * written while it is edited), its milestones added, removed and ticked, what stops a
 * save, and the save itself: one plan item record under the finding's derived id,
 * created when the finding had none, with the finding's title kept beside it.
 */
import { MAX_MILESTONES, newPlanItem, planItemId, type Milestone, type PlanItem } from '../../../shared/model/planItem';
import type { Repositories } from '../../db/repository';

/** The fields the assessor edits. */
export type PlanDraft = Pick<PlanItem, 'owner' | 'targetDate' | 'milestones' | 'status' | 'costBand' | 'comments'>;

/** The finding a plan item is about. */
export interface PlannedFinding {
  key: string;
  title: string;
}

/** The draft of a stored item, or of a new one (no owner, the default date, not started). */
export function draftOf(item: PlanDraft | undefined): PlanDraft {
  const from = item ?? {
    owner: '',
    targetDate: '',
    milestones: [],
    status: 'not-started',
    costBand: 'unknown',
    comments: '',
  };
  return {
    owner: from.owner,
    targetDate: from.targetDate,
    milestones: from.milestones.map((m) => ({ ...m })),
    status: from.status,
    costBand: from.costBand,
    comments: from.comments,
  };
}

export function addMilestone(draft: PlanDraft): PlanDraft {
  if (draft.milestones.length >= MAX_MILESTONES) return draft;
  return { ...draft, milestones: [...draft.milestones, { text: '', due: '', done: false }] };
}

export function removeMilestone(draft: PlanDraft, index: number): PlanDraft {
  return { ...draft, milestones: draft.milestones.filter((_, i) => i !== index) };
}

export function changeMilestone(draft: PlanDraft, index: number, patch: Partial<Milestone>): PlanDraft {
  return { ...draft, milestones: draft.milestones.map((m, i) => (i === index ? { ...m, ...patch } : m)) };
}

/** Why the draft cannot be saved, in one sentence, or '' when it can. */
export function saveProblem(draft: PlanDraft): string {
  const blank = draft.milestones.findIndex((m) => !m.text.trim());
  if (blank >= 0) return `Milestone ${blank + 1} has no description: describe the step or remove it.`;
  return '';
}

/** Writes the draft as the finding's plan item (created when it had none); returns its id. Throws a sentence. */
export async function savePlanItem(
  repos: Pick<Repositories, 'planItem'>,
  assessmentId: string,
  finding: PlannedFinding,
  draft: PlanDraft,
): Promise<string> {
  const problem = saveProblem(draft);
  if (problem) throw new Error(problem);
  const fields: PlanDraft & Pick<PlanItem, 'findingTitle'> = {
    ...draft,
    owner: draft.owner.trim(),
    comments: draft.comments.trim(),
    milestones: draft.milestones.map((m) => ({ ...m, text: m.text.trim() })),
    findingTitle: finding.title,
  };
  const id = await planItemId(assessmentId, finding.key);
  await repos.planItem.upsert(id, { ...newPlanItem(assessmentId, finding.key, finding.title), ...fields }, fields);
  return id;
}
