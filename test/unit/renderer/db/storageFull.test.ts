import { describe, expect, it } from 'vitest';
import { diskFull } from '../../../support/diskFull';
import { AssessorDatabase } from '../../../../renderer/db/database';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import { repositoriesFor } from '../../../../renderer/db/repository';
import { StorageFullError } from '../../../../renderer/db/storageErrors';
import { Vault } from '../../../../renderer/db/vault';
import { sampleData } from '../../../support/sampleRecords';
import { derive } from '../../../support/testDatabase';

const samples = sampleData(crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID());

describe('a full disk', () => {
  it('fails a save with StorageFullError, writes nothing, and the same save works once there is room', async () => {
    const state = { full: false };
    const db = new AssessorDatabase(`full-${crypto.randomUUID()}`);
    db.use(diskFull(state));
    const repos = repositoriesFor(await Vault.open(db, await createKeyring(db, 'passphrase for full disk', derive)));
    const clinic = await repos.clinic.create(samples.clinic);

    state.full = true;
    await expect(repos.clinic.update(clinic.id, { contacts: 'new contact' })).rejects.toThrow(StorageFullError);
    await expect(repos.clinic.update(clinic.id, { contacts: 'new contact' })).rejects.toThrow(/no room left to save/);
    await expect(repos.asset.createMany([samples.asset, samples.asset])).rejects.toThrow(StorageFullError);
    state.full = false;

    expect((await repos.clinic.get(clinic.id))?.data.contacts).toBe(samples.clinic.contacts);
    expect(await db.rows('asset').count()).toBe(0);
    await repos.clinic.update(clinic.id, { contacts: 'new contact' });
    expect((await repos.clinic.get(clinic.id))?.data.contacts).toBe('new contact');
  });
});
