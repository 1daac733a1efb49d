/**
 * Opens an assessment file: every failure is a BundleError saying what is wrong. The
 * stream hands out each chunk once it authenticated; only a stream that ENDS without
 * an error is the whole, unaltered file, so callers act on nothing before the end.
 */
import { asBufferSource, concatBytes, fromBase64, fromUtf8 } from '../crypto/bytes';
import { importPublicKey, keyFingerprint, verifyBytes } from '../crypto/p256Keys';
import { BundleError } from './bundleErrors';
import { chunkNonce, fileKeys } from './fileKeyDerivation';
import { SignatureDigest } from './bundleSignature';
import { ByteQueue, fill } from './byteQueue';
import {
  bundleHeader,
  CHUNK_BYTES,
  MAC_BYTES,
  MAGIC,
  MAJOR,
  MAX_HEADER_BYTES,
  NONCE_PREFIX_BYTES,
  PREAMBLE_BYTES,
  SIGNATURE_BYTES,
  TAG_BYTES,
  type BundleHeader,
} from './bundleFormat';
import { unwrapFileKey, type UnlockKey } from './recipients';

export { type UnlockKey } from './recipients';

export interface ParsedBundle {
  version: { major: number; minor: number };
  header: BundleHeader;
  /** Preamble and header, the bytes the MAC covers. */
  authenticated: Uint8Array;
  mac: Uint8Array;
  /** Whatever follows the MAC in the bytes given: chunks, then the signature when signed. */
  payload: Uint8Array;
}

/** Magic, version and header length: the first 14 bytes of every file. */
function checkPreamble(bytes: Uint8Array): { major: number; minor: number; headerLength: number } {
  if (bytes.byteLength < MAGIC.byteLength || MAGIC.some((b, i) => bytes[i] !== b))
    throw new BundleError('not-a-bundle');
  if (bytes.byteLength < PREAMBLE_BYTES) throw new BundleError('truncated');
  const major = bytes[MAGIC.byteLength] ?? 0;
  const minor = bytes[MAGIC.byteLength + 1] ?? 0;
  if (major !== MAJOR) throw new BundleError('unsupported-version', `format ${major}.${minor}`);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.byteLength + 2);
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES)
    throw new BundleError('damaged-header', 'impossible header length');
  return { major, minor, headerLength };
}

/** Reads what the header says, with no secret: for `inspect` and for choosing how to open. */
export function parseBundle(bytes: Uint8Array): ParsedBundle {
  const { major, minor, headerLength } = checkPreamble(bytes);
  const headerEnd = PREAMBLE_BYTES + headerLength;
  if (bytes.byteLength < headerEnd + MAC_BYTES) throw new BundleError('truncated');
  let header: BundleHeader;
  try {
    header = bundleHeader.parse(JSON.parse(fromUtf8(bytes.subarray(PREAMBLE_BYTES, headerEnd))));
  } catch {
    throw new BundleError('damaged-header');
  }
  // Signatures came with 1.1: a signer in a 1.0 header was put there by someone else.
  if (minor === 0 && header.signer) throw new BundleError('damaged-header', '1.0 files have no signer');
  return {
    version: { major, minor },
    header,
    authenticated: bytes.subarray(0, headerEnd),
    mac: bytes.subarray(headerEnd, headerEnd + MAC_BYTES),
    payload: bytes.subarray(headerEnd + MAC_BYTES),
  };
}

export interface SignerInfo {
  name: string;
  publicKey: Uint8Array;
  fingerprint: string;
}

/** What a reader learns besides the payload; the signer only once its signature checked out. */
export interface BundleInfo {
  version: ParsedBundle['version'];
  header: BundleHeader;
  signer?: SignerInfo;
}

export interface OpenOptions {
  key: UnlockKey;
  /** File bytes read so far, and the file's size when known (else 0). */
  onProgress?: (done: number, total: number) => void;
  totalBytes?: number;
  signal?: AbortSignal;
}

async function readHeader(queue: ByteQueue, source: AsyncIterator<Uint8Array>): Promise<ParsedBundle> {
  await fill(queue, source, PREAMBLE_BYTES);
  const preamble = queue.take(PREAMBLE_BYTES);
  const { headerLength } = checkPreamble(preamble);
  await fill(queue, source, headerLength + MAC_BYTES);
  return parseBundle(concatBytes(preamble, queue.take(headerLength + MAC_BYTES)));
}

