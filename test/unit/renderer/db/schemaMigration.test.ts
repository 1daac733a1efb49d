import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { loadAssessmentRecords } from '../../../../renderer/db/assessmentRecords';
import { AssessorDatabase, entityTables, type StoredRow } from '../../../../renderer/db/database';
import { createKeyring, unlockKeyring } from '../../../../renderer/db/dataKeyWrap';
import { repositoriesFor } from '../../../../renderer/db/repository';
import { addedAfter11 } from '../../../support/format11';
import { CURRENT_SCHEMA_VERSION, schemaVersions } from '../../../../renderer/db/schemaVersions';
import { upgradeTopology } from '../../../../renderer/db/topologyUpgrade';
import { Vault } from '../../../../renderer/db/vault';
import { entityTypes, type EntityType } from '../../../../shared/model/entities';
import { derivedId } from '../../../../shared/model/derivedId';
import { createVersioned } from '../../../../shared/model/versionedRecord';
import { osSupport } from '../../../../shared/reference/osLifecycle';
import { factsOf } from '../../../../shared/rules/assessmentFacts';
import { buildContext } from '../../../../shared/rules/context';
import { evaluateRules } from '../../../../shared/rules/engine';
import { sampleData } from '../../../support/sampleRecords';
import { derive } from '../../../support/testDatabase';

const samples = sampleData(crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID());

/** A database opened with only the versions up to `version`, as an older app would. */
function openAtVersion(name: string, version: number): Dexie {
  const db = new Dexie(name);
  for (const v of schemaVersions.filter((s) => s.version <= version)) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return db;
}

