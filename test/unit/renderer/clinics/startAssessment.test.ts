import { beforeAll, describe, expect, it } from 'vitest';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import { carriedFromAssessment } from '../../../../renderer/db/assessmentRecords';
import { repositoriesFor, type Repositories } from '../../../../renderer/db/repository';
import { Vault } from '../../../../renderer/db/vault';
import { loadSampleClinic } from '../../../../renderer/features/clinics/loadSampleClinic';
import { lastVisitOf, startAssessment } from '../../../../renderer/features/clinics/startAssessment';
import { confirmRecords, toConfirmIds } from '../../../../renderer/features/inventory/confirmCarried';
import { emptyFlow, PARENT_ZONE } from '../../../../shared/model/flow';
import { derive, freshDatabase } from '../../../support/testDatabase';

let vault: Vault;
let repos: Repositories;
let clinicId: string;
let priorId: string;

beforeAll(async () => {
  const db = freshDatabase();
  vault = await Vault.open(db, await createKeyring(db, 'correct horse battery staple', derive));
  repos = repositoriesFor(vault);
  priorId = await loadSampleClinic(repos, '2026-06-01', () => {});
  clinicId = (await repos.assessment.get(priorId))!.data.clinicId;
});

const inventory = async (assessmentId: string) => ({
  assets: await repos.asset.list(assessmentId),
  networks: await repos.network.list(assessmentId),
  vendorLinks: await repos.vendorAccess.list(assessmentId),
  links: await repos.link.list(assessmentId),
  applications: await repos.application.list(assessmentId),
  flows: await repos.flow.list(assessmentId),
  adminAccounts: await repos.adminAccount.list(assessmentId),
  ephiStores: await repos.ephiStore.list(assessmentId),
});

describe('starting a new assessment of a known clinic', () => {
  it('offers the last visit with what it would carry', async () => {
    const last = await lastVisitOf(vault.db, repos, clinicId, '2026-11-20');
    const prior = await inventory(priorId);
    expect(last?.assessment.id).toBe(priorId);
    expect(last?.counts).toEqual({
      assets: prior.assets.length,
      networks: prior.networks.length,
      vendorLinks: prior.vendorLinks.length,
      links: prior.links.length,
      applications: prior.applications.length,
      flows: prior.flows.length,
      adminAccounts: prior.adminAccounts.length,
      ephiStores: prior.ephiStores.length,
    });
    expect(prior.adminAccounts.length).toBeGreaterThan(0);
    expect(await lastVisitOf(vault.db, repos, crypto.randomUUID(), '2026-11-20')).toBeUndefined();
  });

  it('carries the last visit over, every record to confirm, its references inside the new assessment', async () => {
    const id = await startAssessment(vault, repos, { clinicId, today: '2026-11-20', fromId: priorId });
    const [prior, copy] = [await inventory(priorId), await inventory(id)];
    expect((await repos.assessment.get(id))?.data).toMatchObject({
      clinicId,
      startDate: '2026-11-20',
      status: 'draft',
    });
    const records = Object.values(copy).flat();
    expect(records).toHaveLength(Object.values(prior).flat().length);
    const ids = new Set(records.map((r) => r.id));
    const priorIds = new Set(
      Object.values(prior)
        .flat()
        .map((r) => r.id),
    );
    for (const r of records) {
      expect(r.data).toMatchObject({ assessmentId: id, confirmation: 'to-confirm' });
      expect(priorIds.has(r.data.carriedFrom)).toBe(true);
    }
    for (const a of copy.assets) if (a.data.networkId) expect(ids.has(a.data.networkId)).toBe(true);
    // Each patient data store lives on the copy of its device or application, and is not assessed yet.
    expect(copy.ephiStores.length).toBeGreaterThan(0);
    for (const s of copy.ephiStores) {
      expect(s.data.assessed).toBe(false);
      if (s.data.recordId) expect(ids.has(s.data.recordId)).toBe(true);
    }
    expect(copy.ephiStores.filter((s) => s.data.recordId).length).toBe(
      prior.ephiStores.filter((s) => s.data.recordId).length,
    );
    for (const f of copy.flows)
      for (const end of [f.data.from, f.data.to])
        expect(end === PARENT_ZONE || end === 'internet' || ids.has(end)).toBe(true);
    expect(await carriedFromAssessment(repos, id)).toBe(priorId);
    expect(await carriedFromAssessment(repos, priorId)).toBeUndefined();
    // The last visit is as it was.
    expect(prior.assets.every((a) => a.data.confirmation === 'confirmed' && a.data.carriedFrom === '')).toBe(true);
  });

  it('confirms the carried records asked for, in one go, and leaves the rest to confirm', async () => {
    const id = await startAssessment(vault, repos, { clinicId, today: '2026-11-20', fromId: priorId });
    const assets = await repos.asset.list(id);
    expect(await confirmRecords(vault, 'asset', toConfirmIds(assets))).toBe(assets.length);
    const after = await inventory(id);
    expect(after.assets.every((a) => a.data.confirmation === 'confirmed')).toBe(true);
    expect(after.networks.every((n) => n.data.confirmation === 'to-confirm')).toBe(true);
    // Confirming again changes nothing.
    expect(
      await confirmRecords(
        vault,
        'asset',
        assets.map((a) => a.id),
      ),
    ).toBe(0);
  });

  it('starts empty when asked', async () => {
    const id = await startAssessment(vault, repos, { clinicId, today: '2026-11-21' });
    expect(Object.values(await inventory(id)).flat()).toEqual([]);
  });

  it('writes nothing when any record cannot be written', async () => {
    const before = (await repos.assessment.list(clinicId)).length;
    // The last id the start hands out is already taken: the one transaction refuses, and nothing lands.
    const ids = Array.from({ length: 200 }, () => crypto.randomUUID());
    // Counted over the inventory only: the admin holders and patient data stores, handed their ids after it, sit in tables of their own.
    const { adminAccounts, ephiStores: _stores, ...carried } = await inventory(priorId);
    expect(adminAccounts.length).toBeGreaterThan(0);
    const count = Object.values(carried).flat().length;
    const taken = ids[count]!;
    await repos.flow.create(emptyFlow(priorId, PARENT_ZONE, 'internet'), taken);
    let next = 0;
    await expect(
      startAssessment(vault, repos, { clinicId, today: '2026-11-22', fromId: priorId, newId: () => ids[next++]! }),
    ).rejects.toThrow(/nothing was imported/);
    expect(await repos.assessment.list(clinicId)).toHaveLength(before);
    expect(await repos.assessment.get(ids[0]!)).toBeUndefined();
    expect(await repos.asset.list(ids[0]!)).toEqual([]);
  });
});
