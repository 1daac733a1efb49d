import { describe, expect, it } from 'vitest';
import {
  endorseKey,
  firmKeyReplacement,
  firmKeyReplacementSentence,
  KeyFileError,
  privateKeyFileText,
  publicKeyFileText,
  readPrivateKeyFile,
  readPublicKeyFile,
} from '../../../../shared/bundle/firmKeyFiles';
import { fromBase64, toBase64 } from '../../../../shared/crypto/bytes';
import { generateKeyPair, keyFingerprint } from '../../../../shared/crypto/p256Keys';
import { deriveKeyBytes } from '../../../../shared/crypto/kdf';
import { cheapKdf } from '../../../support/bundleTestKit';

const old = await generateKeyPair('ecdh');
const next = await generateKeyPair('ecdh');
const oldInfo = { name: 'Northwind 2025', fingerprint: await keyFingerprint(old.publicKey) };

describe('firm key rotation: the new key endorsed by the old', () => {
  it('writes a version 2 public key file whose endorsement checks out, and says the key replaces the one held', async () => {
    const endorsement = await endorseKey(old, next.publicKey);
    const text = await publicKeyFileText({ name: 'Northwind 2026', publicKey: next.publicKey, endorsement });
    expect(JSON.parse(text)).toMatchObject({ version: 2, endorsement: { fingerprint: oldInfo.fingerprint } });
    const key = await readPublicKeyFile(text);
    expect(key.endorsement?.fingerprint).toBe(oldInfo.fingerprint);
    const replacement = firmKeyReplacement(oldInfo, key);
    expect(replacement.kind).toBe('endorsed');
    expect(firmKeyReplacementSentence(replacement, key)).toBe(
      `The key ${key.fingerprint} replaces Northwind 2025 (${oldInfo.fingerprint}), endorsed by it.`,
    );
  });

  it('says a replacement is NOT endorsed when it has no endorsement or one by another key', async () => {
    const plain = await readPublicKeyFile(await publicKeyFileText({ name: 'Someone', publicKey: next.publicKey }));
    const replacement = firmKeyReplacement(oldInfo, plain);
    expect(firmKeyReplacementSentence(replacement, plain)).toBe(
      `The key ${plain.fingerprint} is NOT endorsed by the firm key you hold, Northwind 2025 (${oldInfo.fingerprint}): check its fingerprint with the firm by phone before using it.`,
    );
    const other = await generateKeyPair('ecdh');
    const byOther = await readPublicKeyFile(
      await publicKeyFileText({
        name: 'x',
        publicKey: next.publicKey,
        endorsement: await endorseKey(other, next.publicKey),
      }),
    );
    expect(firmKeyReplacement(oldInfo, byOther).kind).toBe('not-endorsed');
    expect(firmKeyReplacement(undefined, plain).kind).toBe('first');
    expect(
      firmKeyReplacementSentence(firmKeyReplacement({ name: 'x', fingerprint: plain.fingerprint }, plain), plain),
    ).toBe('');
  });

  it('refuses an endorsement that does not verify: of another key, or altered', async () => {
    const forOther = await endorseKey(old, (await generateKeyPair('ecdh')).publicKey);
    await expect(
      readPublicKeyFile(await publicKeyFileText({ name: 'x', publicKey: next.publicKey, endorsement: forOther })),
    ).rejects.toThrow('the endorsement by the previous firm key does not check out');
    const text = await publicKeyFileText({
      name: 'x',
      publicKey: next.publicKey,
      endorsement: await endorseKey(old, next.publicKey),
    });
    const file = JSON.parse(text) as { endorsement: { signature: string }; version: number };
    const sig = fromBase64(file.endorsement.signature);
    sig[3] = (sig[3] ?? 0) ^ 1;
    await expect(
      readPublicKeyFile(JSON.stringify({ ...file, endorsement: { ...file.endorsement, signature: toBase64(sig) } })),
    ).rejects.toThrow(KeyFileError);
    await expect(readPublicKeyFile(JSON.stringify({ ...file, version: 1 }))).rejects.toThrow(
      'a version 1 key file carries no endorsement',
    );
  });

  it('keeps the endorsement in the private key file, which still opens', async () => {
    const endorsement = await endorseKey(old, next.publicKey);
    const text = await privateKeyFileText(
      'Northwind 2026',
      next,
      'key file passphrase',
      deriveKeyBytes,
      cheapKdf(),
      endorsement,
    );
    const key = await readPrivateKeyFile(text, 'key file passphrase', deriveKeyBytes);
    expect(key.privateKey).toEqual(next.privateKey);
    expect(key.endorsement?.fingerprint).toBe(oldInfo.fingerprint);
  });
});
