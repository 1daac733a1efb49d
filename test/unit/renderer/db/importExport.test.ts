import { describe, expect, it } from 'vitest';
import { parseBundleContent } from '../../../../shared/bundle/bundleContent';
import { BundleError } from '../../../../shared/bundle/bundleErrors';
import { openBundle } from '../../../../shared/bundle/readBundle';
import { sealBundle } from '../../../../shared/bundle/writeBundle';
import { fromUtf8, utf8 } from '../../../../shared/crypto/bytes';
import { deriveKeyBytes } from '../../../../shared/crypto/kdf';
import { conflictsToReview } from '../../../../shared/merge/mergeRecord';
import { entityTypes } from '../../../../shared/model/entities';
import { buildBundleContent } from '../../../../shared/bundle/bundleContent';
import { collectRecords, commitImport, planImport } from '../../../../renderer/db/importExport';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import { repositoriesFor } from '../../../../renderer/db/repository';
import { upgradeTopology } from '../../../../renderer/db/topologyUpgrade';
import { Vault } from '../../../../renderer/db/vault';
import { loadSampleClinic } from '../../../../renderer/features/clinics/loadSampleClinic';
import { cheapKdf } from '../../../support/bundleTestKit';
import { freshDatabase } from '../../../support/testDatabase';

async function device() {
  const db = freshDatabase();
  const vault = await Vault.open(db, await createKeyring(db, 'laptop passphrase', deriveKeyBytes));
  return { db, vault, repos: repositoriesFor(vault) };
}

async function exportFile(d: Awaited<ReturnType<typeof device>>): Promise<Uint8Array> {
  const content = buildBundleContent(
    await collectRecords(d.repos, { kind: 'all' }),
    { kind: 'all' },
    d.vault.device,
    'Sam Lee',
  );
  return sealBundle(utf8(JSON.stringify(content)), {
    recipients: [{ type: 'passphrase', passphrase: 'file passphrase', derive: deriveKeyBytes, kdf: cheapKdf() }],
  });
}

async function importFile(d: Awaited<ReturnType<typeof device>>, file: Uint8Array) {
  const content = parseBundleContent(
    fromUtf8(
      (await openBundle(file, { key: { type: 'passphrase', passphrase: 'file passphrase', derive: deriveKeyBytes } }))
        .payload,
    ),
  );
  const plan = await planImport(d.vault, content);
  return { plan, written: await commitImport(d.vault, plan) };
}

async function snapshot(d: Awaited<ReturnType<typeof device>>) {
  return Object.fromEntries(await Promise.all(d.db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

describe('export and import through an encrypted assessment file', () => {
  it('brings every record to a second laptop, and importing it again changes nothing', async () => {
    const a = await device();
    const b = await device();
    await loadSampleClinic(a.repos, '2026-11-28', () => undefined);
    // As A's next unlock would: networks that state what they reach the older way get their flows (B's import does the same).
    await upgradeTopology(a.repos);
    const file = await exportFile(a);

    const first = await importFile(b, file);
    expect(first.plan.counts.added).toBeGreaterThan(80);
    expect(first.plan.counts.conflicts).toBe(0);
    for (const type of entityTypes) {
      expect((await b.repos[type].all()).sort((x, y) => x.id.localeCompare(y.id))).toEqual(
        (await a.repos[type].all()).sort((x, y) => x.id.localeCompare(y.id)),
      );
    }

    const again = await importFile(b, file);
    expect(again.written).toBe(0);
    expect(again.plan.counts.unchanged).toBe(first.plan.counts.added);
  });

  it('keeps both sides of a clinic renamed on two laptops: a deterministic winner and the other for review', async () => {
    const a = await device();
    const b = await device();
    await loadSampleClinic(a.repos, '2026-11-28', () => undefined);
    await importFile(b, await exportFile(a));
    const [clinic] = await a.repos.clinic.list();
    if (!clinic) throw new Error('no clinic');
    await a.repos.clinic.update(clinic.id, { name: 'Lakeside Family Health (A)', address: '1 New Road' });
    await b.repos.clinic.update(clinic.id, { name: 'Lakeside Family Health (B)' });

    const { plan } = await importFile(b, await exportFile(a));
    expect(plan.counts.conflicts).toBe(1);
    const merged = await b.repos.clinic.get(clinic.id);
    expect(merged?.data.address).toBe('1 New Road');
    const review = merged ? conflictsToReview(merged) : [];
    expect(review.map((r) => r.field)).toEqual(['name']);
    expect([merged?.data.name, ...review[0]!.others.map((o) => o.v)].sort()).toEqual([
      'Lakeside Family Health (A)',
      'Lakeside Family Health (B)',
    ]);
  });

  it('exports one assessment with its clinic, or one clinic with all of it, and nothing else', async () => {
    const a = await device();
    await loadSampleClinic(a.repos, '2026-11-28', () => undefined);
    const [clinic] = await a.repos.clinic.list();
    const first = (await a.repos.assessment.list(clinic!.id))[0]!;
    const second = await a.repos.assessment.create({ ...first.data, title: 'Second visit' });
    await a.repos.asset.create({
      ...(await a.repos.asset.list(first.id))[0]!.data,
      assessmentId: second.id,
      name: 'ONLY-IN-SECOND',
    });
    const other = await a.repos.clinic.create({ ...clinic!.data, name: 'Another clinic' });

    const one = await collectRecords(a.repos, { kind: 'assessment', ids: [second.id] });
    expect(one.clinic.map((c) => c.id)).toEqual([clinic!.id]);
    expect(one.assessment.map((x) => x.id)).toEqual([second.id]);
    expect(one.asset.map((x) => x.data.name)).toEqual(['ONLY-IN-SECOND']);
    expect(one.answer).toEqual([]);

    const whole = await collectRecords(a.repos, { kind: 'clinic', ids: [clinic!.id] });
    expect(whole.assessment.map((x) => x.id).sort()).toEqual([first.id, second.id].sort());
    expect(whole.clinic.map((c) => c.id)).not.toContain(other.id);
  });

  it('a damaged file leaves the database byte for byte as it was', async () => {
    const a = await device();
    const b = await device();
    await loadSampleClinic(a.repos, '2026-11-28', () => undefined);
    await b.repos.clinic.create({
      name: 'Local clinic',
      address: '',
      acquisitionDate: '',
      parentEntity: '',
      contacts: '',
      archived: false,
    });
    const file = (await exportFile(a)).slice();
    file[file.byteLength - 40] = (file[file.byteLength - 40] ?? 0) ^ 1;
    const before = await snapshot(b);
    await expect(importFile(b, file)).rejects.toThrow(BundleError);
    expect(await snapshot(b)).toEqual(before);
  });

  it('writes nothing when local records change between planning and commit', async () => {
    const a = await device();
    const b = await device();
    await loadSampleClinic(a.repos, '2026-11-28', () => undefined);
    await importFile(b, await exportFile(a));
    const [clinic] = await a.repos.clinic.list();
    await a.repos.clinic.update(clinic!.id, { contacts: 'from A' });
    const content = parseBundleContent(
      fromUtf8(
        (
          await openBundle(await exportFile(a), {
            key: { type: 'passphrase', passphrase: 'file passphrase', derive: deriveKeyBytes },
          })
        ).payload,
      ),
    );
    const plan = await planImport(b.vault, content);
    await b.repos.clinic.update(clinic!.id, { contacts: 'typed on B meanwhile' });
    const before = await snapshot(b);
    await expect(commitImport(b.vault, plan)).rejects.toThrow('nothing was imported');
    expect(await snapshot(b)).toEqual(before);
  });
});
