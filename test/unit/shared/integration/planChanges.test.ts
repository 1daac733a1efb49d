import { describe, expect, it } from 'vitest';
import { applyPlanChanges, planChanges } from '../../../../shared/integration/planChanges';
import type { EditedPlanRow } from '../../../../shared/integration/planColumns';
import { assessmentId, planRowOf } from '../../../support/planRowOf';

const row = planRowOf;
const edit = (findingKey: string, r: number, extra: Partial<EditedPlanRow> = {}): EditedPlanRow => ({
  row: r,
  findingKey,
  findingTitle: `Finding ${findingKey}`,
  ...extra,
});

describe('an edited plan against the plan here', () => {
  const current = [
    row('a:1', {
      owner: 'Dana',
      targetDate: '2027-01-15',
      targetIsDefault: false,
      stored: true,
      status: 'in-progress',
    }),
    row('b:2'),
    row('c:3'),
  ];

  it('lists each changed field with its words before and after, and what cannot apply', () => {
    const review = planChanges(current, [
      edit('a:1', 2, { owner: 'Dana', targetDate: '', status: 'done', costBand: '1k-10k' }),
      edit('b:2', 3, {
        targetDate: '2027-02-26',
        milestones: [{ text: 'Order the switch', due: '2027-01-10', done: false }],
        comments: 'Budget approved',
      }),
      edit('z:9', 4, { owner: 'Someone' }),
      edit('', 5, { owner: 'Nobody' }),
    ]);
    expect(review.changes).toEqual([
      expect.objectContaining({
        findingKey: 'a:1',
        row: 2,
        fields: [
          { field: 'targetDate', label: 'Target date', before: '2027-01-15', after: 'The default for its severity' },
          { field: 'status', label: 'Status', before: 'In progress', after: 'Done' },
          { field: 'costBand', label: 'Cost band', before: 'Not estimated', after: '$1,000 – $10,000' },
        ],
      }),
      expect.objectContaining({
        findingKey: 'b:2',
        fields: [
          { field: 'milestones', label: 'Milestones', before: '', after: '[ ] 2027-01-10 Order the switch' },
          { field: 'comments', label: 'Comments', before: '', after: 'Budget approved' },
        ],
      }),
    ]);
    expect(review.notApplied).toEqual([
      {
        row: 4,
        findingKey: 'z:9',
        findingTitle: 'Finding z:9',
        reason:
          'This assessment’s plan has no finding with this key (resolved without a plan item, or from another assessment).',
      },
      { row: 5, findingKey: '', findingTitle: 'Finding ', reason: 'The row has no finding key.' },
    ]);
    expect(review.unchanged).toBe(0);
    expect(review.notInFile).toBe(1);

    const items = applyPlanChanges(review, ['a:1', 'b:2']);
    expect(items.map((i) => i.id)).toEqual(['item-a:1', 'item-b:2']);
    expect(items[0]!.data).toMatchObject({
      assessmentId,
      owner: 'Dana',
      targetDate: '',
      status: 'done',
      costBand: '1k-10k',
    });
    expect(items[1]!.data).toMatchObject({ targetDate: '', comments: 'Budget approved', status: 'not-started' });
    expect(applyPlanChanges(review, ['b:2']).map((i) => i.id)).toEqual(['item-b:2']);
  });

  it('counts a row that repeats the plan, or leaves a column out, as unchanged', () => {
    const review = planChanges(current, [
      edit('a:1', 2, { owner: 'Dana', targetDate: '2027-01-15', status: 'in-progress', costBand: 'unknown' }),
      edit('b:2', 3),
    ]);
    expect(review).toEqual({ changes: [], notApplied: [], knowsExport: false, unchanged: 2, notInFile: 1 });
  });
});
