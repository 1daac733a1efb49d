/**
 * An assessor's signing key as a file (`.casign`), for the command line: the ECDSA
 * P-256 key pair, its PKCS#8 half sealed with AES-256-GCM under an Argon2id key from a
 * passphrase (as the firm's `.cakey`), bound to its public point and its name.
 */
import { z } from 'zod';
import { concatBytes, fromBase64, toBase64, utf8 } from '../crypto/bytes';
import { importPublicKey, keyFingerprint, type EcKeyPair } from '../crypto/p256Keys';
import type { Argon2idParams } from '../crypto/kdf';
import { b64, passphraseRecipient } from './bundleFormat';
import type { DeriveKeyBytes } from './recipients';
import { KeyFileError, openSealedKey, sealKey } from './sealedKey';

export const SIGNING_KEY_EXTENSION = 'casign';
const SIGNING_KEY_CONTEXT = utf8('clinic-assessor signing key v1');

const signingKeyFile = z.object({
  format: z.literal('clinic-assessor-signing-key'),
  version: z.literal(1),
  algorithm: z.literal('ECDSA-P256'),
  name: z.string().max(200),
  publicKey: b64,
  fingerprint: z.string().max(64),
  kdf: passphraseRecipient.shape.kdf,
  /** PKCS#8, sealed: IV || ciphertext || tag, with the context and public point as associated data. */
  sealedKey: b64,
});
type SigningKeyFile = z.infer<typeof signingKeyFile>;

export interface SigningKey extends EcKeyPair {
  name: string;
  fingerprint: string;
}

export async function signingKeyFileText(
  name: string,
  pair: EcKeyPair,
  passphrase: string,
  derive: DeriveKeyBytes,
  kdf?: Argon2idParams,
): Promise<string> {
  const file: SigningKeyFile = {
    format: 'clinic-assessor-signing-key',
    version: 1,
    algorithm: 'ECDSA-P256',
    name,
    publicKey: toBase64(pair.publicKey),
    fingerprint: await keyFingerprint(pair.publicKey),
    ...(await sealKey(pair.privateKey, passphrase, derive, concatBytes(SIGNING_KEY_CONTEXT, pair.publicKey), kdf)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function parsed(text: string): SigningKeyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const result = signingKeyFile.safeParse(raw);
  if (!result.success) throw new KeyFileError('This is not a Clinic Assessor signing key file, or it is damaged.');
  return result.data;
}

/** The signing key pair; a wrong passphrase, a damaged or a mismatched file says so. */
export async function readSigningKeyFile(
  text: string,
  passphrase: string,
  derive: DeriveKeyBytes,
): Promise<SigningKey> {
  const file = parsed(text.trim());
  const publicKey = fromBase64(file.publicKey) as Uint8Array<ArrayBuffer>;
  const fingerprint = await keyFingerprint(publicKey);
  if (fingerprint !== file.fingerprint)
    throw new KeyFileError('The signing key file is damaged: its fingerprint does not match its key.');
  await importPublicKey('ecdsa', publicKey).catch(() => {
    throw new KeyFileError('The signing key file is damaged: its key is not a valid P-256 point.');
  });
  const privateKey = await openSealedKey(
    file,
    passphrase,
    derive,
    concatBytes(SIGNING_KEY_CONTEXT, publicKey),
    'ecdsa',
    'signing key file',
  );
  return { name: file.name, fingerprint, publicKey, privateKey };
}
