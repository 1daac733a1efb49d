import { describe, expect, it } from 'vitest';
import { priorChoice } from '../../../../shared/compare/priorAssessment';
import type { Assessment } from '../../../../shared/model/assessment';
import { notYetReviewed } from '../../../../shared/model/assessmentIssue';

const CLINIC = '00000000-0000-4000-8000-00000000c001';
const assessment = (id: string, startDate: string, clinicId = CLINIC) => ({
  id,
  data: {
    clinicId,
    title: `Visit ${id}`,
    assessor: '',
    startDate,
    endDate: '',
    status: 'draft',
    ...notYetReviewed,
    phase: 'integration',
    checklistVersion: '1',
  } satisfies Assessment,
});

describe('the assessment to compare with', () => {
  it('is the one a revisit was carried from, even on the same day', () => {
    const current = assessment('c', '2026-11-20');
    const all = [assessment('a', '2026-11-20'), current, assessment('b', '2025-10-02')];
    expect(priorChoice(current, all, 'a').defaultId).toBe('a');
    expect(priorChoice(current, all, 'gone').defaultId).toBe('b');
  });

  it('is by default the latest of the same clinic that started earlier', () => {
    const current = assessment('c', '2026-11-20');
    const choice = priorChoice(current, [
      assessment('a', '2024-03-01'),
      current,
      assessment('b', '2025-10-02'),
      assessment('later', '2027-01-05'),
      assessment('other', '2026-01-01', '00000000-0000-4000-8000-00000000c002'),
    ]);
    expect(choice.defaultId).toBe('b');
    expect(choice.candidates.map((a) => a.id)).toEqual(['later', 'b', 'a']);
  });

  it('is none when no other assessment started earlier, though the others are offered', () => {
    const current = assessment('c', '2026-11-20');
    const choice = priorChoice(current, [current, assessment('same-day', '2026-11-20'), assessment('undated', '')]);
    expect(choice.defaultId).toBeUndefined();
    expect(choice.candidates.map((a) => a.id)).toEqual(['same-day', 'undated']);
  });

  it("is none for the clinic's only assessment", () => {
    const current = assessment('c', '2026-11-20');
    expect(priorChoice(current, [current])).toEqual({ candidates: [], defaultId: undefined });
  });
});
