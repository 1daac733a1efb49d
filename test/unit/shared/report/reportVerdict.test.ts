import { describe, expect, it } from 'vitest';
import { createVersioned } from '../../../../shared/model/versionedRecord';
import { indicatorData } from '../../../../shared/model/indicator';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';

describe("the report's verdict", () => {
  it('puts the verdict in the summary and the chapter model: the indicator, its state, the checks and the conditions', async () => {
    const records = await sampleRecords('t', '2026-11-28');
    const assessment = records.assessment[0]!;
    const pc = records.asset.find((a) => a.data.name === 'EXAM-PC-1')!;
    records.indicator.push(
      createVersioned(
        crypto.randomUUID(),
        indicatorData.parse({
          assessmentId: assessment.id,
          kind: 'persistence',
          description: 'Scheduled task "Updater" runs a PowerShell download nightly',
          assetId: pc.id,
        }),
        { stamp: { wall: 1, counter: 1, device: 't' } as never, device: 't' },
      ),
    );
    const report = buildClinicReport(assessmentRecordsFrom(records, assessment.id)!, '2026-11-28');
    expect(report.verdict.label).toBe('No-go');
    expect(report.summary[1]).toBe('Integration verdict: No-go: do not connect — 1 sign of compromise not cleared.');
    expect(report.verdict.indicators).toEqual([
      {
        kind: 'Scheduled task or other persistence',
        machine: 'EXAM-PC-1',
        description: 'Scheduled task "Updater" runs a PowerShell download nightly',
        source: 'Assessor',
        state: 'Not yet explained',
      },
    ]);
    expect(report.verdict.checks.every((c) => c.done)).toBe(true);
    const patch = report.verdict.conditions.find((c) => c.text === 'Networked medical device the clinic cannot patch');
    expect(patch).toMatchObject({ owner: 'The device maker', severity: 'Critical' });
    expect(patch?.findingCount).toBeGreaterThan(1);
    expect(patch?.remediation).not.toMatch(/Ask \w+, in writing/);
  });
});
