import { describe, expect, it } from 'vitest';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import { repositoriesFor } from '../../../../renderer/db/repository';
import { savePlanItems } from '../../../../renderer/db/savePlanItems';
import { Vault } from '../../../../renderer/db/vault';
import {
  addMilestone,
  changeMilestone,
  draftOf,
  removeMilestone,
  savePlanItem,
} from '../../../../renderer/features/plan/planItemEdit';
import { notYetReviewed } from '../../../../shared/model/assessmentIssue';
import { newPlanItem, planItemId } from '../../../../shared/model/planItem';
import { derive, freshDatabase } from '../../../support/testDatabase';

async function assessment() {
  const db = freshDatabase();
  const vault = await Vault.open(db, await createKeyring(db, 'laptop passphrase', derive));
  const repos = repositoriesFor(vault);
  const clinic = await repos.clinic.create({
    name: 'Lakeside',
    address: '',
    acquisitionDate: '',
    parentEntity: '',
    contacts: '',
    archived: false,
  });
  const visit = await repos.assessment.create({
    clinicId: clinic.id,
    title: 'First visit',
    assessor: 'Dana',
    startDate: '2026-11-28',
    endDate: '',
    status: 'draft',
    ...notYetReviewed,
    phase: 'integration',
    checklistVersion: '1',
  });
  return { vault, repos, assessmentId: visit.id };
}

const finding = { key: 'backup-missing:emr', title: 'No EMR backups' };

describe('editing a plan item', { timeout: 30_000 }, () => {
  it('writes nothing until saved, then one record under the finding’s derived id with its title', async () => {
    const { repos, assessmentId } = await assessment();
    let draft = draftOf(undefined);
    expect(draft).toEqual({
      owner: '',
      targetDate: '',
      milestones: [],
      status: 'not-started',
      costBand: 'unknown',
      comments: '',
    });
    draft = addMilestone(addMilestone({ ...draft, owner: '  Clinic office manager ', status: 'in-progress' }));
    draft = changeMilestone(draft, 0, { text: 'Buy a NAS', due: '2026-12-15' });
    draft = changeMilestone(draft, 1, { text: 'Test a restore', done: true });
    expect(await repos.planItem.list(assessmentId)).toEqual([]);

    const id = await savePlanItem(repos, assessmentId, finding, { ...draft, targetDate: '2027-01-31' });
    expect(id).toBe(await planItemId(assessmentId, finding.key));
    const [stored, ...more] = await repos.planItem.list(assessmentId);
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
    const [again, ...none] = await repos.planItem.list(assessmentId);
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
    expect(await repos.planItem.list(assessmentId)).toEqual([]);
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
    expect(await savePlanItems(vault, assessmentId, items)).toBe(2);
    const stored = new Map((await repos.planItem.list(assessmentId)).map((p) => [p.data.findingKey, p.data]));
    expect(stored.get(finding.key)).toMatchObject({ owner: 'Parent IT', status: 'done' });
    expect(stored.get('rdp-open:pm-srv')).toMatchObject({ targetDate: '2027-02-01', owner: '' });
    expect(await savePlanItems(vault, assessmentId, items)).toBe(0);
  });

  it('refuses an item that does not fit the record, naming the field, and writes none of them', async () => {
    const { vault, repos, assessmentId } = await assessment();
    const good = newPlanItem(assessmentId, finding.key, finding.title);
    const bad = { ...newPlanItem(assessmentId, 'other', 'Other'), targetDate: '31/01/2027' };
    await expect(savePlanItems(vault, assessmentId, [good, bad])).rejects.toThrow(/target date/i);
    expect(await repos.planItem.list(assessmentId)).toEqual([]);
  });
});
