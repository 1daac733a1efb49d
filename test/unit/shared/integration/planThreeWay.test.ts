import { describe, expect, it } from 'vitest';
import { planChanges } from '../../../../shared/integration/planChanges';
import { planCsv } from '../../../../shared/integration/planCsv';
import type { PlanRow } from '../../../../shared/integration/planRows';
import { readPlanFile } from '../../../../shared/integration/planSheetRead';
import { planWorkbook } from '../../../../shared/integration/planWorkbook';
import { planRowOf } from '../../../support/planRowOf';
import { samplePlan } from '../../../support/samplePlan';

const row = (findingKey: string, extra: Partial<PlanRow> = {}) =>
  planRowOf(findingKey, { owner: 'Dana', stored: true, ...extra });

const exported = [row('a:1'), row('b:2', { owner: 'Sam' })];
const csv = (text: string) => new TextEncoder().encode(text);

describe('an edited plan compared with what it was exported as (three-way)', () => {
  it('proposes only what the firm changed, not undoing what the app changed since the export', async () => {
    // Exported, then the status of a:1 changed in the app; the firm edits the owner in the file.
    const file = planCsv(exported).replace(',Dana,', ',Lee,');
    const now = [row('a:1', { status: 'in-progress' }), row('b:2', { owner: 'Sam' })];
    const review = planChanges(now, await readPlanFile(csv(file), 'plan.csv'));
    expect(review.knowsExport).toBe(true);
    expect(review.changes).toHaveLength(1);
    expect(review.changes[0]).toMatchObject({ findingKey: 'a:1', conflict: false });
    expect(review.changes[0]!.fields).toEqual([{ field: 'owner', label: 'Owner', before: 'Dana', after: 'Lee' }]);
    expect(review.changes[0]!.item.status).toBe('in-progress');
  });

  it('shows a field changed in both as a conflict, with both values', async () => {
    const file = planCsv(exported).replace(',Dana,', ',Lee,');
    const now = [row('a:1', { owner: 'Kim' }), row('b:2', { owner: 'Sam' })];
    const review = planChanges(now, await readPlanFile(csv(file), 'plan.csv'));
    expect(review.changes).toHaveLength(1);
    expect(review.changes[0]).toMatchObject({ findingKey: 'a:1', conflict: true });
    expect(review.changes[0]!.fields).toEqual([
      { field: 'owner', label: 'Owner', before: 'Kim', after: 'Lee', conflict: true },
    ]);
  });

  it('keeps a default target date left as shown, and reads the hidden column of the workbook', async () => {
    const { input } = await samplePlan();
    const [first] = input.plan;
    expect(first?.targetIsDefault).toBe(true);
    const bytes = await planWorkbook(input);
    // The app set a date for the first item since the export; the file still shows the old default date.
    const now = input.plan.map((r, i) => (i === 0 ? { ...r, targetDate: '2030-01-01', targetIsDefault: false } : r));
    const review = planChanges(now, await readPlanFile(bytes, 'plan.xlsx'));
    expect(review.knowsExport).toBe(true);
    expect(review.changes).toEqual([]);
  });

  it('compares a file without the column with the plan as it is now, and says so', async () => {
    const lines = planCsv(exported).replace(',Dana,', ',Lee,').split('\r\n');
    const without = lines.map((l) => l.replace(/,[^,]*$/, '')).join('\r\n');
    const now = [row('a:1', { status: 'in-progress' }), row('b:2', { owner: 'Sam' })];
    const review = planChanges(now, await readPlanFile(csv(without), 'plan.csv'));
    expect(review.knowsExport).toBe(false);
    expect(review.changes[0]!.fields.map((f) => f.field)).toEqual(['owner', 'status']);
  });
});