describe('database schema migrations', () => {
  it('upgrades a version 1 database (boolean tombstones) without losing a record', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    // Write real encrypted records with the current code, then rewrite their rows as v1 stored them.
    const current = new AssessorDatabase(name);
    const key = await createKeyring(current, 'migration passphrase', derive);
    const repos = repositoriesFor(await Vault.open(current, key));
    const live = await repos.clinic.create(samples.clinic);
    const gone = await repos.clinic.create({ ...samples.clinic, name: 'Closed clinic' });
    await repos.clinic.remove(gone.id);
    const rows = await current.rows('clinic').toArray();
    const settings = await current.settings.toArray();
    current.close();
    await Dexie.delete(name);

    const previous = openAtVersion(name, 1);
    await previous.table('settings').bulkPut(settings);
    await previous.table('clinics').bulkPut(rows.map((row) => ({ ...row, deleted: row.deleted === 1 })));
    previous.close();

    const upgraded = new AssessorDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_SCHEMA_VERSION);
    const stored = await upgraded.rows('clinic').toArray();
    expect(stored.map((r) => [r.id, r.deleted]).sort()).toEqual(
      [
        [gone.id, 1],
        [live.id, 0],
      ].sort(),
    );
    const liveIds = await upgraded.rows('clinic').where('[parentId+deleted]').equals(['', 0]).primaryKeys();
    expect(liveIds).toEqual([live.id]);
    const reopened = repositoriesFor(
      await Vault.open(upgraded, await unlockKeyring(upgraded, 'migration passphrase', derive)),
    );
    expect((await reopened.clinic.list()).map((c) => c.data)).toEqual([samples.clinic]);
    upgraded.close();
  });

  it('upgrades a version 2 database (before flows): nothing lost, older network fields become flows once', async () => {
    const name = `migrate-v2-${crypto.randomUUID()}`;
    const [clinicId, assessmentId, lan, wifi, guest] = [
      crypto.randomUUID(),
      crypto.randomUUID(),
      crypto.randomUUID(),
      crypto.randomUUID(),
      crypto.randomUUID(),
    ];
    const data = sampleData(clinicId, assessmentId, lan);
    // Records as the app stored them before model v2: no flows, assets and vendor links without their newer fields.
    const {
      hostsApplicationIds: _h,
      attachedToAssetId: _a,
      attachedVia: _v,
      physicalExposure: _p,
      esuCoverage: _e,
      esuUntil: _u,
      lastSecurityUpdate: _l,
      lastUpdateBuild: _b,
      clearedOn: _c,
      ...oldAsset
    } = data.asset;
    const { reachesAssetIds: _r, farSide: _f, ...oldVendor } = data.vendorAccess;
    const written: [EntityType, string, object][] = [
      ['clinic', clinicId, data.clinic],
      ['assessment', assessmentId, data.assessment],
      ['network', lan, { ...data.network, name: 'Clinic LAN', connectsTo: [wifi], reachableFromParent: true }],
      ['network', wifi, { ...data.network, name: 'Staff Wi-Fi', connectsTo: [lan, guest], reachableFromParent: null }],
      ['network', guest, { ...data.network, name: 'Guest Wi-Fi', connectsTo: [], reachableFromParent: false }],
      ['asset', crypto.randomUUID(), oldAsset],
      ['vendorAccess', crypto.randomUUID(), oldVendor],
      ['link', crypto.randomUUID(), data.link],
      ['application', crypto.randomUUID(), data.application],
      ['answer', crypto.randomUUID(), data.answer],
    ];
    const current = new AssessorDatabase(name);
    const vault = await Vault.open(current, await createKeyring(current, 'migration passphrase', derive));
    for (const [type, id, record] of written) {
      const parent = type === 'clinic' ? '' : type === 'assessment' ? clinicId : assessmentId;
      await current
        .rows(type)
        .put(await vault.seal(type, parent, createVersioned(id, record as never, vault.nextWrite())));
    }
    await vault.saveClock();
    const oldTables = entityTypes.filter((t) => !addedAfter11.has(t));
    const rows = Object.fromEntries(
      await Promise.all(oldTables.map(async (t) => [t, await current.rows(t).toArray()] as const)),
    ) as Record<EntityType, StoredRow[]>;
    const settings = await current.settings.toArray();
    current.close();
    await Dexie.delete(name);

    const previous = openAtVersion(name, 2);
    expect(previous.tables.map((t) => t.name)).not.toContain('flows');
    await previous.table('settings').bulkPut(settings);
    for (const t of oldTables) await previous.table(entityTables[t]).bulkPut(rows[t]);
    previous.close();

    const upgraded = new AssessorDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_SCHEMA_VERSION);
    const repos = repositoriesFor(
      await Vault.open(upgraded, await unlockKeyring(upgraded, 'migration passphrase', derive)),
    );
    expect(await upgradeTopology(repos)).toEqual({ flows: 4, networks: 2 });

    // Nothing lost: every record is there with its data; only the networks' older fields moved into flows.
    for (const [type, id, record] of written) {
      const stored = await repos[type].get(id);
      expect(stored?.data).toMatchObject(
        type === 'network'
          ? {
              ...record,
              connectsTo: [],
              reachableFromParent:
                (record as { reachableFromParent: unknown }).reachableFromParent === false ? false : null,
            }
          : record,
      );
    }
    const flows = await repos.flow.list(assessmentId);
    const ends = [
      [lan, wifi],
      ['parent-corporate', lan],
      [wifi, lan],
      [wifi, guest],
    ];
    expect(flows.map((f) => f.id).sort()).toEqual(
      (await Promise.all(ends.map(([from, to]) => derivedId('legacy-flow', from ?? '', to ?? '')))).sort(),
    );
    expect(flows.map((f) => [f.data.from, f.data.to]).sort()).toEqual([...ends].sort());
    expect(
      flows.every((f) => f.data.method === 'routed' && f.data.knownBy === 'stated' && f.data.services.join() === 'any'),
    ).toBe(true);

    // Records from before read with the newer fields' defaults, so the rules can judge them.
    const records = await loadAssessmentRecords(repos, assessmentId);
    expect(records?.assets[0]?.data).toMatchObject({
      ...oldAsset,
      hostsApplicationIds: [],
      esuCoverage: 'unknown',
      physicalExposure: 'unknown',
    });
    expect(records?.vendorLinks[0]?.data).toMatchObject({ reachesAssetIds: [], farSide: 'unknown' });
    expect(evaluateRules(buildContext(factsOf(records!, '2026-11-30'), osSupport)).length).toBeGreaterThan(0);

    // A second run writes nothing.
    const snapshot = async () =>
      Promise.all([...entityTypes.map((t) => upgraded.rows(t).toArray()), upgraded.settings.toArray()]);
    const before = await snapshot();
    expect(await upgradeTopology(repos)).toEqual({ flows: 0, networks: 0 });
    expect(await snapshot()).toEqual(before);
    upgraded.close();
  });
});
