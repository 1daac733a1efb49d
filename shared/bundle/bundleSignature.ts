/**
 * The optional signature of a file: ECDSA P-256 over a context string and a digest of
 * every byte before the signature. The bytes are hashed piece by piece as they stream
 * (the authenticated header with its MAC, then each sealed chunk), each piece with
 * WebCrypto's SHA-256, and the signed digest is SHA-256 over that list of digests.
 */
import { asBufferSource, concatBytes, utf8 } from '../crypto/bytes';

const SIGNATURE_CONTEXT = utf8('clinic-assessor bundle v1 signature');

export class SignatureDigest {
  private readonly digests: Uint8Array[] = [];

  /** Adds the next piece of the file: the header block, then each sealed chunk in order. */
  async add(piece: Uint8Array): Promise<void> {
    this.digests.push(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', asBufferSource(piece))));
  }

  /** What is signed, once every piece before the signature was added. */
  async message(): Promise<Uint8Array<ArrayBuffer>> {
    return concatBytes(
      SIGNATURE_CONTEXT,
      new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', concatBytes(...this.digests))),
    );
  }
}
