import { describe, expect, it } from 'vitest';
import { unwrapFileKey } from '../../../../shared/bundle/recipients';
import { toBase64 } from '../../../../shared/crypto/bytes';
import { generateKeyPair, keyFingerprint, type EcKeyPair } from '../../../../shared/crypto/p256Keys';
import {
  changePassphrase,
  createKeyring,
  readFirmRecovery,
  recoverWithFirmKey,
  setUpFirmRecovery,
  unlockKeyring,
  WrongPassphraseError,
} from '../../../../renderer/db/dataKeyWrap';
import { FirmRecoveryError, NO_FIRM_WRAP } from '../../../../renderer/db/dataKeyFirmWrap';
import { saveFirmRecipient } from '../../../../renderer/db/signerAndFirmKeys';
import { repositoriesFor } from '../../../../renderer/db/repository';
import { Vault } from '../../../../renderer/db/vault';
import { sampleData } from '../../../support/sampleRecords';
import { derive, freshDatabase } from '../../../support/testDatabase';

const samples = sampleData(crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID());
type Db = ReturnType<typeof freshDatabase>;

async function firm(name: string): Promise<EcKeyPair & { name: string; fingerprint: string }> {
  const pair = await generateKeyPair('ecdh');
  return { ...pair, name, fingerprint: await keyFingerprint(pair.publicKey) };
}

/** A set-up database holding one clinic, with the firm's public key set before the passphrase. */
async function withFirm(firmKey: { name: string; publicKey: Uint8Array }): Promise<{ db: Db; clinicId: string }> {
  const db = freshDatabase();
  await saveFirmRecipient(db, firmKey);
  const key = await createKeyring(db, 'old passphrase', derive);
  const clinic = await repositoriesFor(await Vault.open(db, key)).clinic.create(samples.clinic);
  return { db, clinicId: clinic.id };
}

async function clinicName(db: Db, key: CryptoKey, id: string) {
  return (await repositoriesFor(await Vault.open(db, key)).clinic.get(id))?.data.name;
}

