/**
 * The data key: 32 random bytes that encrypt every record, stored only wrapped
 * (AES-256-GCM) by a key derived from the assessor's passphrase with Argon2id. A new
 * passphrase re-wraps the same data key: one small write, no data re-encrypted.
 *
 * When the firm's public key is set, the data key is also wrapped for it (see
 * keyringFirmWrap), in the same row: made again whenever the raw key is in hand (set-up,
 * unlock, passphrase change, recovery) and the firm key differs from the one wrapped to.
 */
import { importAesKey, IntegrityError, open, seal } from '../../shared/crypto/aead';
import { randomBytes, utf8 } from '../../shared/crypto/bytes';
import { defaultArgon2idParams, type Argon2idParams } from '../../shared/crypto/kdf';
import type { AssessorDatabase } from './database';
import {
  FirmRecoveryError,
  unwrapFromFirm,
  wrapForFirm,
  type FirmRecovery,
  type StoredFirmWrap,
} from './dataKeyFirmWrap';
import { readFirmRecipient } from './signerAndFirmKeys';
import { hasSetting, inSettingsTransaction, inspectSetting, writeSetting, type StoredSetting } from './settings';
import { translateStorageErrors } from './storageErrors';

export type DeriveKeyBytes = (passphrase: string, params: Argon2idParams) => Promise<Uint8Array>;

const KEYRING_KEY = 'keyring';
const WRAP_CONTEXT = utf8('clinic-assessor/keyring/v1');

type StoredKeyring = StoredSetting<'keyring'>;

export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase is not right. Nothing was changed; try again.');
    this.name = 'WrongPassphraseError';
  }
}

export class KeyringDamagedError extends Error {
  constructor() {
    super('The stored key record is damaged, so the data cannot be unlocked.');
    this.name = 'KeyringDamagedError';
  }
}

async function readKeyring(db: AssessorDatabase): Promise<StoredKeyring | undefined> {
  const found = await inspectSetting(db, KEYRING_KEY);
  if (found.state === 'malformed') throw new KeyringDamagedError();
  return found.state === 'valid' ? found.value : undefined;
}

export async function hasKeyring(db: AssessorDatabase): Promise<boolean> {
  return hasSetting(db, KEYRING_KEY);
}

/** The key-encryption key from the passphrase; the derived bytes are zeroed once imported (WebCrypto keeps its own copy). */
async function passphraseKey(
  passphrase: string,
  params: Argon2idParams,
  derive: DeriveKeyBytes,
  usage: KeyUsage,
): Promise<CryptoKey> {
  const bytes = await derive(passphrase, params);
  try {
    return await importAesKey(bytes, [usage]);
  } finally {
    bytes.fill(0);
  }
}

async function wrap(rawKey: Uint8Array, passphrase: string, derive: DeriveKeyBytes): Promise<StoredKeyring> {
  const kdf = defaultArgon2idParams();
  const kek = await passphraseKey(passphrase, kdf, derive, 'encrypt');
  return { version: 1, kdf, wrappedKey: await seal(kek, rawKey, WRAP_CONTEXT), changedAt: new Date().toISOString() };
}

async function unwrapRaw(keyring: StoredKeyring, passphrase: string, derive: DeriveKeyBytes): Promise<Uint8Array> {
  const kek = await passphraseKey(passphrase, keyring.kdf, derive, 'decrypt');
  try {
    return await open(kek, keyring.wrappedKey, WRAP_CONTEXT);
  } catch (error) {
    if (error instanceof IntegrityError) throw new WrongPassphraseError();
    throw error;
  }
}

/** Imports the data key for use only: it can encrypt and decrypt but never be read back. */
async function importDataKey(raw: Uint8Array): Promise<CryptoKey> {
  try {
    return await importAesKey(raw);
  } finally {
    raw.fill(0);
  }
}

/** First run: makes the data key and stores it wrapped by the passphrase. */
export async function createKeyring(
  db: AssessorDatabase,
  passphrase: string,
  derive: DeriveKeyBytes,
): Promise<CryptoKey> {
  const raw = randomBytes(32);
  const keyring: StoredKeyring = {
    ...(await wrap(raw, passphrase, derive)),
    firm: await newFirmWrap(db, raw, undefined),
  };
  await translateStorageErrors(() =>
    inSettingsTransaction(db, async () => {
      if (await hasSetting(db, KEYRING_KEY)) throw new Error('A passphrase is already set on this computer.');
      await writeSetting(db, KEYRING_KEY, keyring);
    }),
  );
  return importDataKey(raw);
}

