import { describe, expect, it } from 'vitest';
import { findingData } from '../../../../shared/model/finding';
import { assessFindings } from '../../../../shared/rules/assessedFindings';
import {
  assessorFindingRecord,
  draftFields,
  draftOf,
  draftSeverity,
  emptyDraft,
  missingForSave,
  type AssessorFindingDraft,
} from '../../../../shared/rules/assessorFindingDraft';

const draft: AssessorFindingDraft = {
  title: '  Shared login on the front desk  ',
  area: 'governance',
  detail: 'Three receptionists use one Windows account.',
  likelihood: 3,
  impact: 4,
  rationale: 'Seen in use; nobody can tell who did what.',
  evidence: [crypto.randomUUID()],
  questions: ['profile.prior-incidents'],
  recommendation: 'One account per person.',
  ownerType: 'clinic',
};

describe("the assessor's finding before Save", () => {
  it('says plainly, in one sentence, what Save still needs', () => {
    expect(missingForSave(emptyDraft)).toBe(
      'To save the finding, give it a title, an area, a likelihood, an impact and the reason for the rating.',
    );
    expect(missingForSave({ ...draft, title: '   ', rationale: '' })).toBe(
      'To save the finding, give it a title and the reason for the rating.',
    );
    expect(missingForSave({ ...draft, impact: 0 })).toBe('To save the finding, give it an impact.');
    expect(missingForSave(draft)).toBeNull();
  });

  it('shows the severity only once likelihood and impact are both chosen, on the rules’ scale', () => {
    expect(draftSeverity({ likelihood: 3, impact: 0 })).toBeNull();
    expect(draftSeverity({ likelihood: 3, impact: 4 })).toBe('critical');
    expect(draftSeverity({ likelihood: 2, impact: 4 })).toBe('high');
    expect(draftSeverity({ likelihood: 2, impact: 2 })).toBe('medium');
    expect(draftSeverity({ likelihood: 1, impact: 2 })).toBe('low');
    expect(draftSeverity({ likelihood: 1, impact: 1 })).toBe('info');
  });

  it('is stored as a finding record of source and rule "assessor", keyed by its id, open, its severity from the score', () => {
    const id = crypto.randomUUID();
    const assessmentId = crypto.randomUUID();
    const record = assessorFindingRecord(assessmentId, id, draft);
    expect(findingData.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      assessmentId,
      source: 'assessor',
      ruleId: 'assessor',
      key: `assessor:${id}`,
      status: 'open',
      severity: 'critical',
      title: 'Shared login on the front desk',
      evidence: draft.evidence,
      questions: ['profile.prior-incidents'],
    });
    expect(draftOf(record)).toEqual({ ...draft, title: draft.title.trim() });

    // An edit writes the severity with the rating, so the stored record never disagrees with it.
    const edited = { ...record, ...draftFields({ ...draftOf(record), likelihood: 1 }) };
    expect(edited.severity).toBe('medium');
    const [assessed] = assessFindings([], [{ id, data: edited }], '2026-11-20');
    expect(assessed).toMatchObject({ source: 'assessor', key: `assessor:${id}`, severity: 'medium', status: 'open' });
    expect(assessed?.rationale).toBe('Seen in use; nobody can tell who did what. (likelihood 1 × impact 4)');
  });
});
