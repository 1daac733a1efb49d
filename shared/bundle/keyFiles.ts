/**
 * The parent firm's key pair as files. The public key (`.capub`) is small JSON text the
 * firm hands to assessors, by file or pasted; the private key (`.cakey`) is PKCS#8
 * sealed with AES-256-GCM under an Argon2id key from a passphrase, so a copied key
 * file is useless without it. The sealed key is bound to its public key.
 */
import { z } from 'zod';
import { concatBytes, fromBase64, toBase64, utf8 } from '../crypto/bytes';
import { importPublicKey, keyFingerprint, PUBLIC_KEY_BYTES, type EcKeyPair } from '../crypto/ecKeys';
import type { Argon2idParams } from '../crypto/kdf';
import { b64, passphraseRecipient } from './bundleFormat';
import type { DeriveKeyBytes } from './recipients';
import { KeyFileError, openSealedKey, sealKey } from './sealedKey';

export { KeyFileError } from './sealedKey';

export const PUBLIC_KEY_EXTENSION = 'capub';
export const PRIVATE_KEY_EXTENSION = 'cakey';
const PRIVATE_KEY_CONTEXT = utf8('clinic-assessor firm private key v1');
const MAX_KEY_FILE_CHARS = 16 * 1024;


const publicKeyFile = z.object({
  format: z.literal('clinic-assessor-public-key'),
  version: z.literal(1),
  algorithm: z.literal('ECDH-P256'),
  name: z.string().max(200),
  publicKey: b64,
  fingerprint: z.string().max(64),
});

const privateKeyFile = publicKeyFile.extend({
  format: z.literal('clinic-assessor-private-key'),
  kdf: passphraseRecipient.shape.kdf,
  /** PKCS#8, sealed: IV || ciphertext || tag. */
  sealedKey: b64,
});

export interface FirmPublicKey {
  name: string;
  publicKey: Uint8Array;
  fingerprint: string;
}

function parseJson<T>(text: string, schema: z.ZodType<T>, what: string): T {
  if (text.length > MAX_KEY_FILE_CHARS) throw new KeyFileError(`This is not a Clinic Assessor ${what}: it is far too large.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new KeyFileError(`This is not a Clinic Assessor ${what}.`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new KeyFileError(`This is not a Clinic Assessor ${what}, or it is damaged.`);
  return parsed.data;
}

async function checkedPublicKey(file: { name: string; publicKey: string; fingerprint: string }, what: string): Promise<FirmPublicKey> {
  const publicKey = fromBase64(file.publicKey);
  if (publicKey.byteLength !== PUBLIC_KEY_BYTES) throw new KeyFileError(`The ${what} is damaged: its key has the wrong length.`);
  await importPublicKey('ecdh', publicKey).catch(() => {
    throw new KeyFileError(`The ${what} is damaged: its key is not a valid P-256 point.`);
  });
  const fingerprint = await keyFingerprint(publicKey);
  if (fingerprint !== file.fingerprint) throw new KeyFileError(`The ${what} is damaged: its fingerprint does not match its key.`);
  return { name: file.name, publicKey, fingerprint };
}

export async function publicKeyFileText(key: { name: string; publicKey: Uint8Array }): Promise<string> {
  const file: z.infer<typeof publicKeyFile> = { format: 'clinic-assessor-public-key', version: 1, algorithm: 'ECDH-P256', name: key.name, publicKey: toBase64(key.publicKey), fingerprint: await keyFingerprint(key.publicKey) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export async function readPublicKeyFile(text: string): Promise<FirmPublicKey> {
  return checkedPublicKey(parseJson(text.trim(), publicKeyFile, 'public key file'), 'public key file');
}

export async function privateKeyFileText(name: string, pair: EcKeyPair, passphrase: string, derive: DeriveKeyBytes, kdf?: Argon2idParams): Promise<string> {
  const file: z.infer<typeof privateKeyFile> = {
    format: 'clinic-assessor-private-key',
    version: 1,
    algorithm: 'ECDH-P256',
    name,
    publicKey: toBase64(pair.publicKey),
    fingerprint: await keyFingerprint(pair.publicKey),
    ...(await sealKey(pair.privateKey, passphrase, derive, concatBytes(PRIVATE_KEY_CONTEXT, pair.publicKey), kdf)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The firm's key pair from its private key file; a wrong passphrase or a damaged file says so. */
export async function readPrivateKeyFile(text: string, passphrase: string, derive: DeriveKeyBytes): Promise<FirmPublicKey & EcKeyPair> {
  const file = parseJson(text.trim(), privateKeyFile, 'private key file');
  const key = await checkedPublicKey(file, 'private key file');
  const privateKey = await openSealedKey(file, passphrase, derive, concatBytes(PRIVATE_KEY_CONTEXT, key.publicKey), 'ecdh', 'private key file');
  return { ...key, publicKey: key.publicKey as Uint8Array<ArrayBuffer>, privateKey };
}
