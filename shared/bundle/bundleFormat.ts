/**
 * The assessment file (.cabundle), version 1.5 (see SPEC.md beside this file):
 *
 *   magic "CABUNDLE" | major u8 | minor u8 | header length u32 BE | header (UTF-8 JSON)
 *   | header MAC (32 bytes, HMAC-SHA-256) | payload chunks | signature (64 bytes, when signed)
 *
 * One random 256-bit file key per file, wrapped for each recipient. The payload is
 * cut into 64 KiB chunks, each sealed with AES-256-GCM under a key derived from the
 * file key; the nonce is the file's 7-byte nonce prefix, a 4-byte chunk counter and a
 * last-chunk flag, so truncation, reordering and any flipped bit are detected.
 */
import { z } from 'zod';
import { isBase64 } from '../crypto/bytes';

export const MAGIC = new TextEncoder().encode('CABUNDLE');
export const MAJOR = 1;
/**
 * 1.2: the content holds flows (model v2); 1.3: admin holders, target flows and compromise
 * indicators (model v3); 1.4: evidence records, and their bytes after the JSON (blobSection.ts);
 * 1.5: plan items, ePHI stores and HICP practices (model v5). Readers open every 1.x file; the minor version is only written.
 */
export const MINOR = 5;
export const PREAMBLE_BYTES = MAGIC.byteLength + 2 + 4;
export const MAX_HEADER_BYTES = 64 * 1024;
export const MAC_BYTES = 32;
export const CHUNK_BYTES = 64 * 1024;
export const TAG_BYTES = 16;
export const NONCE_PREFIX_BYTES = 7;
export const SIGNATURE_BYTES = 64;

/** Bounds checked BEFORE deriving: a hostile file must not make the app allocate gigabytes. */
export const MAX_FILE_KDF_MEMORY_KIB = 256 * 1024;
export const MAX_FILE_KDF_ITERATIONS = 10;

/** Base64 that decodes, of a bounded length: every binary field of a header or key file. */
export const b64 = z.string().max(4096).refine(isBase64, 'not base64');

export const passphraseRecipient = z.object({
  type: z.literal('passphrase'),
  kdf: z.object({
    algorithm: z.literal('argon2id'),
    salt: b64,
    memoryKiB: z.number().int().positive(),
    iterations: z.number().int().positive(),
    parallelism: z.number().int().positive(),
  }),
  /** The file key, AES-256-GCM under the derived key: IV (12) || ciphertext || tag, base64. */
  wrappedKey: b64,
});

export const publicKeyRecipient = z.object({
  type: z.literal('public-key'),
  algorithm: z.literal('ECDH-P256-HKDF-SHA256'),
  /** Fingerprint of the recipient's public key (see keyFingerprint), to find the right key. */
  keyId: z.string().max(64),
  /** The sender's one-time public point, base64 of 65 bytes. */
  ephemeralKey: b64,
  wrappedKey: b64,
});

const knownRecipientTypes: readonly string[] = ['passphrase', 'public-key'];
/** A recipient type from a later minor version: kept in the header, skipped by this reader. */
const otherRecipient = z.looseObject({
  type: z
    .string()
    .max(64)
    .refine((t) => !knownRecipientTypes.includes(t)),
});

export const bundleSigner = z.object({
  algorithm: z.literal('ECDSA-P256-SHA256'),
  /** Who signed, as the signer wrote it: shown to the reader, trusted only through the key. */
  name: z.string().max(200),
  publicKey: b64,
});

export const bundleHeader = z.object({
  format: z.literal('clinic-assessor-bundle'),
  noncePrefix: b64,
  chunkBytes: z.literal(CHUNK_BYTES),
  created: z.string().max(40),
  recipients: z
    .array(z.union([passphraseRecipient, publicKeyRecipient, otherRecipient]))
    .min(1)
    .max(16),
  signer: bundleSigner.optional(),
});

export type BundleHeader = z.infer<typeof bundleHeader>;
export type BundleSigner = z.infer<typeof bundleSigner>;
export type PassphraseRecipient = z.infer<typeof passphraseRecipient>;
export type PublicKeyRecipient = z.infer<typeof publicKeyRecipient>;
