import { describe, expect, it } from 'vitest';
import { compareAssessments, type ComparableRecords } from '../../../../shared/compare/compareAssessments';
import { regressionSentence } from '../../../../shared/compare/regressions';
import type { DerivedFinding } from '../../../../shared/rules/ruleTypes';
import { editAsset, sampleAssessment } from '../../../support/comparableRecords';
import { decision, derived, resolution, withDecisions } from '../../../support/decisionRecords';
import { expectPlainSentence } from '../../../support/plainSentence';

const BEFORE = '2026-05-04';
const NOW = '2026-11-20';

const found = (records: ComparableRecords, ruleId: string, detail: RegExp) => derived(records, ruleId, detail, NOW);
const resolvedOn = (records: ComparableRecords, finding: DerivedFinding) =>
  withDecisions(records, decision(records, finding, resolution(BEFORE)));

describe('regressions on the next visit', () => {
  it('finds a finding resolved on the prior visit whose facts are back, though it no longer fired then', () => {
    const sample = sampleAssessment(BEFORE);
    const finding = found(sample, 'os.unsupported', /^EXAM-PC-1 /);
    // The prior visit recorded the upgrade, so its own rules no longer raise the finding.
    const prior = resolvedOn(editAsset(sample, 'EXAM-PC-1', { osVersion: 'Windows 11 Pro 25H2' }), finding);
    const current = sampleAssessment(NOW); // fresh ids; EXAM-PC-1 runs Windows 7 again
    const c = compareAssessments(prior, current, NOW);
    expect(c.findings.regressions).toHaveLength(1);
    const [regression] = c.findings.regressions;
    const now = found(current, 'os.unsupported', /^EXAM-PC-1 /);
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
    const prior = resolvedOn(sample, found(sample, 'os.unsupported', /^EXAM-PC-1 /));
    const current = editAsset(sampleAssessment(NOW), 'EXAM-PC-1', { osVersion: 'Windows 11 Pro 25H2' });
    const c = compareAssessments(prior, current, NOW);
    expect(c.findings.regressions).toEqual([]);
    expect(c.summary[1]).not.toMatch(/regression/);
  });

  it('matches a finding that rests on answers by its key, and ignores decisions other than resolved', () => {
    const sample = sampleAssessment(BEFORE);
    const backups = found(sample, 'governance.backups', /./);
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
