import { describe, expect, it } from 'vitest';
import { KeyFileError, privateKeyFileText } from '../../../../shared/bundle/firmKeyFiles';
import { readSigningKeyFile, signingKeyFileText } from '../../../../shared/bundle/signingKeyFile';
import {
  generateKeyPair,
  importPrivateKey,
  importPublicKey,
  keyFingerprint,
  signBytes,
  verifyBytes,
} from '../../../../shared/crypto/p256Keys';
import { utf8 } from '../../../../shared/crypto/bytes';
import { deriveKeyBytes } from '../../../../shared/crypto/kdf';
import { cheapKdf } from '../../../support/bundleTestKit';

const pair = await generateKeyPair('ecdsa');
const text = await signingKeyFileText('Dana Whitfield', pair, 'dana key', deriveKeyBytes, cheapKdf());

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'opened';
  } catch (error) {
    return error instanceof KeyFileError ? error.message : `unexpected ${String(error)}`;
  }
}

describe('the signing key file (.casign)', () => {
  it('opens with its passphrase and gives back a key pair that signs', async () => {
    const key = await readSigningKeyFile(text, 'dana key', deriveKeyBytes);
    expect(key).toMatchObject({
      name: 'Dana Whitfield',
      fingerprint: await keyFingerprint(pair.publicKey),
      publicKey: pair.publicKey,
    });
    const signature = await signBytes(await importPrivateKey('ecdsa', key.privateKey), utf8('m'));
    expect(await verifyBytes(await importPublicKey('ecdsa', pair.publicKey), signature, utf8('m'))).toBe(true);
  });

  it('refuses a wrong passphrase, a swapped public key, and a firm key file, each saying so', async () => {
    expect(await refusal(readSigningKeyFile(text, 'not it', deriveKeyBytes))).toBe(
      'That passphrase does not open this signing key file, or the file was altered.',
    );
    const other = await generateKeyPair('ecdsa');
    const swapped = JSON.stringify({
      ...JSON.parse(text),
      publicKey: Buffer.from(other.publicKey).toString('base64'),
      fingerprint: await keyFingerprint(other.publicKey),
    });
    expect(await refusal(readSigningKeyFile(swapped, 'dana key', deriveKeyBytes))).toBe(
      'That passphrase does not open this signing key file, or the file was altered.',
    );
    const firmFile = await privateKeyFileText(
      'Firm',
      await generateKeyPair('ecdh'),
      'dana key',
      deriveKeyBytes,
      cheapKdf(),
    );
    expect(await refusal(readSigningKeyFile(firmFile, 'dana key', deriveKeyBytes))).toBe(
      'This is not a Clinic Assessor signing key file, or it is damaged.',
    );
    const mismatched = JSON.stringify({ ...JSON.parse(text), fingerprint: '0000 0000 0000 0000 0000 0000 0000 0000' });
    expect(await refusal(readSigningKeyFile(mismatched, 'dana key', deriveKeyBytes))).toBe(
      'The signing key file is damaged: its fingerprint does not match its key.',
    );
  });
});
