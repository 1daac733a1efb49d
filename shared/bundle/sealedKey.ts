/**
 * A private key sealed under a passphrase, as the key files hold it: PKCS#8, AES-256-GCM
 * under an Argon2id key, with associated data binding it to its kind and public point.
 */
import { importAesKey, IntegrityError, open, seal } from '../crypto/aead';
import { fromBase64, toBase64 } from '../crypto/bytes';
import { importPrivateKey, type EcKeyKind } from '../crypto/p256Keys';
import { defaultArgon2idParams, type Argon2idParams } from '../crypto/kdf';
import type { PassphraseRecipient } from './bundleFormat';
import { boundedKdf, type DeriveKeyBytes } from './recipients';

/** A key file that is not one, or does not check out: the message says which. */
export class KeyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyFileError';
  }
}

export interface SealedKeyFields {
  kdf: PassphraseRecipient['kdf'];
  /** IV || ciphertext || tag, base64. */
  sealedKey: string;
}

export async function sealKey(
  privateKey: Uint8Array,
  passphrase: string,
  derive: DeriveKeyBytes,
  associatedData: Uint8Array,
  kdf: Argon2idParams = defaultArgon2idParams(),
): Promise<SealedKeyFields> {
  const kek = await importAesKey(await derive(passphrase, kdf), ['encrypt']);
  return {
    kdf: {
      algorithm: 'argon2id',
      salt: toBase64(kdf.salt),
      memoryKiB: kdf.memoryKiB,
      iterations: kdf.iterations,
      parallelism: kdf.parallelism,
    },
    sealedKey: toBase64(await seal(kek, privateKey, associatedData)),
  };
}

/** The PKCS#8 key of a `what` ("private key file"); a wrong passphrase, costly settings or a damaged key says so. */
export async function openSealedKey(
  fields: SealedKeyFields,
  passphrase: string,
  derive: DeriveKeyBytes,
  associatedData: Uint8Array,
  kind: EcKeyKind,
  what: string,
): Promise<Uint8Array<ArrayBuffer>> {
  let kdf: Argon2idParams;
  try {
    kdf = boundedKdf(fields.kdf);
  } catch {
    throw new KeyFileError(
      `The ${what} asks for key-derivation settings out of the allowed range, so it was not opened.`,
    );
  }
  const kek = await importAesKey(await derive(passphrase, kdf), ['decrypt']);
  let privateKey: Uint8Array<ArrayBuffer>;
  try {
    privateKey = new Uint8Array(await open(kek, fromBase64(fields.sealedKey), associatedData));
  } catch (error) {
    if (error instanceof IntegrityError)
      throw new KeyFileError(`That passphrase does not open this ${what}, or the file was altered.`);
    throw error;
  }
  await importPrivateKey(kind, privateKey).catch(() => {
    throw new KeyFileError(`The ${what} is damaged: its key does not load.`);
  });
  return privateKey;
}
