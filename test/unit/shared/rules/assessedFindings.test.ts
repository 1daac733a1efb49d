import { describe, expect, it } from 'vitest';
import { newFinding } from '../../../../shared/model/finding';
import { assessFindings, assessorFindingKey } from '../../../../shared/rules/assessedFindings';
import { findingFacts } from '../../../../shared/rules/findingFacts';
import type { DerivedFinding } from '../../../../shared/rules/ruleTypes';

const assessmentId = crypto.randomUUID();
const asset = crypto.randomUUID();
const derived: DerivedFinding = {
  key: `os.unsupported:${asset}`,
  ruleId: 'os.unsupported',
  area: 'endpoints',
  title: 'Operating system past end of support',
  detail: 'RECEPTION-PC runs Windows 7.',
  severity: 'high',
  likelihood: 3,
  impact: 3,
  rationale: 'unsupported OS (likelihood 3 × impact 3)',
  records: [asset],
  questions: [],
  remediation: 'Upgrade or isolate.',
  owner: 'clinic',
  paths: [],
};
const record = (data: Parameters<typeof newFinding>[0]) => ({ id: crypto.randomUUID(), data: newFinding(data) });
const base = {
  assessmentId,
  ruleId: derived.ruleId,
  key: derived.key,
  title: derived.title,
  severity: derived.severity,
  status: 'open' as const,
  evidence: [asset],
  recommendation: '',
  statusNote: '',
};

describe('assessFindings', () => {
  it('applies an override made on the same facts and keeps the rule rating beside it', () => {
    const override = record({
      ...base,
      override: 'severity',
      overrideSeverity: 'low',
      overrideReason: 'Kiosk with no network cable; used offline for label printing.',
      overrideBy: 'A. Assessor',
      overrideAt: '2026-11-30T10:00:00Z',
      overrideBasis: findingFacts(derived),
    });
    const [f] = assessFindings([derived], [override], '2026-11-30');
    expect(f).toMatchObject({ severity: 'low', ruleSeverity: 'high', status: 'open', source: 'rule' });
    expect(f?.override).toMatchObject({ kind: 'severity', severity: 'low', needsReview: false });
  });

  it('flags the override for review, and lets the rule rating stand, once the facts change', () => {
    const override = record({
      ...base,
      override: 'not-applicable',
      overrideReason: 'Decommissioned next week.',
      overrideBasis: findingFacts(derived),
    });
    const changed = { ...derived, detail: 'RECEPTION-PC runs Windows 7 and holds the EMR.', impact: 4 };
    const [f] = assessFindings([changed], [override], '2026-11-30');
    expect(f).toMatchObject({ severity: 'high', status: 'open' });
    expect(f?.override).toMatchObject({ kind: 'not-applicable', needsReview: true });
    const [same] = assessFindings([derived], [override], '2026-11-30');
    expect(same?.status).toBe('not-applicable');
  });

  it("lists the assessor's own finding, scored on the same scale, with its reason", () => {
    const own = record({
      ...base,
      ruleId: 'assessor',
      key: '',
      source: 'assessor',
      title: 'Patient list printed and left at reception',
      area: 'governance',
      detail: 'A printed schedule with names and dates of birth lay on the counter.',
      likelihood: 4,
      impact: 3,
      rationale: 'Seen twice during the visit',
      evidence: [],
      ownerType: 'clinic',
    });
    const [first, second] = assessFindings([derived], [own], '2026-11-30');
    expect(first).toMatchObject({
      key: assessorFindingKey(own.id),
      source: 'assessor',
      severity: 'critical',
      rationale: 'Seen twice during the visit (likelihood 4 × impact 3)',
    });
    expect(second?.key).toBe(derived.key);
  });
});
