import { beforeAll, describe, expect, it } from 'vitest';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import { repositoriesFor, type Repositories } from '../../../../renderer/db/repository';
import { Vault } from '../../../../renderer/db/vault';
import { savePractice } from '../../../../renderer/features/inventory/practiceEvidence';
import { practiceId } from '../../../../shared/model/practice';
import { derive, freshDatabase } from '../../../support/testDatabase';

let repos: Repositories;
const assessmentId = crypto.randomUUID();

beforeAll(async () => {
  const db = freshDatabase();
  repos = repositoriesFor(await Vault.open(db, await createKeyring(db, 'correct horse battery staple', derive)));
});

describe('saving HICP practice evidence', () => {
  it('keeps one record per practice, under the id derived from the assessment and the practice', async () => {
    expect(await savePractice(repos, assessmentId, '6', { state: 'in-place' }, '2026-11-20')).toBeUndefined();
    expect(await savePractice(repos, assessmentId, '6', { since: '2025-02-01' }, '2026-11-20')).toBeUndefined();
    const records = await repos.practice.list(assessmentId);
    expect(records).toHaveLength(1);
    expect(records[0]!.id).toBe(await practiceId(assessmentId, '6'));
    expect(records[0]!.data).toMatchObject({ practice: '6', state: 'in-place', since: '2025-02-01', notes: '' });
  });

  it('refuses a date after today or not a date, in one sentence, and changes nothing', async () => {
    expect(await savePractice(repos, assessmentId, '6', { since: '2026-12-01' }, '2026-11-20')).toBe(
      'The date it was put in place cannot be after today.',
    );
    expect(await savePractice(repos, assessmentId, '6', { since: '2026-02-30' }, '2026-11-20')).toMatch(
      /^Type the date it was put in place as a full date/,
    );
    expect(await savePractice(repos, assessmentId, '7', { since: 'last spring' }, '2026-11-20')).toMatch(/full date/);
    const records = await repos.practice.list(assessmentId);
    expect(records.map((r) => [r.data.practice, r.data.since])).toEqual([['6', '2025-02-01']]);
  });
});
