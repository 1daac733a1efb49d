import { describe, expect, it } from 'vitest';
import { compareAssessments, type ComparableRecords } from '../../../../shared/compare/compareAssessments';
import { assessorFindingRecord } from '../../../../shared/rules/assessorFindingDraft';
import { sampleAssessment } from '../../../support/comparableRecords';

const PRIOR = '2025-11-20';
const NOW = '2026-11-20';

/** The records with an assessor's finding about the asset of that name. */
function withFinding(records: ComparableRecords, title: string, asset: string): ComparableRecords {
  const evidence = records.assets.filter((a) => a.data.name === asset).map((a) => a.id);
  const id = crypto.randomUUID();
  const data = assessorFindingRecord(records.assessment.id, id, {
    title,
    area: 'governance',
    detail: '',
    likelihood: 3,
    impact: 3,
    rationale: 'Seen on the day.',
    evidence,
    questions: [],
    recommendation: '',
    ownerType: 'clinic',
  });
  return { ...records, decisions: [...records.decisions, { id, data }] };
}

describe("the assessor's finding across visits", () => {
  it('persists when both visits have it (same title and evidence), is resolved when gone, new when added', () => {
    const clinicId = crypto.randomUUID();
    let prior = sampleAssessment(PRIOR, clinicId);
    prior = withFinding(prior, 'Shared login on the front desk', 'FRONTDESK-01');
    prior = withFinding(prior, 'Server room door propped open', 'PM-SRV');
    let current = sampleAssessment(NOW, clinicId);
    current = withFinding(current, 'shared login on the front desk ', 'FRONTDESK-01');
    current = withFinding(current, 'Ultrasound left logged in', 'ULTRASOUND-1');
    const c = compareAssessments(prior, current, NOW);

    const mine = (list: { source: string; title: string }[]) =>
      list.filter((f) => f.source === 'assessor').map((f) => f.title);
    expect(c.findings.persisting.filter((p) => p.after.source === 'assessor')).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ title: 'Shared login on the front desk', ruleId: 'assessor' }),
        after: expect.objectContaining({ title: 'shared login on the front desk', severity: 'high' }),
        matchedOn: 'same-evidence',
        severityChange: 'unchanged',
      }),
    ]);
    expect(mine(c.findings.resolved)).toEqual(['Server room door propped open']);
    expect(mine(c.findings.new)).toEqual(['Ultrasound left logged in']);
    // The rules' findings are untouched by the assessor's own.
    expect(c.findings.new.every((f) => f.source === 'assessor')).toBe(true);
    expect(c.findings.resolved.every((f) => f.source === 'assessor')).toBe(true);
  });
});
