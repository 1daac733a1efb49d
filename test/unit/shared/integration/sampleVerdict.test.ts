import { describe, expect, it } from 'vitest';
import { integrationVerdict } from '../../../../shared/integration/verdict';
import { assessRecords } from '../../../../shared/rules/assessRecords';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';

describe("the sample clinic's verdict", () => {
  it('is conditional on its must-fix findings, with the compromise check recorded as done', async () => {
    const bundle = await sampleRecords('test', '2026-11-28');
    const records = assessmentRecordsFrom(bundle, bundle.assessment[0]!.id);
    if (!records) throw new Error('no sample assessment');
    const { findings, context } = assessRecords(records, '2026-11-28');
    const v = integrationVerdict(findings, context);
    expect(v.conditions.map((c) => c.text)).toContain('Networked medical device the clinic cannot patch');
    expect(new Set(v.conditions.map((c) => c.text)).size).toBe(v.conditions.length);
    expect(v.conditions.length).toBeLessThan(25);
    expect(v.verdict).toBe('conditional');
    expect(v.blockers).toEqual([]);
    expect(v.checksNotDone).toEqual([]);
  });
});
