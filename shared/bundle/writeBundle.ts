/** Seals a payload into an assessment file for a passphrase. */
import { importAesKey, seal } from '../crypto/aead';
import { asBufferSource, concatBytes, randomBytes, toBase64, utf8 } from '../crypto/bytes';
import { defaultArgon2idParams, type Argon2idParams } from '../crypto/kdf';
import { chunkNonce, fileKeys } from './bundleKeys';
import { CHUNK_BYTES, MAGIC, MAJOR, MINOR, NONCE_PREFIX_BYTES, TAG_BYTES, type BundleHeader } from './bundleFormat';

export type DeriveKeyBytes = (passphrase: string, params: Argon2idParams) => Promise<Uint8Array>;
export const KEY_WRAP_CONTEXT = utf8('clinic-assessor bundle v1 key wrap');

export interface SealOptions {
  passphrase: string;
  derive: DeriveKeyBytes;
  /** Only tests lower these; files use the app's defaults. */
  kdf?: Argon2idParams;
  created?: string;
  onProgress?: (done: number, total: number) => void;
}

export async function sealBundle(payload: Uint8Array, options: SealOptions): Promise<Uint8Array<ArrayBuffer>> {
  const fileKey = randomBytes(32);
  const noncePrefix = randomBytes(NONCE_PREFIX_BYTES);
  const kdf = options.kdf ?? defaultArgon2idParams();
  const kek = await importAesKey(await options.derive(options.passphrase, kdf), ['encrypt']);
  const header: BundleHeader = {
    format: 'clinic-assessor-bundle',
    noncePrefix: toBase64(noncePrefix),
    chunkBytes: CHUNK_BYTES,
    created: options.created ?? new Date().toISOString(),
    recipients: [
      {
        type: 'passphrase',
        kdf: { algorithm: 'argon2id', salt: toBase64(kdf.salt), memoryKiB: kdf.memoryKiB, iterations: kdf.iterations, parallelism: kdf.parallelism },
        wrappedKey: toBase64(await seal(kek, fileKey, KEY_WRAP_CONTEXT)),
      },
    ],
  };
  const headerBytes = utf8(JSON.stringify(header));
  const preamble = new Uint8Array(MAGIC.byteLength + 6);
  preamble.set(MAGIC, 0);
  preamble[MAGIC.byteLength] = MAJOR;
  preamble[MAGIC.byteLength + 1] = MINOR;
  new DataView(preamble.buffer).setUint32(MAGIC.byteLength + 2, headerBytes.byteLength);
  const keys = await fileKeys(fileKey, noncePrefix);
  fileKey.fill(0);
  const mac = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', keys.mac, concatBytes(preamble, headerBytes)));

  const chunkCount = Math.max(1, Math.ceil(payload.byteLength / CHUNK_BYTES));
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < chunkCount; i++) {
    const plain = payload.subarray(i * CHUNK_BYTES, Math.min(payload.byteLength, (i + 1) * CHUNK_BYTES));
    const sealed = await globalThis.crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: chunkNonce(noncePrefix, i, i === chunkCount - 1), tagLength: TAG_BYTES * 8 },
      keys.payload,
      asBufferSource(plain),
    );
    chunks.push(new Uint8Array(sealed));
    options.onProgress?.(i + 1, chunkCount);
  }
  return concatBytes(preamble, headerBytes, mac, ...chunks);
}
