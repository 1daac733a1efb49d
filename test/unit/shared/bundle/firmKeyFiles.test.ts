import { describe, expect, it } from 'vitest';
import {
  KeyFileError,
  privateKeyFileText,
  publicKeyFileText,
  readPrivateKeyFile,
  readPublicKeyFile,
} from '../../../../shared/bundle/firmKeyFiles';
import { generateKeyPair, keyFingerprint } from '../../../../shared/crypto/p256Keys';
import { deriveKeyBytes, type Argon2idParams } from '../../../../shared/crypto/kdf';
import { cheapKdf } from '../../../support/bundleTestKit';

const pair = await generateKeyPair('ecdh');
const name = 'Northwind Health security team';

describe('public key file', () => {
  it('round-trips name, key and fingerprint, pasted with stray whitespace too', async () => {
    const text = await publicKeyFileText({ name, publicKey: pair.publicKey });
    const key = await readPublicKeyFile(`\n  ${text}  \n`);
    expect(key).toEqual({ name, publicKey: pair.publicKey, fingerprint: await keyFingerprint(pair.publicKey) });
    expect(text).not.toMatch(/private|sealed/i);
  });

  it.each([
    ['not JSON', () => 'ssh-rsa AAAA'],
    ['another JSON', () => '{"hello":1}'],
    [
      'a changed key',
      async () =>
        (await publicKeyFileText({ name, publicKey: pair.publicKey })).replace(/"publicKey": "B/, '"publicKey": "C'),
    ],
    [
      'a changed fingerprint',
      async () =>
        (await publicKeyFileText({ name, publicKey: pair.publicKey })).replace(
          /"fingerprint": "./,
          '"fingerprint": "z',
        ),
    ],
    ['an enormous file', () => `{"pad":"${'x'.repeat(20_000)}"}`],
  ])('refuses %s with a clear message', async (_label, make) => {
    await expect(readPublicKeyFile(await make())).rejects.toThrow(KeyFileError);
  });
});

describe('private key file', () => {
  it('opens with its passphrase and gives the same key pair back', async () => {
    const text = await privateKeyFileText(name, pair, 'firm key passphrase', deriveKeyBytes, cheapKdf());
    expect(text).not.toContain(Buffer.from(pair.privateKey).toString('base64').slice(0, 40));
    const key = await readPrivateKeyFile(text, 'firm key passphrase', deriveKeyBytes);
    expect(key.privateKey).toEqual(pair.privateKey);
    expect(key.publicKey).toEqual(pair.publicKey);
    expect(key.name).toBe(name);
  });

  it('a wrong passphrase, a swapped public key or a costly KDF are refused', async () => {
    const text = await privateKeyFileText(name, pair, 'firm key passphrase', deriveKeyBytes, cheapKdf());
    await expect(readPrivateKeyFile(text, 'wrong', deriveKeyBytes)).rejects.toThrow(
      'That passphrase does not open this private key file',
    );

    const other = await generateKeyPair('ecdh');
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const swapped = {
      ...parsed,
      publicKey: Buffer.from(other.publicKey).toString('base64'),
      fingerprint: await keyFingerprint(other.publicKey),
    };
    await expect(readPrivateKeyFile(JSON.stringify(swapped), 'firm key passphrase', deriveKeyBytes)).rejects.toThrow(
      KeyFileError,
    );

    let derived = 0;
    const costly = { ...parsed, kdf: { ...(parsed.kdf as object), memoryKiB: 4 * 1024 * 1024 } };
    const derive = (p: string, k: Argon2idParams) => ((derived += 1), deriveKeyBytes(p, k));
    await expect(readPrivateKeyFile(JSON.stringify(costly), 'firm key passphrase', derive)).rejects.toThrow(
      'out of the allowed range',
    );
    expect(derived).toBe(0);
  });
});
