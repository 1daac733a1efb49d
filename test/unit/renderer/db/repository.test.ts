import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { entityTypes, type EntityType } from '../../../../shared/model/entities';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import { repositoriesFor, type Repositories } from '../../../../renderer/db/repository';
import { RecordDamagedError, Vault } from '../../../../renderer/db/vault';
import type { AssessorDatabase, StoredRow } from '../../../../renderer/db/database';
import { sampleData } from '../../../support/sampleRecords';
import { derive, freshDatabase } from '../../../support/testDatabase';

const clinicId = crypto.randomUUID();
const assessmentId = crypto.randomUUID();
const networkId = crypto.randomUUID();
const samples = sampleData(clinicId, assessmentId, networkId);

/** Text that must never be stored in the clear: every string value of every sample. */
const sensitiveTexts = Object.values(samples)
  .flatMap((data) => Object.entries(data))
  .filter(
    ([key, value]) =>
      typeof value === 'string' &&
      value.length >= 4 &&
      !key.endsWith('Id') &&
      !/^\d{4}-\d\d-\d\d$/.test(value) &&
      ![
        'kind',
        'osFamily',
        'criticality',
        'purpose',
        'method',
        'availability',
        'type',
        'category',
        'hosting',
        'severity',
        'status',
        'questionId',
        'ruleId',
        'checklistVersion',
      ].includes(key),
  )
  .map(([, value]) => value as string);

let db: AssessorDatabase;
let repos: Repositories;
let key: CryptoKey;

beforeAll(async () => {
  db = freshDatabase();
  key = await createKeyring(db, 'correct horse battery staple', derive);
});
afterEach(() => undefined);

async function unlocked(): Promise<Repositories> {
  repos ??= repositoriesFor(await Vault.open(db, key));
  return repos;
}

