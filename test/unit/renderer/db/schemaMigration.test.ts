import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AssessorDatabase } from '../../../../renderer/db/database';
import { createKeyring, unlockKeyring } from '../../../../renderer/db/keyring';
import { repositoriesFor } from '../../../../renderer/db/repository';
import { CURRENT_SCHEMA_VERSION, schemaVersions } from '../../../../renderer/db/schemaVersions';
import { Vault } from '../../../../renderer/db/vault';
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
    expect(stored.map((r) => [r.id, r.deleted]).sort()).toEqual([[gone.id, 1], [live.id, 0]].sort());
    const liveIds = await upgraded.rows('clinic').where('[parentId+deleted]').equals(['', 0]).primaryKeys();
    expect(liveIds).toEqual([live.id]);
    const reopened = repositoriesFor(await Vault.open(upgraded, await unlockKeyring(upgraded, 'migration passphrase', derive)));
    expect((await reopened.clinic.list()).map((c) => c.data)).toEqual([samples.clinic]);
    upgraded.close();
  });
});
