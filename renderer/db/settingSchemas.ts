/**
 * Every setting this installation keeps in the `settings` table, by the name it is
 * stored under, with the schema its value must meet and the value read when it is
 * missing or malformed. Names and shapes are those older databases hold: never rename
 * one or change its shape without an upgrade in schemaVersions.ts.
 */
import { z } from 'zod';
import { argon2idParams } from '../../shared/crypto/kdf';
import { storedFirmWrap } from './dataKeyFirmWrap';

/** A list whose malformed items are dropped, not the whole list. */
function listOf<T>(item: z.ZodType<T>) {
  return z
    .array(z.unknown())
    .transform((items) => items.flatMap((value) => (item.safeParse(value).success ? [item.parse(value)] : [])));
}

/** The data key wrapped by the passphrase (and for the firm); see dataKeyWrap.ts. */
export const storedKeyring = z.object({
  version: z.literal(1),
  kdf: argon2idParams,
  wrappedKey: z.instanceof(Uint8Array),
  changedAt: z.string(),
  firm: storedFirmWrap.optional(),
});

/** A key pair: the public key in base64, the private key sealed under the data key. */
export const storedKeyPair = z.object({
  name: z.string(),
  publicKey: z.string(),
  sealedPrivate: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
});

export const storedEndorsement = z.object({ publicKey: z.string(), fingerprint: z.string(), signature: z.string() });

/** The firm key pair, with the endorsement by the pair it replaced; a damaged endorsement is dropped, not the pair. */
export const storedFirmKeyPair = storedKeyPair.extend({ endorsement: storedEndorsement.optional().catch(undefined) });

export const storedPublicKey = z.object({ name: z.string(), publicKey: z.string() });

export const trustedSigner = z.object({ name: z.string(), fingerprint: z.string(), added: z.string() });

interface SettingSpec<T, D> {
  schema: z.ZodType<T>;
  /** What a read returns when the value is missing or does not meet the schema. */
  fallback: D;
}

const setting = <T>(schema: z.ZodType<T>): SettingSpec<T, undefined> => ({ schema, fallback: undefined });
const settingOr = <T>(schema: z.ZodType<T>, fallback: T): SettingSpec<T, T> => ({ schema, fallback });

export const settingSpecs = {
  /** The wrapped data key; its absence means the first run. */
  keyring: setting(storedKeyring),
  /** This installation's id, stamped on every write (merging tells devices apart by it). */
  device: setting(z.string()),
  /** The hybrid logical clock's last stamp, so stamps keep rising across restarts. */
  clock: setting(z.string()),
  autoLockMinutes: settingOr(z.number().positive(), 10),
  /** When everything was last exported (an ISO time): a full export is a backup. */
  lastFullExport: setting(z.string()),
  /** CSV column mappings remembered per source (its header row): field → header name. */
  csvMappings: settingOr(z.record(z.string(), z.record(z.string(), z.string())), {}),
  /** Clinics of imported files taken as a clinic here: the file's clinic id → the id here (clinicTwins.ts). */
  clinicTwins: settingOr(z.record(z.string(), z.string()), {}),
  /** The assessor's signing key, made on first use. */
  signingKey: setting(storedKeyPair),
  /** The firm's key pair, on the firm's own computers. */
  firmKey: setting(storedFirmKeyPair),
  /** Firm key pairs it replaced, newest first: files sent to them still open. */
  firmPreviousKeys: settingOr(listOf(storedFirmKeyPair), []),
  /** The firm's public key that exports are encrypted for. */
  firmRecipient: setting(storedPublicKey),
  /** Firm public keys this assessor adopted before the current one. */
  firmRecipientHistory: settingOr(listOf(storedPublicKey), []),
  /** Signers the assessor chose to trust on import. */
  trustedSigners: settingOr(listOf(trustedSigner), []),
  /** The firm's signed list of revoked signer keys, as its file text. */
  revocationList: setting(z.object({ text: z.string() })),
  /** The firm's signed content pack in force, as its file text: verified again on every read (contentPacks.ts). */
  contentPack: setting(z.object({ text: z.string(), appliedAt: z.string() })),
  /** The key that names evidence blobs (HMAC of their SHA-256), sealed under the data key (evidenceBlobs.ts). */
  evidenceNamingKey: setting(z.custom<Uint8Array>((value) => value instanceof Uint8Array)),
};

type Specs = typeof settingSpecs;
export type SettingName = keyof Specs;
/** A value as stored: what a write takes. */
export type StoredSetting<N extends SettingName> = Specs[N] extends SettingSpec<infer T, unknown> ? T : never;
/** A value as read: the stored value, or the documented fallback. */
export type SettingValue<N extends SettingName> = StoredSetting<N> | Specs[N]['fallback'];
