/**
 * The optional signature of a file: ECDSA P-256 over a context string and the SHA-256
 * of every byte before it (preamble, header, MAC, chunks), hashed as the bytes stream.
 */
import { createSHA256, type IHasher } from 'hash-wasm';
import { concatBytes, utf8 } from '../crypto/bytes';

const SIGNATURE_CONTEXT = utf8('clinic-assessor bundle v1 signature');

export async function signatureHasher(): Promise<IHasher> {
  const hasher = await createSHA256();
  hasher.init();
  return hasher;
}

/** What is signed, once every byte before the signature went through the hasher. */
export function signedMessage(hasher: IHasher): Uint8Array<ArrayBuffer> {
  return concatBytes(SIGNATURE_CONTEXT, hasher.digest('binary'));
}