describe('the data key wrapped for the firm', { timeout: 60_000 }, () => {
  it('is made at set-up when the firm key is set, and names the firm, its fingerprint and when', async () => {
    const northwind = await firm('Northwind security');
    const { db } = await withFirm(northwind);
    const recovery = await readFirmRecovery(db);
    expect(recovery).toMatchObject({ name: 'Northwind security', fingerprint: northwind.fingerprint });
    expect(Date.parse(recovery?.since ?? '')).not.toBeNaN();
  });

  it('recovers with the firm key: a new passphrase replaces the old, the data reads back, and the firm can still recover', async () => {
    const northwind = await firm('Northwind security');
    const { db, clinicId } = await withFirm(northwind);
    const key = await recoverWithFirmKey(db, northwind, 'brand new passphrase', derive);
    expect(key.extractable).toBe(false);
    expect(await clinicName(db, key, clinicId)).toBe(samples.clinic.name);
    await expect(unlockKeyring(db, 'old passphrase', derive)).rejects.toThrow(WrongPassphraseError);
    expect(await clinicName(db, await unlockKeyring(db, 'brand new passphrase', derive), clinicId)).toBe(
      samples.clinic.name,
    );
    expect((await readFirmRecovery(db))?.fingerprint).toBe(northwind.fingerprint);
    await recoverWithFirmKey(db, northwind, 'a third passphrase', derive);
    await unlockKeyring(db, 'a third passphrase', derive);
  });

  it('refuses another firm key, or a database with no firm wrap, in one sentence, and changes nothing', async () => {
    const northwind = await firm('Northwind security');
    const other = await firm('Someone else');
    const { db } = await withFirm(northwind);
    const before = await db.settings.get('keyring');
    const refusal = recoverWithFirmKey(db, other, 'brand new passphrase', derive);
    await expect(refusal).rejects.toThrow(FirmRecoveryError);
    await expect(refusal).rejects.toThrow(
      `That private key file is the firm key ${other.fingerprint}, but this computer can be recovered only with the firm key Northwind security (${northwind.fingerprint}).`,
    );
    expect(await db.settings.get('keyring')).toEqual(before);
    await unlockKeyring(db, 'old passphrase', derive);

    const bare = freshDatabase();
    await createKeyring(bare, 'old passphrase', derive);
    expect(await readFirmRecovery(bare)).toBeUndefined();
    await expect(recoverWithFirmKey(bare, northwind, 'brand new passphrase', derive)).rejects.toThrow(NO_FIRM_WRAP);
  });

  it('is wrapped again for a new firm key at the next unlock; then only the new key recovers', async () => {
    const first = await firm('Northwind 2025');
    const second = await firm('Northwind 2026');
    const { db, clinicId } = await withFirm(first);
    await saveFirmRecipient(db, second);
    expect((await readFirmRecovery(db))?.fingerprint).toBe(first.fingerprint);
    await unlockKeyring(db, 'old passphrase', derive);
    expect(await readFirmRecovery(db)).toMatchObject({ name: 'Northwind 2026', fingerprint: second.fingerprint });
    await expect(recoverWithFirmKey(db, first, 'brand new passphrase', derive)).rejects.toThrow(FirmRecoveryError);
    expect(await clinicName(db, await recoverWithFirmKey(db, second, 'brand new passphrase', derive), clinicId)).toBe(
      samples.clinic.name,
    );
  });

  it('an unlock with the same firm key leaves the stored keyring as it was', async () => {
    const { db } = await withFirm(await firm('Northwind security'));
    const before = await db.settings.get('keyring');
    await unlockKeyring(db, 'old passphrase', derive);
    expect(await db.settings.get('keyring')).toEqual(before);
  });

  it('is set from Settings with the passphrase once the firm key is given after set-up', async () => {
    const northwind = await firm('Northwind security');
    const db = freshDatabase();
    await createKeyring(db, 'old passphrase', derive);
    await expect(setUpFirmRecovery(db, 'old passphrase', derive)).rejects.toThrow(
      'Set the firm’s public key first; recovery is made for that key.',
    );
    await saveFirmRecipient(db, northwind);
    await expect(setUpFirmRecovery(db, 'not it', derive)).rejects.toThrow(WrongPassphraseError);
    expect(await readFirmRecovery(db)).toBeUndefined();
    await setUpFirmRecovery(db, 'old passphrase', derive);
    expect((await readFirmRecovery(db))?.fingerprint).toBe(northwind.fingerprint);
  });

  it('a passphrase change keeps the firm wrap as it was', async () => {
    const northwind = await firm('Northwind security');
    const { db, clinicId } = await withFirm(northwind);
    const firmWrapBefore = ((await db.settings.get('keyring'))?.value as { firm: unknown }).firm;
    await changePassphrase(db, 'old passphrase', 'changed passphrase', derive);
    expect(((await db.settings.get('keyring'))?.value as { firm: unknown }).firm).toEqual(firmWrapBefore);
    expect(
      await clinicName(db, await recoverWithFirmKey(db, northwind, 'recovered passphrase', derive), clinicId),
    ).toBe(samples.clinic.name);
  });

  it('never opens as an assessment file key: its context is its own', async () => {
    const northwind = await firm('Northwind security');
    const { db } = await withFirm(northwind);
    const stored = (
      (await db.settings.get('keyring'))?.value as { firm: { ephemeralKey: Uint8Array; wrappedKey: Uint8Array } }
    ).firm;
    const asFileRecipient = {
      type: 'public-key' as const,
      algorithm: 'ECDH-P256-HKDF-SHA256' as const,
      keyId: northwind.fingerprint,
      ephemeralKey: toBase64(stored.ephemeralKey),
      wrappedKey: toBase64(stored.wrappedKey),
    };
    await expect(
      unwrapFileKey([asFileRecipient], {
        type: 'private-key',
        privateKey: northwind.privateKey,
        publicKey: northwind.publicKey,
      }),
    ).rejects.toMatchObject({ name: 'BundleError', code: 'wrong-key' });
  });
});
