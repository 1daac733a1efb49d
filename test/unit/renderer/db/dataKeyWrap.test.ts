import { describe, expect, it } from 'vitest';
import {
  changePassphrase,
  createKeyring,
  hasKeyring,
  unlockKeyring,
  WrongPassphraseError,
} from '../../../../renderer/db/dataKeyWrap';
import { repositoriesFor } from '../../../../renderer/db/repository';
import { Vault } from '../../../../renderer/db/vault';
import { sampleData } from '../../../support/sampleRecords';
import { derive, freshDatabase } from '../../../support/testDatabase';

const samples = sampleData(crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID());

async function snapshot(db: ReturnType<typeof freshDatabase>) {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return tables;
}

describe('passphrase keyring', () => {
  it('creates a keyring once and stores Argon2id parameters with the wrapped key', async () => {
    const db = freshDatabase();
    expect(await hasKeyring(db)).toBe(false);
    await createKeyring(db, 'first passphrase here', derive);
    expect(await hasKeyring(db)).toBe(true);
    const stored = (await db.settings.get('keyring'))?.value as {
      kdf: Record<string, unknown>;
      wrappedKey: Uint8Array;
    };
    expect(stored.kdf).toMatchObject({ algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 });
    expect((stored.kdf.salt as Uint8Array).byteLength).toBe(16);
    expect(stored.wrappedKey.byteLength).toBe(12 + 32 + 16);
    await expect(createKeyring(db, 'second', derive)).rejects.toThrow(/already set/);
  });

  it('unlocks with the right passphrase and reads the data back', async () => {
    const db = freshDatabase();
    const key = await createKeyring(db, 'right passphrase', derive);
    const created = await repositoriesFor(await Vault.open(db, key)).clinic.create(samples.clinic);
    const again = await unlockKeyring(db, 'right passphrase', derive);
    expect((await repositoriesFor(await Vault.open(db, again)).clinic.get(created.id))?.data).toEqual(samples.clinic);
  });

  it('refuses a wrong passphrase with a clear error and changes nothing', async () => {
    const db = freshDatabase();
    const key = await createKeyring(db, 'right passphrase', derive);
    await repositoriesFor(await Vault.open(db, key)).clinic.create(samples.clinic);
    const before = await snapshot(db);
    await expect(unlockKeyring(db, 'wrong passphrase', derive)).rejects.toThrow(WrongPassphraseError);
    await expect(unlockKeyring(db, 'wrong passphrase', derive)).rejects.toThrow(
      'That passphrase is not right. Nothing was changed; try again.',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('the data key cannot be read back from the unlocked key object', async () => {
    const db = freshDatabase();
    const key = await createKeyring(db, 'right passphrase', derive);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('changing the passphrase keeps all data and only re-wraps the key', async () => {
    const db = freshDatabase();
    const key = await createKeyring(db, 'old passphrase', derive);
    const repos = repositoriesFor(await Vault.open(db, key));
    const clinic = await repos.clinic.create(samples.clinic);
    const asset = await repos.asset.create(samples.asset);
    const rowsBefore = await db.rows('clinic').toArray();

    await changePassphrase(db, 'old passphrase', 'new passphrase', derive);

    expect(await db.rows('clinic').toArray()).toEqual(rowsBefore);
    await expect(unlockKeyring(db, 'old passphrase', derive)).rejects.toThrow(WrongPassphraseError);
    const after = repositoriesFor(await Vault.open(db, await unlockKeyring(db, 'new passphrase', derive)));
    expect((await after.clinic.get(clinic.id))?.data).toEqual(samples.clinic);
    expect((await after.asset.get(asset.id))?.data).toEqual(samples.asset);
  });

  it('a wrong current passphrase leaves the keyring as it was', async () => {
    const db = freshDatabase();
    await createKeyring(db, 'old passphrase', derive);
    const before = await db.settings.get('keyring');
    await expect(changePassphrase(db, 'not it', 'new passphrase', derive)).rejects.toThrow(WrongPassphraseError);
    expect(await db.settings.get('keyring')).toEqual(before);
  });
});
