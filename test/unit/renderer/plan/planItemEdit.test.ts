import { describe, expect, it } from 'vitest';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import { repositoriesFor, type Repositories } from '../../../../renderer/db/repository';
import { savePlanItems } from '../../../../renderer/db/savePlanItems';
import { Vault } from '../../../../renderer/db/vault';
import { loadSampleClinic } from '../../../../renderer/features/clinics/loadSampleClinic';
import {
  addMilestone,
  changeMilestone,
  draftOf,
  removeMilestone,
  savePlanItem,
} from '../../../../renderer/features/plan/planItemEdit';
import { newPlanItem, planItemId } from '../../../../shared/model/planItem';
import { derive, freshDatabase } from '../../../support/testDatabase';

/** The sample clinic's assessment in a fresh encrypted database (it has no plan items yet). */
async function assessment() {
  const db = freshDatabase();
  const vault = await Vault.open(db, await createKeyring(db, 'laptop passphrase', derive));
  const repos = repositoriesFor(vault);
  const assessmentId = await loadSampleClinic(repos, '2026-11-28', () => undefined);
  return { vault, repos, assessmentId };
}

const KEYS = new Set(['backup-missing:emr', 'rdp-open:pm-srv', 'other']);
/** The plan items of the keys these tests write (the sample may come with items of its own). */
const mine = async (repos: Repositories, assessmentId: string) =>
  (await repos.planItem.list(assessmentId)).filter((p) => KEYS.has(p.data.findingKey));

const finding = { key: 'backup-missing:emr', title: 'No EMR backups' };

describe('editing a plan item', { timeout: 30_000 }, () => {
  it('writes nothing until saved, then one record under the finding’s derived id with its title', async () => {
    const { repos, assessmentId } = await assessment();
    let draft = draftOf(undefined);
    // A new draft holds what a new record holds.
    expect(draft).toEqual(draftOf(newPlanItem(assessmentId, finding.key, finding.title)));
    draft = addMilestone(addMilestone({ ...draft, owner: '  Clinic office manager ', status: 'in-progress' }));
    draft = changeMilestone(draft, 0, { text: 'Buy a NAS', due: '2026-12-15' });
    draft = changeMilestone(draft, 1, { text: 'Test a restore', done: true });
    expect(await mine(repos, assessmentId)).toEqual([]);

    const id = await savePlanItem(repos, assessmentId, finding, { ...draft, targetDate: '2027-01-31' });
    expect(id).toBe(await planItemId(assessmentId, finding.key));
    const [stored, ...more] = await mine(repos, assessmentId);
    expect(more).toEqual([]);
    expect(stored?.data).toMatchObject({
      findingKey: finding.key,
      findingTitle: 'No EMR backups',
      owner: 'Clinic office manager',
      targetDate: '2027-01-31',
      status: 'in-progress',
      milestones: [
        { text: 'Buy a NAS', due: '2026-12-15', done: false },
        { text: 'Test a restore', due: '', done: true },
      ],
    });

    // Saving again edits the same record: a milestone removed, the date back to the default.
    const next = removeMilestone({ ...draftOf(stored!.data), targetDate: '' }, 0);
    await savePlanItem(repos, assessmentId, finding, next);
    const [again, ...none] = await mine(repos, assessmentId);
    expect(none).toEqual([]);
    expect(again?.id).toBe(id);
    expect(again?.data).toMatchObject({ targetDate: '', milestones: [{ text: 'Test a restore', done: true }] });
  });

  it('refuses a milestone without a description in one sentence and writes nothing', async () => {
    const { repos, assessmentId } = await assessment();
    const draft = addMilestone(draftOf(undefined));
    await expect(savePlanItem(repos, assessmentId, finding, draft)).rejects.toThrow(
      'Milestone 1 has no description: describe the step or remove it.',
    );
    expect(await mine(repos, assessmentId)).toEqual([]);
  });
});

describe('saving reviewed plan items', { timeout: 30_000 }, () => {
  it('creates and updates several items in one go, and counts nothing when nothing changed', async () => {
    const { vault, repos, assessmentId } = await assessment();
    await savePlanItem(repos, assessmentId, finding, { ...draftOf(undefined), owner: 'Dana' });
    const items = [
      { ...newPlanItem(assessmentId, finding.key, finding.title), owner: 'Parent IT', status: 'done' as const },
      { ...newPlanItem(assessmentId, 'rdp-open:pm-srv', 'RDP open to the internet'), targetDate: '2027-02-01' },
    ];
    const writes = items.map((data) => ({ data }));
    expect(await savePlanItems(vault, assessmentId, writes)).toBe(2);
    const stored = new Map((await mine(repos, assessmentId)).map((p) => [p.data.findingKey, p.data]));
    expect(stored.get(finding.key)).toMatchObject({ owner: 'Parent IT', status: 'done' });
    expect(stored.get('rdp-open:pm-srv')).toMatchObject({ targetDate: '2027-02-01', owner: '' });
    expect(await savePlanItems(vault, assessmentId, writes)).toBe(0);
    // A patch writes only its fields: the owner edited here stays.
    await savePlanItem(repos, assessmentId, finding, { ...draftOf(stored.get(finding.key)), owner: 'Dana again' });
    await savePlanItems(vault, assessmentId, [{ data: items[0]!, patch: { status: 'blocked' } }]);
    const after = (await mine(repos, assessmentId)).find((p) => p.data.findingKey === finding.key);
    expect(after?.data).toMatchObject({ owner: 'Dana again', status: 'blocked' });
  });

  it('refuses an item that does not fit the record, naming the field, and writes none of them', async () => {
    const { vault, repos, assessmentId } = await assessment();
    const good = newPlanItem(assessmentId, finding.key, finding.title);
    const bad = { ...newPlanItem(assessmentId, 'other', 'Other'), targetDate: '31/01/2027' };
    await expect(savePlanItems(vault, assessmentId, [{ data: good }, { data: bad }])).rejects.toThrow(/target date/i);
    expect(await mine(repos, assessmentId)).toEqual([]);
  });
});
