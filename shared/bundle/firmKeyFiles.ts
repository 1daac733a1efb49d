/**
 * The parent firm's key pair as files. The public key (`.capub`) is small JSON text the
 * firm hands to assessors, by file or pasted; the private key (`.cakey`) is PKCS#8
 * sealed with AES-256-GCM under an Argon2id key from a passphrase, so a copied key
 * file is useless without it. The sealed key is bound to its public key.
 *
 * After a rotation, the new key's files (version 2) carry an endorsement: the previous
 * key's ECDSA signature over a context string and the new public point, so an assessor
 * holding the previous key can tell a genuine replacement from a stranger's key.
 */
import { z } from 'zod';
import { concatBytes, fromBase64, toBase64, utf8 } from '../crypto/bytes';
import {
  importPrivateKey,
  importPublicKey,
  keyFingerprint,
  PUBLIC_KEY_BYTES,
  signBytes,
  verifyBytes,
  type EcKeyPair,
} from '../crypto/p256Keys';
import type { Argon2idParams } from '../crypto/kdf';
import { b64, passphraseRecipient } from './bundleFormat';
import type { DeriveKeyBytes } from './recipients';
import { KeyFileError, openSealedKey, sealKey } from './sealedKey';

export { KeyFileError } from './sealedKey';

export const PUBLIC_KEY_EXTENSION = 'capub';
export const PRIVATE_KEY_EXTENSION = 'cakey';
const PRIVATE_KEY_CONTEXT = utf8('clinic-assessor firm private key v1');
const ENDORSEMENT_CONTEXT = utf8('clinic-assessor firm key endorsement v1');
const MAX_KEY_FILE_CHARS = 16 * 1024;

const endorsementField = z.object({
  /** The previous firm key, which signed the new one. */
  publicKey: b64,
  fingerprint: z.string().max(64),
  /** ECDSA P-256 SHA-256, r || s, over ENDORSEMENT_CONTEXT || the new public point. */
  signature: b64,
});

const publicKeyFile = z.object({
  format: z.literal('clinic-assessor-public-key'),
  /** 1: the key alone; 2: may carry the endorsement of the key it replaces. */
  version: z.union([z.literal(1), z.literal(2)]),
  algorithm: z.literal('ECDH-P256'),
  name: z.string().max(200),
  publicKey: b64,
  fingerprint: z.string().max(64),
  endorsement: endorsementField.optional(),
});

const privateKeyFile = publicKeyFile.extend({
  format: z.literal('clinic-assessor-private-key'),
  kdf: passphraseRecipient.shape.kdf,
  /** PKCS#8, sealed: IV || ciphertext || tag. */
  sealedKey: b64,
});

/** The previous firm key's signature over a new one: "this key replaces me". */
export interface KeyEndorsement {
  publicKey: Uint8Array;
  fingerprint: string;
  signature: Uint8Array;
}

export interface FirmPublicKey {
  name: string;
  publicKey: Uint8Array;
  fingerprint: string;
  /** Present only when its signature checked out. */
  endorsement?: KeyEndorsement;
}

