/**
 * P-256 key pairs over WebCrypto: ECDH for the parent firm's key (files encrypted to
 * it), ECDSA for an assessor's signing key. Public keys travel as the 65-byte
 * uncompressed point; private keys as PKCS#8, and only ever encrypted at rest.
 */
import { asBufferSource } from './bytes';

export type EcKeyKind = 'ecdh' | 'ecdsa';
export const PUBLIC_KEY_BYTES = 65;

export interface EcKeyPair {
  /** Uncompressed point: 0x04 || x || y. */
  publicKey: Uint8Array<ArrayBuffer>;
  /** PKCS#8; encrypt before storing. */
  privateKey: Uint8Array<ArrayBuffer>;
}

/** A key that is not a valid P-256 key of the expected kind. */
export class KeyFormatError extends Error {
  constructor(message = 'That is not a valid P-256 key.') {
    super(message);
    this.name = 'KeyFormatError';
  }
}

const subtle = () => globalThis.crypto.subtle;
const algorithm = (kind: EcKeyKind) => ({ name: kind === 'ecdh' ? 'ECDH' : 'ECDSA', namedCurve: 'P-256' });
const privateUsages = (kind: EcKeyKind): KeyUsage[] => (kind === 'ecdh' ? ['deriveBits'] : ['sign']);

export async function generateKeyPair(kind: EcKeyKind): Promise<EcKeyPair> {
  const pair = await subtle().generateKey(algorithm(kind), true, privateUsages(kind));
  return {
    publicKey: new Uint8Array(await subtle().exportKey('raw', pair.publicKey)),
    privateKey: new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey)),
  };
}

export async function importPublicKey(kind: EcKeyKind, raw: Uint8Array): Promise<CryptoKey> {
  if (raw.byteLength !== PUBLIC_KEY_BYTES || raw[0] !== 4) throw new KeyFormatError();
  try {
    return await subtle().importKey(
      'raw',
      asBufferSource(raw),
      algorithm(kind),
      true,
      kind === 'ecdh' ? [] : ['verify'],
    );
  } catch {
    throw new KeyFormatError('That key is not a point on the P-256 curve.');
  }
}

export async function importPrivateKey(kind: EcKeyKind, pkcs8: Uint8Array): Promise<CryptoKey> {
  try {
    return await subtle().importKey('pkcs8', asBufferSource(pkcs8), algorithm(kind), false, privateUsages(kind));
  } catch {
    throw new KeyFormatError('That private key is damaged or not a P-256 key.');
  }
}

/** 32 shared secret bytes between our private key and their public key. */
export async function ecdhSecret(privateKey: CryptoKey, publicKey: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await subtle().deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256));
}

/** The order n of the P-256 group, and n / 2: a signature's s above it is the "high" twin of (r, n − s). */
const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const HALF_ORDER = P256_ORDER >> 1n;
const SCALAR_BYTES = 32;

function scalar(bytes: Uint8Array): bigint {
  return bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
}

function scalarBytes(value: bigint): Uint8Array {
  const out = new Uint8Array(SCALAR_BYTES);
  for (let i = SCALAR_BYTES - 1, v = value; i >= 0; i--, v >>= 8n) out[i] = Number(v & 0xffn);
  return out;
}

/**
 * ECDSA P-256 with SHA-256; the signature is r || s, 64 bytes, always with the low s
 * (s <= n / 2): (r, s) and (r, n − s) both satisfy the curve equation, so only one of
 * the pair is accepted and a signature cannot be altered into another valid one.
 */
export async function signBytes(privateKey: CryptoKey, message: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const signature = new Uint8Array(
    await subtle().sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, asBufferSource(message)),
  );
  const s = scalar(signature.subarray(SCALAR_BYTES));
  if (s > HALF_ORDER) signature.set(scalarBytes(P256_ORDER - s), SCALAR_BYTES);
  return signature;
}

/** True only for a 64-byte low-s signature (see signBytes) that checks out. */
export async function verifyBytes(publicKey: CryptoKey, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  if (signature.byteLength !== 2 * SCALAR_BYTES || scalar(signature.subarray(SCALAR_BYTES)) > HALF_ORDER) return false;
  return subtle().verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    publicKey,
    asBufferSource(signature),
    asBufferSource(message),
  );
}

/** What people compare to recognise a key: SHA-256 of the public point, first 16 bytes, in groups of four hex digits. */
export async function keyFingerprint(publicKey: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', asBufferSource(publicKey)));
  const hex = Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}
