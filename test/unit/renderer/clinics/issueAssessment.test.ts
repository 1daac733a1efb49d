import { beforeAll, describe, expect, it } from 'vitest';
import { checkIssue } from '../../../../renderer/db/assessmentRecords';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import { collectRecords, commitImport, planImport } from '../../../../renderer/db/importExport';
import { repositoriesFor, type Repositories } from '../../../../renderer/db/repository';
import { Vault } from '../../../../renderer/db/vault';
import { issueAssessment, markReviewed, startNewRevision } from '../../../../renderer/features/clinics/issueAssessment';
import { issuedInImport } from '../../../../renderer/features/exchange/issuedInImport';
import { loadSampleClinic } from '../../../../renderer/features/clinics/loadSampleClinic';
import { buildBundleContent } from '../../../../shared/bundle/bundleContent';
import { emptyAsset } from '../../../../shared/model/asset';
import { HybridClock } from '../../../../shared/model/hlc';
import { patchVersioned } from '../../../../shared/model/versionedRecord';
import { derive, freshDatabase } from '../../../support/testDatabase';

const REFUSED = 'This assessment is issued (revision 1); start a new revision to change it.';
let key: CryptoKey;
let db: ReturnType<typeof freshDatabase>;

beforeAll(async () => {
  db = freshDatabase();
  key = await createKeyring(db, 'correct horse battery staple', derive);
});

async function issuedSample() {
  const vault = await Vault.open(db, key);
  const repos: Repositories = repositoriesFor(vault);
  const id = await loadSampleClinic(repos, '2026-11-20', () => undefined);
  await expect(markReviewed(repos, id, '  ')).rejects.toThrow('Type the reviewer’s name first.');
  await expect(issueAssessment(vault, repos, id)).rejects.toThrow('Mark the assessment reviewed before issuing it.');
  await markReviewed(repos, id, 'Rita Reviewer');
  const issued = await issueAssessment(vault, repos, id, new Date('2026-11-21T09:30:00Z'));
  const [asset] = await repos.asset.list(id);
  return { vault, repos, id, issued, asset: asset! };
}

describe('issuing an assessment', () => {
  it('signs its content with this installation’s key, naming the reviewer and revision', async () => {
    const { repos, id, issued } = await issuedSample();
    expect(issued.data).toMatchObject({ status: 'issued', revision: 1, reviewer: 'Rita Reviewer' });
    expect(issued.data.issue).toMatchObject({
      revision: 1,
      reviewer: 'Rita Reviewer',
      issuedAt: '2026-11-21T09:30:00.000Z',
    });
    expect(await checkIssue(repos, id)).toMatchObject({ verdict: 'valid', digest: issued.data.issue?.digest });
  });

  it('freezes it: every write to the assessment or its records is refused and nothing changes', async () => {
    const { repos, id, asset } = await issuedSample();
    const answers = await repos.answer.list(id);
    const assetCount = (await repos.asset.list(id)).length;
    const refused = [
      () => repos.asset.update(asset.id, { name: 'Renamed after issue' }),
      () => repos.asset.remove(asset.id),
      () => repos.asset.create({ ...emptyAsset(id), name: 'New after issue' }),
      () => repos.asset.createMany([{ ...emptyAsset(id), name: 'Imported after issue' }]),
      () => repos.answer.update(answers[0]!.id, { note: 'changed' }),
      () => repos.assessment.update(id, { title: 'Retitled' }),
      () => repos.assessment.remove(id),
    ];
    for (const write of refused) await expect(write()).rejects.toThrow(REFUSED);
    expect((await repos.asset.get(asset.id))?.data.name).toBe(asset.data.name);
    expect((await repos.asset.list(id)).length).toBe(assetCount);
    expect((await checkIssue(repos, id)).verdict).toBe('valid');
  });

  it('starts a new revision that can change again, keeping the issue in its history', async () => {
    const { repos, id, asset, issued } = await issuedSample();
    const next = await startNewRevision(repos, id);
    expect(next.data).toMatchObject({ status: 'draft', revision: 2, reviewer: '', issue: null });
    expect(next.data.pastIssues).toEqual([
      {
        revision: 1,
        reviewer: 'Rita Reviewer',
        issuedAt: issued.data.issue?.issuedAt,
        digest: issued.data.issue?.digest,
      },
    ]);
    await repos.asset.update(asset.id, { name: 'Renamed in revision 2' });
    expect((await repos.asset.get(asset.id))?.data.name).toBe('Renamed in revision 2');
    expect((await checkIssue(repos, id)).verdict).toBe('not-issued');
  });

  it('still takes an imported file that changes it, and then reads as changed since issue', async () => {
    const { vault, repos, id, asset } = await issuedSample();
    const records = await collectRecords(repos, { kind: 'assessment', ids: [id] });
    const elsewhere = { stamp: new HybridClock(() => Date.now() + 60_000).tick(), device: 'second-laptop' };
    const stored = records.asset.find((a) => a.id === asset.id)!;
    records.asset = records.asset.map((a) =>
      a.id === asset.id ? patchVersioned(stored, { name: 'Renamed on the second laptop' }, elsewhere) : a,
    );
    const content = buildBundleContent(records, { kind: 'all' }, 'second-laptop', 'Sam');
    const plan = await planImport(vault, content);
    const preview = await issuedInImport(vault, content, plan);
    expect(preview.incoming).toEqual([expect.objectContaining({ revision: 1, verdict: 'content-changed' })]);
    expect(preview.changesIssuedHere).toEqual(['Sample: pre-integration assessment (revision 1)']);
    expect(await commitImport(vault, plan)).toBe(1);
    expect((await repos.asset.get(asset.id))?.data.name).toBe('Renamed on the second laptop');
    expect((await checkIssue(repos, id)).verdict).toBe('content-changed');
  });
});