describe('encrypted repositories', () => {
  it.each(entityTypes)('round-trips a %s record', async (type: EntityType) => {
    const r = (await unlocked())[type] as unknown as Repositories['clinic'];
    const data = samples[type] as never;
    const created = await r.create(data);
    const read = await r.get(created.id);
    expect(read?.data).toEqual(data);
    expect(read?.deleted).toBeNull();
    expect(Object.keys(read?.stamps ?? {}).sort()).toEqual(Object.keys(data).sort());
  });

  it('stores no plaintext of any sensitive field, in any form', async () => {
    await unlocked();
    const raw: string[] = [];
    for (const table of db.tables) {
      for (const row of await table.toArray())
        raw.push(
          JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : v)),
        );
    }
    const everything = raw.join('\n');
    expect(sensitiveTexts.length).toBeGreaterThan(20);
    for (const text of sensitiveTexts) {
      expect(everything, text).not.toContain(text);
      expect(everything, `${text} (UTF-16)`).not.toContain(text.split('').join('\u0000'));
    }
  });

  it('lists live records by parent and hides tombstones', async () => {
    const r = await unlocked();
    const a = await r.asset.create({ ...samples.asset, name: 'PC-A' });
    const b = await r.asset.create({ ...samples.asset, name: 'PC-B' });
    await r.asset.remove(a.id);
    const names = (await r.asset.list(assessmentId)).map((x) => x.data.name);
    expect(names).toContain('PC-B');
    expect(names).not.toContain('PC-A');
    expect((await r.asset.get(a.id))?.deleted).not.toBeNull();
    expect((await r.asset.all()).map((x) => x.id)).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it('stamps only the changed fields and counts the write in the version vector', async () => {
    const r = await unlocked();
    const created = await r.clinic.create(samples.clinic);
    const updated = await r.clinic.update(created.id, {
      name: 'Riverside Family Practice (North)',
      address: samples.clinic.address,
    });
    expect((updated.stamps.name?.t ?? '') > (created.stamps.name?.t ?? '')).toBe(true);
    expect(updated.stamps.address).toEqual(created.stamps.address);
    const device = Object.keys(created.vv)[0] ?? '';
    expect(updated.vv[device]).toBe(2);
    const unchanged = await r.clinic.update(created.id, { name: 'Riverside Family Practice (North)' });
    expect(unchanged.vv[device]).toBe(2);
  });

  it('rejects invalid data without writing', async () => {
    const r = await unlocked();
    const before = await db.rows('clinic').count();
    await expect(r.clinic.create({ ...samples.clinic, acquisitionDate: '31/12/2026' })).rejects.toThrow(
      /^The acquisition date of the clinic is “31\/12\/2026”, not a date \(YYYY-MM-DD\)\.$/,
    );
    expect(await db.rows('clinic').count()).toBe(before);
  });

  it('detects a tampered ciphertext on read with a clear error', async () => {
    const r = await unlocked();
    const created = await r.clinic.create(samples.clinic);
    const row = (await db.rows('clinic').get(created.id)) as StoredRow;
    const flipped = row.sealed.slice();
    flipped[20] = (flipped[20] ?? 0) ^ 0x01;
    await db.rows('clinic').put({ ...row, sealed: flipped });
    await expect(r.clinic.get(created.id)).rejects.toThrow(RecordDamagedError);
    await expect(r.clinic.get(created.id)).rejects.toThrow(/failed its integrity check/);
  });

  it('detects a ciphertext moved to another record', async () => {
    const r = await unlocked();
    const one = await r.clinic.create({ ...samples.clinic, name: 'One' });
    const two = await r.clinic.create({ ...samples.clinic, name: 'Two' });
    const rowOne = (await db.rows('clinic').get(one.id)) as StoredRow;
    await db.rows('clinic').update(two.id, { sealed: rowOne.sealed });
    await expect(r.clinic.get(two.id)).rejects.toThrow(RecordDamagedError);
  });

  it('seals every write with a fresh IV', async () => {
    const r = await unlocked();
    const created = await r.clinic.create(samples.clinic);
    const first = (await db.rows('clinic').get(created.id))?.sealed.slice(0, 12);
    await r.clinic.update(created.id, { contacts: 'changed' });
    const second = (await db.rows('clinic').get(created.id))?.sealed.slice(0, 12);
    expect(first).not.toEqual(second);
  });

  it('keeps every edit when saves of the same record race', async () => {
    const r = await unlocked();
    const created = await r.clinic.create(samples.clinic);
    await Promise.all([
      r.clinic.update(created.id, { name: 'Raced name' }),
      r.clinic.update(created.id, { address: 'Raced address' }),
      r.clinic.update(created.id, { contacts: 'Raced contacts' }),
    ]);
    const read = await r.clinic.get(created.id);
    expect(read?.data).toMatchObject({ name: 'Raced name', address: 'Raced address', contacts: 'Raced contacts' });
  });

  it('creates many records in one transaction', async () => {
    const r = await unlocked();
    const made = await r.asset.createMany(
      Array.from({ length: 50 }, (_, i) => ({ ...samples.asset, name: `WS-${i}` })),
    );
    expect(made).toHaveLength(50);
    expect((await r.asset.get(made[49]?.id ?? ''))?.data.name).toBe('WS-49');
  });
});

describe('upsert', () => {
  it('creates a record under a given id, then updates it, also when two upserts race', async () => {
    const r = await unlocked();
    const id = crypto.randomUUID();
    await Promise.all([
      r.answer.upsert(id, { ...samples.answer, value: 1 }),
      r.answer.upsert(id, { ...samples.answer, value: 1, note: 'second' }),
    ]);
    const read = await r.answer.get(id);
    expect(read?.data).toMatchObject({ value: 1, note: 'second' });
    await r.answer.upsert(id, { ...samples.answer, value: 2, note: 'second' });
    expect((await r.answer.get(id))?.data.value).toBe(2);
    expect((await r.answer.all()).filter((a) => a.id === id)).toHaveLength(1);
  });
});

describe('opened-record cache', () => {
  it('returns the same object for an unchanged row, and opens a changed or tampered row afresh', async () => {
    const r = await unlocked();
    const created = await r.clinic.create({ ...samples.clinic, name: 'Cache Clinic' });
    const first = await r.clinic.get(created.id);
    expect(await r.clinic.get(created.id)).toBe(first);
    await r.clinic.update(created.id, { name: 'Cache Clinic (renamed)' });
    const second = await r.clinic.get(created.id);
    expect(second).not.toBe(first);
    expect(second?.data.name).toBe('Cache Clinic (renamed)');
    const row = (await db.rows('clinic').get(created.id)) as StoredRow;
    const flipped = row.sealed.slice();
    flipped[30] = (flipped[30] ?? 0) ^ 0x01;
    await db.rows('clinic').put({ ...row, sealed: flipped });
    await expect(r.clinic.get(created.id)).rejects.toThrow(RecordDamagedError);
  });
});
