/**
 * Seals a payload into an assessment file, as a stream: memory stays bounded by the
 * chunk size whatever the size of the file.
 */
import { asBufferSource, concatBytes, randomBytes, toBase64, utf8 } from '../crypto/bytes';
import { importPrivateKey, signBytes } from '../crypto/p256Keys';
import { SignatureDigest } from './bundleSignature';
import { ByteQueue } from './byteQueue';
import { chunkNonce, fileKeys } from './fileKeyDerivation';
import { CHUNK_BYTES, MAGIC, MAJOR, MINOR, NONCE_PREFIX_BYTES, TAG_BYTES, type BundleHeader } from './bundleFormat';
import { wrapFileKey, type RecipientSpec } from './recipients';

export { KEY_WRAP_CONTEXT, type DeriveKeyBytes, type RecipientSpec } from './recipients';

export interface SignerSpec {
  name: string;
  /** PKCS#8 of the assessor's ECDSA key. */
  privateKey: Uint8Array;
  publicKey: Uint8Array;
}

export interface SealOptions {
  recipients: RecipientSpec[];
  signer?: SignerSpec;
  created?: string;
  /** Plaintext bytes sealed so far, and the total when the caller knows it (else 0). */
  onProgress?: (done: number, total: number) => void;
  expectedBytes?: number;
  /** Checked between chunks: an aborted export stops with the signal's reason. */
  signal?: AbortSignal;
}

async function headerBlock(fileKey: Uint8Array, noncePrefix: Uint8Array, options: SealOptions) {
  if (!options.recipients.length) throw new Error('An assessment file needs at least one recipient.');
  const header: BundleHeader = {
    format: 'clinic-assessor-bundle',
    noncePrefix: toBase64(noncePrefix),
    chunkBytes: CHUNK_BYTES,
    created: options.created ?? new Date().toISOString(),
    recipients: await Promise.all(options.recipients.map((spec) => wrapFileKey(fileKey, spec))),
    ...(options.signer
      ? {
          signer: {
            algorithm: 'ECDSA-P256-SHA256' as const,
            name: options.signer.name,
            publicKey: toBase64(options.signer.publicKey),
          },
        }
      : {}),
  };
  const headerBytes = utf8(JSON.stringify(header));
  const preamble = new Uint8Array(MAGIC.byteLength + 6);
  preamble.set(MAGIC, 0);
  preamble[MAGIC.byteLength] = MAJOR;
  preamble[MAGIC.byteLength + 1] = MINOR;
  new DataView(preamble.buffer).setUint32(MAGIC.byteLength + 2, headerBytes.byteLength);
  return concatBytes(preamble, headerBytes);
}

/** Yields the file's bytes piece by piece as the plaintext arrives. */
export async function* sealStream(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: SealOptions,
): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  const fileKey = randomBytes(32);
  const noncePrefix = randomBytes(NONCE_PREFIX_BYTES);
  const signingKey = options.signer ? await importPrivateKey('ecdsa', options.signer.privateKey) : undefined;
  const authenticated = await headerBlock(fileKey, noncePrefix, options);
  const keys = await fileKeys(fileKey, noncePrefix);
  fileKey.fill(0);
  const mac = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', keys.mac, authenticated));
  const digest = signingKey ? new SignatureDigest() : undefined;
  const emit = async (bytes: Uint8Array<ArrayBuffer>) => {
    await digest?.add(bytes);
    return bytes;
  };
  yield await emit(concatBytes(authenticated, mac));

  const queue = new ByteQueue();
  let index = 0;
  let done = 0;
  const sealChunk = async (plain: Uint8Array, last: boolean) => {
    options.signal?.throwIfAborted();
    const sealed = await globalThis.crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: chunkNonce(noncePrefix, index, last), tagLength: TAG_BYTES * 8 },
      keys.payload,
      asBufferSource(plain),
    );
    index += 1;
    done += plain.byteLength;
    options.onProgress?.(done, options.expectedBytes ?? 0);
    return emit(new Uint8Array(sealed));
  };
  for await (const piece of source) {
    queue.push(piece);
    // A full chunk is sealed once more bytes follow it: only then is it known not to be the last.
    while (queue.length > CHUNK_BYTES) yield await sealChunk(queue.take(CHUNK_BYTES), false);
  }
  yield await sealChunk(queue.take(CHUNK_BYTES), true);
  if (signingKey && digest) yield await signBytes(signingKey, await digest.message());
}

/** The whole file at once, for payloads that are in memory anyway. */
export async function sealBundle(payload: Uint8Array, options: SealOptions): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  for await (const part of sealStream([payload], { ...options, expectedBytes: payload.byteLength })) parts.push(part);
  return concatBytes(...parts);
}
