/**
 * The assessor's own finding as the form holds it before Save: what it needs to be
 * saved, the severity its rating gives, and the record it is stored as (source
 * 'assessor', rule id 'assessor', key 'assessor:<its id>', severity from the score).
 */
import { ASSESSOR_RULE_ID, newFinding, type Area, type Finding, type Owner } from '../model/finding';
import { assessorFindingKey } from './assessedFindings';
import { scoreSeverity, type Severity } from './severity';

export interface AssessorFindingDraft {
  title: string;
  area: Area | '';
  detail: string;
  /** 1 (rare) to 4 (almost certain); 0 while not rated. Likewise impact, 1 (minor) to 4 (severe). */
  likelihood: number;
  impact: number;
  rationale: string;
  /** Ids of the assessment's records the finding rests on. */
  evidence: string[];
  /** Question ids whose answers it rests on. */
  questions: string[];
  recommendation: string;
  ownerType: Owner | '';
}

export const emptyDraft: AssessorFindingDraft = {
  title: '',
  area: '',
  detail: '',
  likelihood: 0,
  impact: 0,
  rationale: '',
  evidence: [],
  questions: [],
  recommendation: '',
  ownerType: 'clinic',
};

/** The form's starting point: a stored finding's fields, or an empty draft. */
export function draftOf(record: Finding | undefined): AssessorFindingDraft {
  if (!record) return emptyDraft;
  const { title, area, detail, likelihood, impact, rationale, evidence, questions, recommendation, ownerType } = record;
  return { title, area, detail, likelihood, impact, rationale, evidence, questions, recommendation, ownerType };
}

const rated = (n: number) => n >= 1 && n <= 4;

/** The severity the rating gives, or null while likelihood or impact is not chosen. */
export function draftSeverity(draft: Pick<AssessorFindingDraft, 'likelihood' | 'impact'>): Severity | null {
  return rated(draft.likelihood) && rated(draft.impact) ? scoreSeverity(draft, []).severity : null;
}

const listed = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

/** What Save still needs, in one sentence, or null when the draft can be saved. */
export function missingForSave(draft: AssessorFindingDraft): string | null {
  const missing = [
    draft.title.trim() ? '' : 'a title',
    draft.area ? '' : 'an area',
    rated(draft.likelihood) ? '' : 'a likelihood',
    rated(draft.impact) ? '' : 'an impact',
    draft.rationale.trim() ? '' : 'the reason for the rating',
  ].filter(Boolean);
  return missing.length ? `To save the finding, give it ${listed(missing)}.` : null;
}

/** The stored fields of a saved draft: an edit writes these, so the severity follows the rating. */
export function draftFields(draft: AssessorFindingDraft): Pick<Finding, keyof AssessorFindingDraft | 'severity'> {
  return {
    ...draft,
    title: draft.title.trim(),
    rationale: draft.rationale.trim(),
    severity: draftSeverity(draft) ?? 'info',
  };
}

/** The record a new assessor's finding is stored as, under the id it is created with. */
export function assessorFindingRecord(assessmentId: string, id: string, draft: AssessorFindingDraft): Finding {
  return newFinding({
    assessmentId,
    ruleId: ASSESSOR_RULE_ID,
    key: assessorFindingKey(id),
    source: 'assessor',
    status: 'open',
    statusNote: '',
    ...draftFields(draft),
  });
}
