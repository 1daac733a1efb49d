/** Closing the vault on lock: writes under way land, then the key and opened records are gone and any use says the data is locked. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import { repositoriesFor, type VaultHolder } from '../../../../renderer/db/repository';
import { LockedError, Vault } from '../../../../renderer/db/vault';
import type { AssessorDatabase } from '../../../../renderer/db/database';
import { sampleData } from '../../../support/sampleRecords';
import { derive, freshDatabase } from '../../../support/testDatabase';

const clinic = sampleData(crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()).clinic;
let db: AssessorDatabase;
let key: CryptoKey;

beforeAll(async () => {
  db = freshDatabase();
  key = await createKeyring(db, 'correct horse battery staple', derive);
});

describe('closing the vault', () => {
  it('lets a write started as it closes land, then refuses every use with a plain locked message', async () => {
    const vault = await Vault.open(db, key);
    const repos = repositoriesFor(vault);
    const created = await repos.clinic.create(clinic);
    const closing = vault.close();
    // Started after close() was called, as a form saving what was typed while it goes away.
    const saved = repos.clinic.update(created.id, { name: 'Saved while locking' });
    await closing;
    expect((await saved).data.name).toBe('Saved while locking');
    await expect(repos.clinic.get(created.id)).rejects.toThrow(LockedError);
    await expect(repos.clinic.list()).rejects.toThrow(
      'The data is locked: unlock it with your passphrase to continue.',
    );
    await expect(vault.sealSecret('x', new Uint8Array(4))).rejects.toThrow(LockedError);
    // A new vault with the key still reads what was saved.
    expect((await repositoriesFor(await Vault.open(db, key)).clinic.get(created.id))?.data.name).toBe(
      'Saved while locking',
    );
  });

  it('forgets records it had opened: a cached read decrypts again, and so fails once closed', async () => {
    const vault = await Vault.open(db, key);
    const repos = repositoriesFor(vault);
    const created = await repos.clinic.create(clinic);
    await repos.clinic.get(created.id);
    vault.forget();
    await expect(repos.clinic.get(created.id)).rejects.toThrow(LockedError);
  });

  it('repositories whose holder was emptied no longer reach the vault', async () => {
    const holder: VaultHolder = { vault: await Vault.open(db, key) };
    const repos = repositoriesFor(holder);
    await repos.clinic.create(clinic);
    holder.vault = null;
    await expect(repos.clinic.list()).rejects.toThrow(LockedError);
  });
});
