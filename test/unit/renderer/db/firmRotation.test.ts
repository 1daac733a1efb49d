import { describe, expect, it } from 'vitest';
import { openBundle } from '../../../../shared/bundle/readBundle';
import { sealBundle } from '../../../../shared/bundle/writeBundle';
import { endorseKey, publicKeyFileText, readPublicKeyFile } from '../../../../shared/bundle/firmKeyFiles';
import { fromUtf8, utf8 } from '../../../../shared/crypto/bytes';
import { generateKeyPair, keyFingerprint } from '../../../../shared/crypto/p256Keys';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import {
  adoptFirmKey,
  adoptRotatedFirmKey,
  createFirmKey,
  firmKeyPair,
  firmKeyPairFor,
  heldFirmKeys,
  readFirmKey,
  readFirmKeyEndorsement,
  readFirmRecipient,
  replaceFirmRecipient,
  rotateFirmKey,
  saveFirmRecipient,
  signingKey,
  trustedFirmKeys,
} from '../../../../renderer/db/signerAndFirmKeys';
import {
  heldRevocationFile,
  heldRevocationList,
  loadRevocationList,
  refuseRevokedSigner,
  revokeSigner,
} from '../../../../renderer/db/revocations';
import { Vault } from '../../../../renderer/db/vault';
import { derive, freshDatabase } from '../../../support/testDatabase';

async function unlocked() {
  const db = freshDatabase();
  return Vault.open(db, await createKeyring(db, 'laptop passphrase', derive));
}

/** A file for a firm public key, as an assessor's export makes it. */
async function fileFor(publicKey: Uint8Array, text: string) {
  return sealBundle(utf8(text), { recipients: [{ type: 'public-key', publicKey }] });
}

async function openWithHeld(vault: Vault, bytes: Uint8Array, keyIds: string[]) {
  const pair = await firmKeyPairFor(vault, keyIds);
  if (!pair) return undefined;
  return fromUtf8(
    (await openBundle(bytes, { key: { type: 'private-key', privateKey: pair.privateKey, publicKey: pair.publicKey } }))
      .payload,
  );
}

describe('firm key rotation on the firm installation', () => {
  it('keeps the old pair so files for it still open, endorses the new key, and moves its own exports to it', async () => {
    const firm = await unlocked();
    await createFirmKey(firm, 'Northwind 2025');
    const old = (await readFirmKey(firm.db))!;
    await saveFirmRecipient(firm.db, old);
    const oldFile = await fileFor(old.publicKey, 'sent before the rotation');

    const next = await rotateFirmKey(firm, 'Northwind 2026');
    expect(next.fingerprint).not.toBe(old.fingerprint);
    expect((await readFirmKey(firm.db))?.fingerprint).toBe(next.fingerprint);
    expect((await heldFirmKeys(firm.db)).map((k) => k.fingerprint)).toEqual([next.fingerprint, old.fingerprint]);
    expect((await readFirmRecipient(firm.db))?.fingerprint).toBe(next.fingerprint);

    expect(await openWithHeld(firm, oldFile, [old.fingerprint])).toBe('sent before the rotation');
    const newFile = await fileFor(next.publicKey, 'sent after');
    expect(await openWithHeld(firm, newFile, [next.fingerprint])).toBe('sent after');
    expect(await firmKeyPairFor(firm, ['0000 0000 0000 0000 0000 0000 0000 0000'])).toBeUndefined();

    // The public key file it hands out now says which key it replaces, and that key's signature checks out.
    const endorsement = await readFirmKeyEndorsement(firm.db);
    const published = await readPublicKeyFile(await publicKeyFileText({ ...next, endorsement }));
    expect(published.endorsement?.fingerprint).toBe(old.fingerprint);

    // A second rotation keeps both earlier keys.
    await rotateFirmKey(firm, 'Northwind 2027');
    expect(await openWithHeld(firm, oldFile, [old.fingerprint])).toBe('sent before the rotation');
    expect(await heldFirmKeys(firm.db)).toHaveLength(3);
  });

  it('a second firm computer takes the key rotated elsewhere only when the key it holds endorsed it', async () => {
    const first = await unlocked();
    await createFirmKey(first, 'Northwind 2025');
    const old = (await firmKeyPair(first))!;
    const second = await unlocked();
    await adoptFirmKey(second, { ...old, privateKey: new Uint8Array(old.privateKey) });
    const oldFile = await fileFor(old.publicKey, 'for the old key');

    const stranger = await generateKeyPair('ecdh');
    const unendorsed = await generateKeyPair('ecdh');
    await expect(
      adoptRotatedFirmKey(second, {
        name: 'x',
        ...unendorsed,
        endorsement: await endorseKey(stranger, unendorsed.publicKey),
      }),
    ).rejects.toThrow(
      `This private key file is not endorsed by the firm key held here (${old.fingerprint}), so it does not replace it.`,
    );
    const next = await generateKeyPair('ecdh');
    const nextFingerprint = await keyFingerprint(next.publicKey);
    await adoptRotatedFirmKey(second, {
      name: 'Northwind 2026',
      ...next,
      endorsement: await endorseKey(old, next.publicKey),
    });
    expect((await heldFirmKeys(second.db)).map((k) => k.fingerprint)).toEqual([nextFingerprint, old.fingerprint]);
    expect((await readFirmKeyEndorsement(second.db))?.fingerprint).toBe(old.fingerprint);
    expect(await openWithHeld(second, oldFile, [old.fingerprint])).toBe('for the old key');
  });

  it('refuses to rotate where no firm key is held', async () => {
    await expect(rotateFirmKey(await unlocked(), 'x')).rejects.toThrow(
      'There is no firm key pair on this computer to replace.',
    );
  });
});

