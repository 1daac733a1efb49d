import { describe, expect, it } from 'vitest';
import { planRowsOf } from '../../../../shared/integration/planRows';
import { planItemData, planItemId } from '../../../../shared/model/planItem';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { assessRecords } from '../../../../shared/rules/assessRecords';
import { needsAction } from '../../../../shared/rules/findingStatus';
import { severityRank } from '../../../../shared/rules/severity';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';

async function sample() {
  const bundle = await sampleRecords('test', '2026-11-28');
  const records = assessmentRecordsFrom(bundle, bundle.assessment[0]!.id);
  if (!records) throw new Error('no sample assessment');
  return { records, findings: assessRecords(records, '2026-11-28').findings };
}

describe('the plan rows of an assessment', () => {
  it('hold every finding that needs action, with the defaults by severity, sorted by severity then date', async () => {
    const { records, findings } = await sample();
    const rows = await planRowsOf(records, findings);
    expect(rows.map((r) => r.findingKey).sort()).toEqual(
      findings
        .filter((f) => needsAction(f.status))
        .map((f) => f.key)
        .sort(),
    );
    const critical = rows.find((r) => r.severity === 'critical')!;
    // The sample assessment starts on 2026-11-28: critical in 30 days, high in 90.
    expect(critical).toMatchObject({
      targetDate: '2026-12-28',
      targetIsDefault: true,
      status: 'not-started',
      owner: '',
      stored: false,
    });
    expect(rows.find((r) => r.severity === 'high')?.targetDate).toBe('2027-02-26');
    expect(critical.itemId).toBe(await planItemId(records.assessment.id, critical.findingKey));
    expect(critical.references.length).toBeGreaterThan(0);
    for (let i = 1; i < rows.length; i++)
      expect(severityRank[rows[i - 1]!.severity] <= severityRank[rows[i]!.severity]).toBe(true);
  });

  it('merge a stored item, keep an unfinished item of a resolved or vanished finding and drop a finished one', async () => {
    const { records, findings } = await sample();
    const a = records.assessment.id;
    const [first, second] = findings;
    const item = (findingKey: string, extra: object) => ({
      id: `item-${findingKey}`,
      data: planItemData.parse({ assessmentId: a, findingKey, findingTitle: 'Old title', ...extra }),
    });
    const resolved = findings.map((f) => (f === second ? { ...f, status: 'resolved' as const } : f));
    const rows = await planRowsOf(
      {
        ...records,
        planItems: [
          item(first!.key, { owner: 'Parent IT', targetDate: '2027-01-15', status: 'in-progress' }),
          item(second!.key, { status: 'blocked' }),
          item('gone.rule:x', { status: 'in-progress', targetDate: '2027-03-01' }),
          item('done.rule:y', { status: 'done' }),
        ],
      },
      resolved,
    );
    expect(rows.find((r) => r.findingKey === first!.key)).toMatchObject({
      owner: 'Parent IT',
      targetDate: '2027-01-15',
      targetIsDefault: false,
      status: 'in-progress',
      itemId: `item-${first!.key}`,
      stored: true,
    });
    expect(rows.find((r) => r.findingKey === second!.key)).toMatchObject({
      findingStatus: 'resolved',
      status: 'blocked',
    });
    expect(rows.find((r) => r.findingKey === 'gone.rule:x')).toMatchObject({
      findingTitle: 'Old title',
      findingRaised: false,
      findingStatus: 'resolved',
      severity: 'info',
      references: [],
    });
    expect(rows.some((r) => r.findingKey === 'done.rule:y')).toBe(false);
    expect(rows.at(-1)?.findingKey).toBe('gone.rule:x');
  });
});
