import { describe, expect, it } from 'vitest';
import { recordNames } from '../../../../shared/model/assessmentRecords';
import { indicatorData } from '../../../../shared/model/indicator';
import { assessRecords } from '../../../../shared/rules/assessRecords';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';

describe('a compromise indicator as evidence', () => {
  it("is named by its kind and what was seen, so its finding's evidence reads as more than 'a record'", async () => {
    const bundle = await sampleRecords('test', '2026-11-28');
    const records = assessmentRecordsFrom(bundle, bundle.assessment[0]!.id)!;
    const indicator = {
      id: crypto.randomUUID(),
      data: indicatorData.parse({
        assessmentId: records.assessment.id,
        kind: 'remote-tool',
        description: 'AnyDesk running as a service on the front desk PC; nobody at the clinic installed it',
      }),
    };
    const withIndicator = { ...records, indicators: [indicator] };
    const names = recordNames(withIndicator);
    expect(names.get(indicator.id)).toBe(
      'Unknown remote-access tool: AnyDesk running as a service on the front desk PC; nobody…',
    );
    const finding = assessRecords(withIndicator, '2026-11-28').findings.find((f) => f.records.includes(indicator.id));
    expect(finding?.severity).toBe('critical');
  });
});