async function signerKey(header: BundleHeader): Promise<{ info: SignerInfo; key: CryptoKey } | undefined> {
  if (!header.signer) return undefined;
  const publicKey = fromBase64(header.signer.publicKey);
  try {
    return {
      info: { name: header.signer.name, publicKey, fingerprint: await keyFingerprint(publicKey) },
      key: await importPublicKey('ecdsa', publicKey),
    };
  } catch {
    throw new BundleError('bad-signature', 'the signing key is not valid');
  }
}

async function decryptChunk(
  key: CryptoKey,
  prefix: Uint8Array,
  index: number,
  last: boolean,
  sealed: Uint8Array,
): Promise<Uint8Array | null> {
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: chunkNonce(prefix, index, last), tagLength: TAG_BYTES * 8 },
      key,
      asBufferSource(sealed),
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}

/** Yields each chunk's plaintext as it authenticates; returns what the file says about itself. */
export async function* openStream(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: OpenOptions,
): AsyncGenerator<Uint8Array, BundleInfo> {
  const input =
    Symbol.asyncIterator in source
      ? source[Symbol.asyncIterator]()
      : (async function* () {
          yield* source;
        })();
  const queue = new ByteQueue();
  const parsed = await readHeader(queue, input);
  const noncePrefix = fromBase64(parsed.header.noncePrefix);
  if (noncePrefix.byteLength !== NONCE_PREFIX_BYTES) throw new BundleError('damaged-header', 'bad nonce');
  const fileKey = await unwrapFileKey(parsed.header.recipients, options.key);
  const keys = await fileKeys(fileKey, noncePrefix);
  fileKey.fill(0);
  if (
    !(await globalThis.crypto.subtle.verify(
      'HMAC',
      keys.mac,
      asBufferSource(parsed.mac),
      asBufferSource(parsed.authenticated),
    ))
  )
    throw new BundleError('damaged-header');
  const signer = await signerKey(parsed.header);
  const digest = signer ? new SignatureDigest() : undefined;
  await digest?.add(concatBytes(parsed.authenticated, parsed.mac));

  const tail = signer ? SIGNATURE_BYTES : 0;
  const full = CHUNK_BYTES + TAG_BYTES;
  let read = parsed.authenticated.byteLength + parsed.mac.byteLength;
  for (let index = 0; ; index++) {
    options.signal?.throwIfAborted();
    if (!(await fill(queue, input, full + tail + 1))) {
      // What is left is the last chunk, and the signature when the file is signed.
      if (queue.length < TAG_BYTES + tail) throw new BundleError('truncated');
      const sealed = queue.take(queue.length - tail);
      const signature = queue.take(tail);
      const plain = await decryptChunk(keys.payload, noncePrefix, index, true, sealed);
      if (!plain) {
        // A whole middle chunk with nothing after it: the file was cut at a chunk boundary.
        if (sealed.byteLength === full && (await decryptChunk(keys.payload, noncePrefix, index, false, sealed)))
          throw new BundleError('truncated');
        // Cut inside a chunk, or altered: the bytes cannot tell the two apart.
        throw new BundleError('tampered');
      }
      if (signer && digest) {
        await digest.add(sealed);
        if (!(await verifyBytes(signer.key, signature, await digest.message()))) throw new BundleError('bad-signature');
      }
      options.onProgress?.(read + sealed.byteLength + tail, options.totalBytes ?? 0);
      yield plain;
      return { version: parsed.version, header: parsed.header, ...(signer ? { signer: signer.info } : {}) };
    }
    const sealed = queue.take(full);
    // The signature digest of a chunk is taken while it decrypts; it counts only if the chunk opens.
    const [plain] = await Promise.all([
      decryptChunk(keys.payload, noncePrefix, index, false, sealed),
      digest?.add(sealed),
    ]);
    if (!plain) {
      if (await decryptChunk(keys.payload, noncePrefix, index, true, sealed)) throw new BundleError('trailing-data');
      throw new BundleError('tampered');
    }
    read += full;
    options.onProgress?.(read, options.totalBytes ?? 0);
    yield plain;
  }
}

export interface OpenedBundle {
  payload: Uint8Array;
  info: BundleInfo;
}

/** Decrypts and verifies the whole file; returns the payload only when every check passed. */
export async function openBundle(bytes: Uint8Array, options: OpenOptions): Promise<OpenedBundle> {
  const parts: Uint8Array[] = [];
  const stream = openStream([bytes], { ...options, totalBytes: bytes.byteLength });
  for (;;) {
    const next = await stream.next();
    if (next.done) return { payload: concatBytes(...parts), info: next.value };
    parts.push(next.value);
  }
}