describe('revocations across two installations', () => {
  it('the firm revokes a signer; the assessor loads the list, refuses the signer, and refuses an older list', async () => {
    const firm = await unlocked();
    await createFirmKey(firm, 'Northwind security');
    const firmPublic = (await readFirmKey(firm.db))!;
    const assessor = await unlocked();
    const colleague = await signingKey(await unlocked());
    await replaceFirmRecipient(assessor.db, firmPublic);

    const first = await revokeSigner(
      firm,
      { fingerprint: colleague.fingerprint, name: 'Sam Lee', reason: 'Laptop stolen' },
      new Date('2026-11-02T09:00:00Z'),
    );
    expect(await heldRevocationFile(firm.db)).toBe(first);
    const other = await keyFingerprint((await signingKey(await unlocked())).publicKey);
    const second = await revokeSigner(firm, { fingerprint: other, name: '', reason: 'Left the firm' });
    expect((await heldRevocationList(firm.db))?.sequence).toBe(2);

    await expect(refuseRevokedSigner(assessor.db, colleague)).resolves.toBeUndefined();
    expect((await loadRevocationList(assessor.db, second)).revoked).toHaveLength(2);
    await expect(
      refuseRevokedSigner(assessor.db, { name: 'Sam Lee', fingerprint: colleague.fingerprint }),
    ).rejects.toThrow(
      `This file is signed by Sam Lee (key ${colleague.fingerprint}), whose key the firm revoked on 2026-11-02 (reason: Laptop stolen), so it is refused.`,
    );
    await expect(refuseRevokedSigner(assessor.db, undefined)).resolves.toBeUndefined();
    await expect(loadRevocationList(assessor.db, first)).rejects.toThrow(
      'This revocation list is number 1, older than number 2 already held, so it was not used.',
    );

    // An assessor who never adopted this firm key does not take its word.
    const elsewhere = await unlocked();
    await expect(loadRevocationList(elsewhere.db, second)).rejects.toThrow(/not a firm key you hold or were given/);
  });

  it('after a rotation, a list signed by the new key is taken by an assessor who adopted it, and one by the old key too', async () => {
    const firm = await unlocked();
    await createFirmKey(firm, 'Northwind 2025');
    const old = (await readFirmKey(firm.db))!;
    const assessor = await unlocked();
    await replaceFirmRecipient(assessor.db, old);
    const byOld = await revokeSigner(firm, { fingerprint: 'ab'.repeat(16), name: '', reason: 'lost' });
    await rotateFirmKey(firm, 'Northwind 2026');
    const byNew = await revokeSigner(firm, { fingerprint: 'cd'.repeat(16), name: '', reason: 'lost' });

    await replaceFirmRecipient(assessor.db, (await readFirmKey(firm.db))!);
    expect((await trustedFirmKeys(assessor.db)).map((k) => k.name)).toEqual(['Northwind 2026', 'Northwind 2025']);
    expect((await loadRevocationList(assessor.db, byOld)).sequence).toBe(1);
    expect((await loadRevocationList(assessor.db, byNew)).revoked).toHaveLength(2);
  });
});
