import { describe, expect, it } from 'vitest';
import { compareAssessments, type ComparableRecords } from '../../../../shared/compare/compareAssessments';
import { regressionSentence } from '../../../../shared/compare/regressions';
import { newFinding } from '../../../../shared/model/finding';
import { osSupport } from '../../../../shared/reference/osLifecycle';
import { factsOf } from '../../../../shared/rules/assessmentFacts';
import { buildContext } from '../../../../shared/rules/context';
import { evaluateRules } from '../../../../shared/rules/engine';
import { editAsset, sampleAssessment } from '../../../support/comparableRecords';
import { expectPlainSentence } from '../../../support/plainSentence';

const BEFORE = '2026-05-04';
const NOW = '2026-11-20';

function derived(records: ComparableRecords, ruleId: string, detail: RegExp) {
  const found = evaluateRules(buildContext(factsOf(records, NOW), osSupport)).find(
    (f) => f.ruleId === ruleId && detail.test(f.detail),
  );
  if (!found) throw new Error(`the sample has no ${ruleId} finding like ${detail}`);
  return found;
}

/** The prior visit with a finding recorded as resolved, retest and all. */
function resolvedOn(records: ComparableRecords, finding: ReturnType<typeof derived>): ComparableRecords {
  const decision = newFinding({
    assessmentId: records.assessment.id,
    ruleId: finding.ruleId,
    key: finding.key,
    title: finding.title,
    severity: finding.severity,
    status: 'resolved',
    evidence: finding.records,
    recommendation: finding.remediation,
    statusNote: '',
    ownerType: 'msp',
    decidedBy: 'Ann Assessor',
    decidedAt: BEFORE,
    retestCheck: 'Windows 11 reported by winver',
    retestDate: BEFORE,
    retestBy: 'Jo Tech',
  });
  return { ...records, decisions: [{ id: crypto.randomUUID(), data: decision }] };
}

describe('regressions on the next visit', () => {
  it('finds a finding resolved on the prior visit whose facts are back, though it no longer fired then', () => {
    const sample = sampleAssessment(BEFORE);
    const finding = derived(sample, 'os.unsupported', /^EXAM-PC-1 /);
    // The prior visit recorded the upgrade, so its own rules no longer raise the finding.
    const prior = resolvedOn(editAsset(sample, 'EXAM-PC-1', { osVersion: 'Windows 11 Pro 25H2' }), finding);
    const current = sampleAssessment(NOW); // fresh ids; EXAM-PC-1 runs Windows 7 again
    const c = compareAssessments(prior, current, NOW);
    expect(c.findings.regressions).toHaveLength(1);
    const [regression] = c.findings.regressions;
    const now = derived(current, 'os.unsupported', /^EXAM-PC-1 /);
    expect(regression).toMatchObject({
      key: now.key,
      ruleId: 'os.unsupported',
      resolvedOn: BEFORE,
      resolvedBy: 'Ann Assessor',
      fixedBy: "The clinic's MSP",
      retest: { check: 'Windows 11 reported by winver', date: BEFORE, by: 'Jo Tech' },
    });
    expect(c.findings.new.map((f) => f.key)).toContain(now.key);
    expect(c.summary[1]).toMatch(/; 1 regression, resolved then and found again\.$/);
    const sentence = regressionSentence(regression!);
    expect(sentence).toBe(
      "Regression — resolved on the last visit (2026-05-04, fixed by the clinic's MSP; retest: Windows 11 reported by winver on 2026-05-04 by Jo Tech), found again now.",
    );
    expectPlainSentence(sentence);
  });

  it('finds none when the next visit no longer has the facts', () => {
    const sample = sampleAssessment(BEFORE);
    const prior = resolvedOn(sample, derived(sample, 'os.unsupported', /^EXAM-PC-1 /));
    const current = editAsset(sampleAssessment(NOW), 'EXAM-PC-1', { osVersion: 'Windows 11 Pro 25H2' });
    const c = compareAssessments(prior, current, NOW);
    expect(c.findings.regressions).toEqual([]);
    expect(c.summary[1]).not.toMatch(/regression/);
  });

  it('matches a finding that rests on answers by its key, and ignores decisions other than resolved', () => {
    const sample = sampleAssessment(BEFORE);
    const backups = derived(sample, 'governance.backups', /./);
    expect(backups.records).toEqual([]);
    const prior = resolvedOn(sample, backups);
    const c = compareAssessments(prior, sampleAssessment(NOW), NOW);
    expect(c.findings.regressions.map((r) => r.ruleId)).toEqual(['governance.backups']);

    const accepted = {
      ...prior,
      decisions: prior.decisions.map((d) => ({ ...d, data: { ...d.data, status: 'accepted' as const } })),
    };
    expect(compareAssessments(accepted, sampleAssessment(NOW), NOW).findings.regressions).toEqual([]);
  });
});
