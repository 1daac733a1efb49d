import { describe, expect, it } from 'vitest';
import { keyFingerprint } from '../../../../shared/crypto/p256Keys';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import {
  createFirmKey,
  DEFAULT_SIGNER_NAME,
  distrustSigner,
  firmKeyPair,
  isTrusted,
  readFirmKey,
  readSigningKey,
  readTrustedSigners,
  renameSigner,
  signingKey,
  trustSigner,
} from '../../../../renderer/db/signerAndFirmKeys';
import { Vault } from '../../../../renderer/db/vault';
import { derive, freshDatabase } from '../../../support/testDatabase';

async function unlocked() {
  const db = freshDatabase();
  return Vault.open(db, await createKeyring(db, 'laptop passphrase', derive));
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.byteLength <= haystack.byteLength; i++) {
    for (let j = 0; j < needle.byteLength; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

describe('keys held by an installation', () => {
  it('makes the signing key once, keeps its private half sealed, and keeps its fingerprint across renames', async () => {
    const vault = await unlocked();
    expect(await readSigningKey(vault.db)).toBeUndefined();
    const first = await signingKey(vault);
    expect(first.name).toBe(DEFAULT_SIGNER_NAME);
    expect(first.fingerprint).toBe(await keyFingerprint(first.publicKey));
    const again = await signingKey(vault);
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(again.privateKey).toEqual(first.privateKey);

    const row = (await vault.db.settings.get('signingKey'))?.value as { sealedPrivate: Uint8Array };
    expect(contains(row.sealedPrivate, first.privateKey.subarray(-40))).toBe(false);

    await renameSigner(vault.db, 'Dana Whitfield');
    expect(await readSigningKey(vault.db)).toMatchObject({ name: 'Dana Whitfield', fingerprint: first.fingerprint });
  });

  it("the firm key's private half opens only under this installation's data key", async () => {
    const vault = await unlocked();
    await createFirmKey(vault, 'Northwind security');
    const pair = await firmKeyPair(vault);
    expect(pair?.name).toBe('Northwind security');
    expect((await readFirmKey(vault.db))?.fingerprint).toBe(pair?.fingerprint);
    // Creating again never replaces a key that files may already be encrypted for.
    await createFirmKey(vault, 'Other');
    expect((await firmKeyPair(vault))?.fingerprint).toBe(pair?.fingerprint);

    const stranger = await unlocked();
    await stranger.db.settings.put({ key: 'firmKey', value: (await vault.db.settings.get('firmKey'))?.value });
    await expect(firmKeyPair(stranger)).rejects.toThrow();
  });

  it('trusts its own key and the signers the assessor chose, until removed', async () => {
    const vault = await unlocked();
    const own = await signingKey(vault);
    expect(await isTrusted(vault.db, own.fingerprint)).toBe(true);
    const colleague = { name: 'Sam Lee', fingerprint: '1111 2222 3333 4444 5555 6666 7777 8888' };
    expect(await isTrusted(vault.db, colleague.fingerprint)).toBe(false);
    await trustSigner(vault.db, colleague);
    await trustSigner(vault.db, colleague);
    expect(await readTrustedSigners(vault.db)).toEqual([expect.objectContaining(colleague)]);
    expect(await isTrusted(vault.db, colleague.fingerprint)).toBe(true);
    await distrustSigner(vault.db, colleague.fingerprint);
    expect(await isTrusted(vault.db, colleague.fingerprint)).toBe(false);
  });
});
