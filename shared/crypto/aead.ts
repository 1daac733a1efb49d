/**
 * AES-256-GCM over WebCrypto. A sealed value is `iv (12 bytes) || ciphertext || tag`;
 * every seal draws a fresh random IV. The associated data binds a ciphertext to its
 * place (table and record id), so a ciphertext moved elsewhere fails to open.
 */
import { concatBytes, asBufferSource, randomBytes } from './bytes';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A ciphertext that does not authenticate: tampered, truncated, moved, or the wrong key. */
export class IntegrityError extends Error {
  constructor(message = 'Stored data failed its integrity check: it was altered or damaged, or the key is wrong.') {
    super(message);
    this.name = 'IntegrityError';
  }
}

export async function importAesKey(raw: Uint8Array, usages: KeyUsage[] = ['encrypt', 'decrypt']): Promise<CryptoKey> {
  if (raw.byteLength !== 32) throw new Error('An AES-256 key is 32 bytes.');
  return globalThis.crypto.subtle.importKey(
    'raw',
    asBufferSource(raw),
    { name: 'AES-GCM', length: 256 },
    false,
    usages,
  );
}

export async function seal(
  key: CryptoKey,
  plaintext: Uint8Array,
  associatedData: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    {
      name: 'AES-GCM',
      iv: asBufferSource(iv),
      additionalData: asBufferSource(associatedData),
      tagLength: TAG_BYTES * 8,
    },
    key,
    asBufferSource(plaintext),
  );
  return concatBytes(iv, new Uint8Array(ciphertext));
}

export async function open(key: CryptoKey, sealed: Uint8Array, associatedData: Uint8Array): Promise<Uint8Array> {
  if (sealed.byteLength < IV_BYTES + TAG_BYTES) throw new IntegrityError('Stored data is truncated.');
  try {
    const plaintext = await globalThis.crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: asBufferSource(sealed.subarray(0, IV_BYTES)),
        additionalData: asBufferSource(associatedData),
        tagLength: TAG_BYTES * 8,
      },
      key,
      asBufferSource(sealed.subarray(IV_BYTES)),
    );
    return new Uint8Array(plaintext);
  } catch {
    throw new IntegrityError();
  }
}