function parseJson<T>(text: string, schema: z.ZodType<T>, what: string): T {
  if (text.length > MAX_KEY_FILE_CHARS)
    throw new KeyFileError(`This is not a Clinic Assessor ${what}: it is far too large.`);
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

async function checkedPublicKey(
  file: Omit<z.infer<typeof publicKeyFile>, 'format'>,
  what: string,
): Promise<FirmPublicKey> {
  const publicKey = fromBase64(file.publicKey);
  if (publicKey.byteLength !== PUBLIC_KEY_BYTES)
    throw new KeyFileError(`The ${what} is damaged: its key has the wrong length.`);
  await importPublicKey('ecdh', publicKey).catch(() => {
    throw new KeyFileError(`The ${what} is damaged: its key is not a valid P-256 point.`);
  });
  const fingerprint = await keyFingerprint(publicKey);
  if (fingerprint !== file.fingerprint)
    throw new KeyFileError(`The ${what} is damaged: its fingerprint does not match its key.`);
  if (!file.endorsement) return { name: file.name, publicKey, fingerprint };
  if (file.version < 2) throw new KeyFileError(`The ${what} is damaged: a version 1 key file carries no endorsement.`);
  const endorsement = {
    publicKey: fromBase64(file.endorsement.publicKey),
    fingerprint: file.endorsement.fingerprint,
    signature: fromBase64(file.endorsement.signature),
  };
  if (!(await endorsementHolds(endorsement, publicKey)))
    throw new KeyFileError(`The ${what} is damaged: the endorsement by the previous firm key does not check out.`);
  return { name: file.name, publicKey, fingerprint, endorsement };
}

export async function endorsementHolds(endorsement: KeyEndorsement, next: Uint8Array): Promise<boolean> {
  if (endorsement.publicKey.byteLength !== PUBLIC_KEY_BYTES || endorsement.signature.byteLength !== 64) return false;
  if ((await keyFingerprint(endorsement.publicKey)) !== endorsement.fingerprint) return false;
  try {
    return await verifyBytes(
      await importPublicKey('ecdsa', endorsement.publicKey),
      endorsement.signature,
      concatBytes(ENDORSEMENT_CONTEXT, next),
    );
  } catch {
    return false;
  }
}

/**
 * The previous firm key's endorsement of the next one. The firm key is one P-256 key:
 * ECDH for files sent to the firm, ECDSA (under its own context string) for what the
 * firm vouches for; the PKCS#8 of the pair imports as either.
 */
export async function endorseKey(previous: EcKeyPair, next: Uint8Array): Promise<KeyEndorsement> {
  const signature = await signBytes(
    await importPrivateKey('ecdsa', previous.privateKey),
    concatBytes(ENDORSEMENT_CONTEXT, next),
  );
  return { publicKey: previous.publicKey, fingerprint: await keyFingerprint(previous.publicKey), signature };
}

async function publicFields(key: { name: string; publicKey: Uint8Array; endorsement?: KeyEndorsement | undefined }) {
  const base = {
    algorithm: 'ECDH-P256' as const,
    name: key.name,
    publicKey: toBase64(key.publicKey),
    fingerprint: await keyFingerprint(key.publicKey),
  };
  if (!key.endorsement) return { version: 1 as const, ...base };
  const { publicKey, fingerprint, signature } = key.endorsement;
  return {
    version: 2 as const,
    ...base,
    endorsement: { publicKey: toBase64(publicKey), fingerprint, signature: toBase64(signature) },
  };
}

export async function publicKeyFileText(key: {
  name: string;
  publicKey: Uint8Array;
  endorsement?: KeyEndorsement | undefined;
}): Promise<string> {
  const file: z.infer<typeof publicKeyFile> = { format: 'clinic-assessor-public-key', ...(await publicFields(key)) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export async function readPublicKeyFile(text: string): Promise<FirmPublicKey> {
  return checkedPublicKey(parseJson(text.trim(), publicKeyFile, 'public key file'), 'public key file');
}

export async function privateKeyFileText(
  name: string,
  pair: EcKeyPair,
  passphrase: string,
  derive: DeriveKeyBytes,
  kdf?: Argon2idParams,
  endorsement?: KeyEndorsement,
): Promise<string> {
  const file: z.infer<typeof privateKeyFile> = {
    format: 'clinic-assessor-private-key',
    ...(await publicFields({ name, publicKey: pair.publicKey, endorsement })),
    ...(await sealKey(pair.privateKey, passphrase, derive, concatBytes(PRIVATE_KEY_CONTEXT, pair.publicKey), kdf)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The firm's key pair from its private key file; a wrong passphrase or a damaged file says so. */
export async function readPrivateKeyFile(
  text: string,
  passphrase: string,
  derive: DeriveKeyBytes,
): Promise<FirmPublicKey & EcKeyPair> {
  const file = parseJson(text.trim(), privateKeyFile, 'private key file');
  const key = await checkedPublicKey(file, 'private key file');
  const privateKey = await openSealedKey(
    file,
    passphrase,
    derive,
    concatBytes(PRIVATE_KEY_CONTEXT, key.publicKey),
    'ecdh',
    'private key file',
  );
  return { ...key, publicKey: key.publicKey as Uint8Array<ArrayBuffer>, privateKey };
}

/** How a firm public key being adopted relates to the firm key already held. */
export type FirmKeyReplacement =
  { kind: 'first' | 'same' } | { kind: 'endorsed' | 'not-endorsed'; current: { name: string; fingerprint: string } };

export function firmKeyReplacement(
  current: { name: string; fingerprint: string } | undefined,
  next: FirmPublicKey,
): FirmKeyReplacement {
  if (!current) return { kind: 'first' };
  if (current.fingerprint === next.fingerprint) return { kind: 'same' };
  return { kind: next.endorsement?.fingerprint === current.fingerprint ? 'endorsed' : 'not-endorsed', current };
}

/** What to tell the person adopting the key, in one sentence (empty when there is nothing to say). */
export function firmKeyReplacementSentence(replacement: FirmKeyReplacement, next: FirmPublicKey): string {
  if (!('current' in replacement)) return '';
  const current = `${replacement.current.name || 'the firm key'} (${replacement.current.fingerprint})`;
  return replacement.kind === 'endorsed'
    ? `The key ${next.fingerprint} replaces ${current}, endorsed by it.`
    : `The key ${next.fingerprint} is NOT endorsed by the firm key you hold, ${current}: check its fingerprint with the firm by phone before using it.`;
}
