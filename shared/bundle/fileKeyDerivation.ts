/** Keys of one file, all derived from its random file key with HKDF-SHA-256. */
import { asBufferSource, utf8 } from '../crypto/bytes';

const subtle = () => globalThis.crypto.subtle;

async function hkdf(fileKey: Uint8Array, salt: Uint8Array, info: string): Promise<ArrayBuffer> {
  const base = await subtle().importKey('raw', asBufferSource(fileKey), 'HKDF', false, ['deriveBits']);
  return subtle().deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: asBufferSource(salt), info: utf8(info) },
    base,
    256,
  );
}

export interface FileKeys {
  payload: CryptoKey;
  mac: CryptoKey;
}

export async function fileKeys(fileKey: Uint8Array, noncePrefix: Uint8Array): Promise<FileKeys> {
  const [payloadBits, macBits] = await Promise.all([
    hkdf(fileKey, noncePrefix, 'clinic-assessor bundle v1 payload'),
    hkdf(fileKey, noncePrefix, 'clinic-assessor bundle v1 header mac'),
  ]);
  return {
    payload: await subtle().importKey('raw', payloadBits, { name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]),
    mac: await subtle().importKey('raw', macBits, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']),
  };
}

/** Nonce of chunk `index`: 7-byte prefix || counter (u32 BE) || last flag. */
export function chunkNonce(prefix: Uint8Array, index: number, last: boolean): Uint8Array<ArrayBuffer> {
  const nonce = new Uint8Array(12);
  nonce.set(prefix, 0);
  new DataView(nonce.buffer).setUint32(7, index);
  nonce[11] = last ? 1 : 0;
  return nonce;
}
