/**
 * The firm's copy of the data key: the same 32 bytes the passphrase wraps, also sealed
 * for the parent firm's public key (ECDH P-256 with a one-time key, HKDF-SHA-256,
 * AES-256-GCM), so the firm's private key can recover this database when the
 * passphrase is forgotten. Its context strings are its own: a keyring wrap never opens
 * as an assessment file's key, nor a file's key wrap as a keyring.
 */
import { z } from 'zod';
import { IntegrityError } from '../../shared/crypto/aead';
import { utf8 } from '../../shared/crypto/bytes';
import { importPrivateKey, keyFingerprint, KeyFormatError } from '../../shared/crypto/p256Keys';
import { unwrapWithPrivateKey, wrapForPublicKey, type WrapContext } from '../../shared/crypto/publicKeyWrap';

const FIRM_WRAP: WrapContext = {
  info: 'clinic-assessor keyring v1 firm wrap',
  associatedData: utf8('clinic-assessor keyring v1 firm-wrapped data key'),
};

export const storedFirmWrap = z.object({
  algorithm: z.literal('ECDH-P256-HKDF-SHA256'),
  name: z.string(),
  fingerprint: z.string(),
  ephemeralKey: z.instanceof(Uint8Array),
  wrappedKey: z.instanceof(Uint8Array),
  wrappedAt: z.string(),
});
export type StoredFirmWrap = z.infer<typeof storedFirmWrap>;

/** Who can recover this database, and since when. */
export interface FirmRecovery {
  name: string;
  fingerprint: string;
  since: string;
}

/** The firm's key could not recover the data key: the message says why, in one sentence. */
export class FirmRecoveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FirmRecoveryError';
  }
}

export const NO_FIRM_WRAP =
  'No recovery through the firm was set on this computer, so the firm’s private key cannot unlock it.';

export async function wrapForFirm(
  rawKey: Uint8Array,
  firm: { name: string; publicKey: Uint8Array },
  now = new Date(),
): Promise<StoredFirmWrap> {
  const wrap = await wrapForPublicKey(rawKey, firm.publicKey, FIRM_WRAP);
  return {
    algorithm: 'ECDH-P256-HKDF-SHA256',
    name: firm.name,
    fingerprint: await keyFingerprint(firm.publicKey),
    ...wrap,
    wrappedAt: now.toISOString(),
  };
}

/** The raw data key, from the firm's wrap and the firm's key pair (private key as PKCS#8). */
export async function unwrapFromFirm(
  stored: StoredFirmWrap | undefined,
  key: { publicKey: Uint8Array; privateKey: Uint8Array },
): Promise<Uint8Array> {
  if (!stored) throw new FirmRecoveryError(NO_FIRM_WRAP);
  const given = await keyFingerprint(key.publicKey);
  if (given !== stored.fingerprint) {
    throw new FirmRecoveryError(
      `That private key file is the firm key ${given}, but this computer can be recovered only with the firm key ${stored.name || 'of the firm'} (${stored.fingerprint}).`,
    );
  }
  try {
    return await unwrapWithPrivateKey(
      stored,
      { privateKey: await importPrivateKey('ecdh', key.privateKey), publicKey: key.publicKey },
      FIRM_WRAP,
    );
  } catch (error) {
    if (error instanceof IntegrityError || error instanceof KeyFormatError)
      throw new FirmRecoveryError(
        'The firm’s recovery copy of the key on this computer is damaged, so it cannot be recovered this way.',
      );
    throw error;
  }
}