/** Unwraps the data key; a wrong passphrase throws WrongPassphraseError and writes nothing. */
export async function unlockKeyring(
  db: AssessorDatabase,
  passphrase: string,
  derive: DeriveKeyBytes,
): Promise<CryptoKey> {
  const keyring = await readKeyring(db);
  if (!keyring) throw new Error('No passphrase has been set yet.');
  const raw = await unwrapRaw(keyring, passphrase, derive);
  try {
    await refreshFirmWrap(db, keyring, raw);
  } catch {
    // Unlocking never fails for the recovery copy: it is made again at the next unlock, and Settings shows it is not current.
  }
  return importDataKey(raw);
}

/** Re-wraps the same data key under a new passphrase, in one write that lands whole or not at all. */
export async function changePassphrase(
  db: AssessorDatabase,
  current: string,
  next: string,
  derive: DeriveKeyBytes,
): Promise<void> {
  const keyring = await readKeyring(db);
  if (!keyring) throw new Error('No passphrase has been set yet.');
  const raw = await unwrapRaw(keyring, current, derive);
  try {
    await replacePassphraseWrap(db, keyring, raw, next, derive);
  } finally {
    raw.fill(0);
  }
}

/** A new firm wrap when the firm's public key is set and is not the one `current` is wrapped to. */
async function newFirmWrap(
  db: AssessorDatabase,
  raw: Uint8Array,
  current: StoredFirmWrap | undefined,
): Promise<StoredFirmWrap | undefined> {
  const firm = await readFirmRecipient(db);
  return firm && firm.fingerprint !== current?.fingerprint ? wrapForFirm(raw, firm) : undefined;
}

/** The passphrase wrap and the firm wrap replaced together, in one write, unless the keyring changed meanwhile. */
async function replacePassphraseWrap(
  db: AssessorDatabase,
  keyring: StoredKeyring,
  raw: Uint8Array,
  next: string,
  derive: DeriveKeyBytes,
): Promise<void> {
  const rewrapped = await wrap(raw, next, derive);
  const firm = await newFirmWrap(db, raw, keyring.firm);
  await translateStorageErrors(() =>
    inSettingsTransaction(db, async () => {
      const now = await readKeyring(db);
      if (now?.changedAt !== keyring.changedAt)
        throw new Error('The passphrase was changed elsewhere meanwhile; nothing was changed here.');
      await writeSetting(db, KEYRING_KEY, { ...rewrapped, firm: firm ?? now.firm });
    }),
  );
}

/** Wraps the data key for the firm's current public key if it is not wrapped for it yet. */
async function refreshFirmWrap(db: AssessorDatabase, keyring: StoredKeyring, raw: Uint8Array): Promise<void> {
  const firm = await newFirmWrap(db, raw, keyring.firm);
  if (!firm) return;
  await translateStorageErrors(() =>
    inSettingsTransaction(db, async () => {
      const now = await readKeyring(db);
      if (now?.changedAt === keyring.changedAt) await writeSetting(db, KEYRING_KEY, { ...now, firm });
    }),
  );
}

/** Who can recover this database with the firm's private key, if anyone. */
export async function readFirmRecovery(db: AssessorDatabase): Promise<FirmRecovery | undefined> {
  const firm = (await readKeyring(db))?.firm;
  return firm && { name: firm.name, fingerprint: firm.fingerprint, since: firm.wrappedAt };
}

/** From Settings, once the firm's public key is set: the passphrase unwraps the data key so it can be wrapped for the firm too. */
export async function setUpFirmRecovery(
  db: AssessorDatabase,
  passphrase: string,
  derive: DeriveKeyBytes,
): Promise<void> {
  const keyring = await readKeyring(db);
  if (!keyring) throw new Error('No passphrase has been set yet.');
  if (!(await readFirmRecipient(db)))
    throw new FirmRecoveryError('Set the firm’s public key first; recovery is made for that key.');
  const raw = await unwrapRaw(keyring, passphrase, derive);
  try {
    await refreshFirmWrap(db, keyring, raw);
  } finally {
    raw.fill(0);
  }
}

/**
 * A forgotten passphrase: the firm's key pair unwraps the data key from the firm wrap,
 * and a new passphrase replaces the old one in one write. Returns the data key, unlocked.
 */
export async function recoverWithFirmKey(
  db: AssessorDatabase,
  firmKey: { publicKey: Uint8Array; privateKey: Uint8Array },
  next: string,
  derive: DeriveKeyBytes,
): Promise<CryptoKey> {
  const keyring = await readKeyring(db);
  if (!keyring) throw new Error('No passphrase has been set yet.');
  const raw = await unwrapFromFirm(keyring.firm, firmKey);
  try {
    await replacePassphraseWrap(db, keyring, raw, next, derive);
  } catch (error) {
    raw.fill(0);
    throw error;
  }
  return importDataKey(raw);
}
