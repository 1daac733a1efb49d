/**
 * Opens an assessment file: everything is checked before anything is returned, and
 * every failure is a BundleError saying what is wrong.
 */
import { importAesKey, IntegrityError, open } from '../crypto/aead';
import { asBufferSource, concatBytes, fromBase64, fromUtf8 } from '../crypto/bytes';
import type { Argon2idParams } from '../crypto/kdf';
import { BundleError } from './bundleErrors';
import { chunkNonce, fileKeys } from './bundleKeys';
import {
  bundleHeader, CHUNK_BYTES, MAC_BYTES, MAGIC, MAJOR, MAX_FILE_KDF_ITERATIONS, MAX_FILE_KDF_MEMORY_KIB, MAX_HEADER_BYTES, NONCE_PREFIX_BYTES, PREAMBLE_BYTES,
  TAG_BYTES, type BundleHeader, type PassphraseRecipient,
} from './bundleFormat';
import { KEY_WRAP_CONTEXT, type DeriveKeyBytes } from './writeBundle';

export interface ParsedBundle {
  version: { major: number; minor: number };
  header: BundleHeader;
  /** Preamble and header, the bytes the MAC covers. */
  authenticated: Uint8Array;
  mac: Uint8Array;
  payload: Uint8Array;
}

/** Reads what the header says, with no secret: for `inspect` and for choosing how to open. */
export function parseBundle(bytes: Uint8Array): ParsedBundle {
  if (bytes.byteLength < MAGIC.byteLength || MAGIC.some((b, i) => bytes[i] !== b)) throw new BundleError('not-a-bundle');
  if (bytes.byteLength < PREAMBLE_BYTES) throw new BundleError('truncated');
  const major = bytes[MAGIC.byteLength] ?? 0;
  const minor = bytes[MAGIC.byteLength + 1] ?? 0;
  if (major !== MAJOR) throw new BundleError('unsupported-version', `format ${major}.${minor}`);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.byteLength + 2);
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES) throw new BundleError('damaged-header', 'impossible header length');
  const headerEnd = PREAMBLE_BYTES + headerLength;
  if (bytes.byteLength < headerEnd + MAC_BYTES) throw new BundleError('truncated');
  let header: BundleHeader;
  try {
    header = bundleHeader.parse(JSON.parse(fromUtf8(bytes.subarray(PREAMBLE_BYTES, headerEnd))));
  } catch {
    throw new BundleError('damaged-header');
  }
  return {
    version: { major, minor },
    header,
    authenticated: bytes.subarray(0, headerEnd),
    mac: bytes.subarray(headerEnd, headerEnd + MAC_BYTES),
    payload: bytes.subarray(headerEnd + MAC_BYTES),
  };
}

function boundedKdf(recipient: PassphraseRecipient): Argon2idParams {
  const { kdf } = recipient;
  const salt = fromBase64(kdf.salt);
  if (kdf.memoryKiB > MAX_FILE_KDF_MEMORY_KIB || kdf.iterations > MAX_FILE_KDF_ITERATIONS || kdf.parallelism > 8) {
    throw new BundleError('kdf-too-costly', `${Math.round(kdf.memoryKiB / 1024)} MiB, ${kdf.iterations} passes`);
  }
  if (salt.byteLength < 16 || salt.byteLength > 64 || kdf.memoryKiB < 8 * 1024) throw new BundleError('damaged-header', 'key-derivation settings out of range');
  return { algorithm: 'argon2id', salt, memoryKiB: kdf.memoryKiB, iterations: kdf.iterations, parallelism: kdf.parallelism };
}

export interface OpenOptions {
  passphrase: string;
  derive: DeriveKeyBytes;
  onProgress?: (done: number, total: number) => void;
}

/** Decrypts and verifies the whole file; returns the payload only when every check passed. */
export async function openBundle(bytes: Uint8Array, options: OpenOptions): Promise<Uint8Array> {
  const parsed = parseBundle(bytes);
  const recipient = parsed.header.recipients.find((r): r is PassphraseRecipient => r.type === 'passphrase');
  if (!recipient) throw new BundleError('no-recipient');
  const kdf = boundedKdf(recipient);
  const noncePrefix = fromBase64(parsed.header.noncePrefix);
  if (noncePrefix.byteLength !== NONCE_PREFIX_BYTES) throw new BundleError('damaged-header', 'bad nonce');
  const kek = await importAesKey(await options.derive(options.passphrase, kdf), ['decrypt']);
  let fileKey: Uint8Array;
  try {
    fileKey = await open(kek, fromBase64(recipient.wrappedKey), KEY_WRAP_CONTEXT);
  } catch (error) {
    if (error instanceof IntegrityError) throw new BundleError('wrong-passphrase');
    throw error;
  }
  const keys = await fileKeys(fileKey, noncePrefix);
  fileKey.fill(0);
  const macOk = await globalThis.crypto.subtle.verify('HMAC', keys.mac, asBufferSource(parsed.mac.slice()), asBufferSource(parsed.authenticated.slice()));
  if (!macOk) throw new BundleError('damaged-header');
  return decryptChunks(parsed.payload, keys.payload, noncePrefix, options.onProgress);
}

async function decryptChunk(key: CryptoKey, prefix: Uint8Array, index: number, last: boolean, sealed: Uint8Array): Promise<Uint8Array | null> {
  try {
    const plain = await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv: chunkNonce(prefix, index, last), tagLength: TAG_BYTES * 8 }, key, asBufferSource(sealed.slice()));
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}

async function decryptChunks(payload: Uint8Array, key: CryptoKey, prefix: Uint8Array, onProgress?: (done: number, total: number) => void): Promise<Uint8Array> {
  const full = CHUNK_BYTES + TAG_BYTES;
  const total = Math.max(1, Math.ceil(payload.byteLength / full));
  const parts: Uint8Array[] = [];
  if (payload.byteLength < TAG_BYTES) throw new BundleError('truncated');
  for (let index = 0, offset = 0; ; index++) {
    const remaining = payload.byteLength - offset;
    if (remaining <= full) {
      const sealed = payload.subarray(offset);
      const last = await decryptChunk(key, prefix, index, true, sealed);
      if (last) {
        parts.push(last);
        onProgress?.(index + 1, total);
        return concatBytes(...parts);
      }
      // A whole middle chunk with nothing after it: the file was cut at a chunk boundary.
      if (remaining === full && (await decryptChunk(key, prefix, index, false, sealed))) throw new BundleError('truncated');
      // Cut inside a chunk, or altered: the bytes cannot tell the two apart.
      throw new BundleError(remaining < TAG_BYTES ? 'truncated' : 'tampered');
    }
    const sealed = payload.subarray(offset, offset + full);
    const plain = await decryptChunk(key, prefix, index, false, sealed);
    if (!plain) {
      if (await decryptChunk(key, prefix, index, true, sealed)) throw new BundleError('trailing-data');
      throw new BundleError('tampered');
    }
    parts.push(plain);
    offset += full;
    onProgress?.(index + 1, total);
  }
}
