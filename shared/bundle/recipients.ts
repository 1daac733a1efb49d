/**
 * Who can open a file: its random file key is wrapped once per recipient, either for a
 * passphrase (Argon2id) or for the parent firm's P-256 public key (ECDH + HKDF), and
 * unwrapped with whichever of the two the reader holds.
 */
import { importAesKey, IntegrityError, open, seal } from '../crypto/aead';
import { fromBase64, toBase64, utf8 } from '../crypto/bytes';
import { importPrivateKey, keyFingerprint, KeyFormatError } from '../crypto/p256Keys';
import { defaultArgon2idParams, type Argon2idParams } from '../crypto/kdf';
import { unwrapWithPrivateKey, wrapForPublicKey, type WrapContext } from '../crypto/publicKeyWrap';
import { BundleError } from './bundleErrors';
import {
  MAX_FILE_KDF_ITERATIONS,
  MAX_FILE_KDF_MEMORY_KIB,
  type BundleHeader,
  type PassphraseRecipient,
  type PublicKeyRecipient,
} from './bundleFormat';

export type DeriveKeyBytes = (passphrase: string, params: Argon2idParams) => Promise<Uint8Array>;
export const KEY_WRAP_CONTEXT = utf8('clinic-assessor bundle v1 key wrap');
const PUBLIC_KEY_WRAP: WrapContext = {
  info: 'clinic-assessor bundle v1 public-key wrap',
  associatedData: KEY_WRAP_CONTEXT,
};

export type RecipientSpec =
  | {
      type: 'passphrase';
      passphrase: string;
      derive: DeriveKeyBytes;
      /** Only tests lower these. */ kdf?: Argon2idParams;
    }
  | { type: 'public-key'; publicKey: Uint8Array };

export type UnlockKey =
  | { type: 'passphrase'; passphrase: string; derive: DeriveKeyBytes }
  | { type: 'private-key'; /** PKCS#8 of the firm's ECDH key. */ privateKey: Uint8Array; publicKey: Uint8Array };

type Recipient = BundleHeader['recipients'][number];

export async function wrapFileKey(
  fileKey: Uint8Array,
  spec: RecipientSpec,
): Promise<PassphraseRecipient | PublicKeyRecipient> {
  if (spec.type === 'passphrase') {
    const kdf = spec.kdf ?? defaultArgon2idParams();
    const kek = await importAesKey(await spec.derive(spec.passphrase, kdf), ['encrypt']);
    return {
      type: 'passphrase',
      kdf: {
        algorithm: 'argon2id',
        salt: toBase64(kdf.salt),
        memoryKiB: kdf.memoryKiB,
        iterations: kdf.iterations,
        parallelism: kdf.parallelism,
      },
      wrappedKey: toBase64(await seal(kek, fileKey, KEY_WRAP_CONTEXT)),
    };
  }
  const wrap = await wrapForPublicKey(fileKey, spec.publicKey, PUBLIC_KEY_WRAP);
  return {
    type: 'public-key',
    algorithm: 'ECDH-P256-HKDF-SHA256',
    keyId: await keyFingerprint(spec.publicKey),
    ephemeralKey: toBase64(wrap.ephemeralKey),
    wrappedKey: toBase64(wrap.wrappedKey),
  };
}

/** The KDF settings of a file or key file, refused BEFORE deriving when out of bounds. */
export function boundedKdf(kdf: PassphraseRecipient['kdf']): Argon2idParams {
  const salt = fromBase64(kdf.salt);
  if (kdf.memoryKiB > MAX_FILE_KDF_MEMORY_KIB || kdf.iterations > MAX_FILE_KDF_ITERATIONS || kdf.parallelism > 8) {
    throw new BundleError('kdf-too-costly', `${Math.round(kdf.memoryKiB / 1024)} MiB, ${kdf.iterations} passes`);
  }
  if (salt.byteLength < 16 || salt.byteLength > 64 || kdf.memoryKiB < 8 * 1024)
    throw new BundleError('damaged-header', 'key-derivation settings out of range');
  return {
    algorithm: 'argon2id',
    salt,
    memoryKiB: kdf.memoryKiB,
    iterations: kdf.iterations,
    parallelism: kdf.parallelism,
  };
}

async function unwrapWith(
  kek: CryptoKey,
  wrapped: string,
  failure: 'wrong-passphrase' | 'wrong-key',
): Promise<Uint8Array> {
  try {
    return await open(kek, fromBase64(wrapped), KEY_WRAP_CONTEXT);
  } catch (error) {
    if (error instanceof IntegrityError) throw new BundleError(failure);
    throw error;
  }
}

export const isPassphrase = (r: Recipient): r is PassphraseRecipient => r.type === 'passphrase' && 'kdf' in r;
export const isPublicKey = (r: Recipient): r is PublicKeyRecipient => r.type === 'public-key' && 'ephemeralKey' in r;

/** The file key, from the first recipient entry the given key fits. */
export async function unwrapFileKey(recipients: Recipient[], key: UnlockKey): Promise<Uint8Array> {
  if (key.type === 'passphrase') {
    const recipient = recipients.find(isPassphrase);
    if (!recipient) throw new BundleError(recipients.some(isPublicKey) ? 'needs-private-key' : 'no-recipient');
    const kdf = boundedKdf(recipient.kdf);
    return unwrapWith(
      await importAesKey(await key.derive(key.passphrase, kdf), ['decrypt']),
      recipient.wrappedKey,
      'wrong-passphrase',
    );
  }
  const ours = await keyFingerprint(key.publicKey);
  const candidates = recipients.filter(isPublicKey);
  if (!candidates.length) throw new BundleError(recipients.some(isPassphrase) ? 'needs-passphrase' : 'no-recipient');
  const recipient = candidates.find((r) => r.keyId === ours);
  if (!recipient)
    throw new BundleError('wrong-key', `the file is for key ${candidates.map((r) => r.keyId).join(', ')}`);
  const privateKey = await importPrivateKey('ecdh', key.privateKey);
  try {
    return await unwrapWithPrivateKey(
      { ephemeralKey: fromBase64(recipient.ephemeralKey), wrappedKey: fromBase64(recipient.wrappedKey) },
      { privateKey, publicKey: key.publicKey },
      PUBLIC_KEY_WRAP,
    );
  } catch (error) {
    if (error instanceof KeyFormatError) throw new BundleError('damaged-header', 'bad one-time key');
    if (error instanceof IntegrityError) throw new BundleError('wrong-key');
    throw error;
  }
}
