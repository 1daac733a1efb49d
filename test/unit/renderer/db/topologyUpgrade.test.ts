import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { collectRecords, commitImport, planImport } from '../../../../renderer/db/importExport';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import { repositoriesFor } from '../../../../renderer/db/repository';
import { upgradeTopology } from '../../../../renderer/db/topologyUpgrade';
import { Vault } from '../../../../renderer/db/vault';
import { buildBundleContent, parseBundleContent, type BundleRecords } from '../../../../shared/bundle/bundleContent';
import { openBundle } from '../../../../shared/bundle/readBundle';
import { fromUtf8 } from '../../../../shared/crypto/bytes';
import { deriveKeyBytes } from '../../../../shared/crypto/kdf';
import { conflictsToReview, mergeRecord } from '../../../../shared/merge/mergeRecord';
import { PARENT_ZONE } from '../../../../shared/model/flow';
import { legacyFlowId } from '../../../../shared/model/legacyFlows';
import { patchVersioned, type VersionedRecord } from '../../../../shared/model/versionedRecord';
import { FORMAT_11_FIXTURE, FORMAT_11_PASSPHRASE, legacyClinic } from '../../../support/format11';
import { freshDatabase } from '../../../support/testDatabase';

async function laptop() {
  const db = freshDatabase();
  const vault = await Vault.open(db, await createKeyring(db, 'laptop passphrase', deriveKeyBytes));
  return { db, vault, repos: repositoriesFor(vault) };
}

async function importRecords(d: Awaited<ReturnType<typeof laptop>>, records: BundleRecords) {
  const plan = await planImport(d.vault, buildBundleContent(records, { kind: 'all' }, 'other-laptop', ''));
  return commitImport(d.vault, plan);
}

const ends = async (d: Awaited<ReturnType<typeof laptop>>) =>
  (await d.repos.flow.all()).map((f) => [f.data.from, f.data.to, f.deleted ? 'deleted' : 'live']).sort();

describe('networks from before flows get their flows', () => {
  it('on import of a real 1.1 file; importing it again brings back nothing and writes nothing', async () => {
    const bytes = new Uint8Array(await readFile(FORMAT_11_FIXTURE));
    const content = parseBundleContent(
      fromUtf8(
        (
          await openBundle(bytes, {
            key: { type: 'passphrase', passphrase: FORMAT_11_PASSPHRASE, derive: deriveKeyBytes },
          })
        ).payload,
      ),
    );
    const d = await laptop();
    expect(await commitImport(d.vault, await planImport(d.vault, content))).toBeGreaterThan(80);

    const networks = await d.repos.network.all();
    const id = (name: string) => networks.find((n) => n.data.name === name)?.id ?? '';
    const [lan, wifi] = [id('Clinic LAN'), id('Staff Wi-Fi')];
    expect(await ends(d)).toEqual(
      [
        [lan, wifi, 'live'],
        [PARENT_ZONE, lan, 'live'],
        [PARENT_ZONE, wifi, 'live'],
        [wifi, lan, 'live'],
      ].sort(),
    );
    expect((await d.repos.flow.all()).map((f) => f.id).sort()).toEqual(
      (
        await Promise.all(
          [
            [lan, wifi],
            [PARENT_ZONE, lan],
            [PARENT_ZONE, wifi],
            [wifi, lan],
          ].map(([from, to]) => legacyFlowId(from ?? '', to ?? '')),
        )
      ).sort(),
    );
    expect(networks.map((n) => [n.data.name, n.data.connectsTo, n.data.reachableFromParent]).sort()).toEqual([
      ['Clinic LAN', [], null],
      ['Guest Wi-Fi', [], false],
      ['Staff Wi-Fi', [], null],
    ]);
    // Every other record came in as the file holds it.
    for (const asset of content.records.asset) expect((await d.repos.asset.get(asset.id))?.data).toEqual(asset.data);

    const plan = await planImport(d.vault, content);
    expect(plan.counts.added + plan.counts.updated + plan.counts.deleted).toBe(0);
    expect(await commitImport(d.vault, plan)).toBe(0);
    expect(await upgradeTopology(d.repos)).toEqual({ flows: 0, networks: 0 });
  });

  it('keeps as flows what a merge conflict on the older fields still holds', async () => {
    const { records, lan } = legacyClinic('old-laptop-a');
    const [network] = records.network.filter((n) => n.id === lan);
    if (!network) throw new Error('the LAN is there');
    const [lab, other] = [crypto.randomUUID(), crypto.randomUUID()];
    // Two old laptops changed what the LAN reaches without seeing each other's change.
    const a = patchVersioned(
      network,
      { connectsTo: [lab], reachableFromParent: null },
      { stamp: '001796000000000-00001', device: 'old-laptop-a' },
    );
    const b = patchVersioned(
      network,
      { connectsTo: [other] },
      { stamp: '001796000000000-00002', device: 'old-laptop-b' },
    );
    const merged = mergeRecord(a, b);
    expect(conflictsToReview(merged).map((c) => c.field)).toEqual(['connectsTo']);

    const d = await laptop();
    await importRecords(d, { ...records, network: records.network.map((n) => (n.id === lan ? merged : n)) });
    expect(await ends(d)).toEqual(
      [
        [lan, lab, 'live'],
        [lan, other, 'live'],
      ].sort(),
    );
    const stored = await d.repos.network.get(lan);
    expect(stored?.data).toMatchObject({ connectsTo: [], reachableFromParent: null });
    expect(stored && conflictsToReview(stored)).toEqual([]);
  });

  it('leaves a converted flow the assessor deleted deleted, when an older file states it again', async () => {
    const { records, lan, wifi } = legacyClinic('old-laptop');
    const d = await laptop();
    await importRecords(d, records);
    const flowId = await legacyFlowId(lan, wifi);
    await d.repos.flow.remove(flowId);
    // The old laptop, not having seen the upgrade, edits the field again later.
    const [network] = records.network.filter((n) => n.id === lan);
    if (!network) throw new Error('the LAN is there');
    const again = patchVersioned(
      network,
      { connectsTo: [wifi, wifi] },
      { stamp: '009999000000000-00000', device: 'old-laptop' },
    );
    await importRecords(d, { ...records, network: [again] });
    expect(await ends(d)).toEqual(
      [
        [lan, wifi, 'deleted'],
        [PARENT_ZONE, lan, 'live'],
      ].sort(),
    );
    expect((await d.repos.network.get(lan))?.data.connectsTo).toEqual([]);
  });

  it('two laptops converting the same network write the same flows, which merge without a conflict', async () => {
    const { records } = legacyClinic('old-laptop');
    const [a, b] = [await laptop(), await laptop()];
    await importRecords(a, records);
    await importRecords(b, records);
    const all = (d: Awaited<ReturnType<typeof laptop>>) => collectRecords(d.repos, { kind: 'all' });
    await importRecords(b, await all(a));
    await importRecords(a, await all(b));
    for (const d of [a, b]) {
      expect(await d.repos.flow.all()).toHaveLength(2);
      for (const r of [...(await d.repos.flow.all()), ...(await d.repos.network.all())])
        expect(conflictsToReview(r as VersionedRecord<object>)).toEqual([]);
    }
    const data = async (d: Awaited<ReturnType<typeof laptop>>) =>
      (await d.repos.flow.all()).map((f) => ({ id: f.id, data: f.data })).sort((x, y) => x.id.localeCompare(y.id));
    expect(await data(a)).toEqual(await data(b));
  });
});
