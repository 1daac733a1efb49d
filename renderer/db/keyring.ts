/**
 * The data key: 32 random bytes that encrypt every record, stored only wrapped
 * (AES-256-GCM) by a key derived from the assessor's passphrase with Argon2id. A new
 * passphrase re-wraps the same data key: one small write, no data re-encrypted.
 */
import { z } from 'zod';
import { importAesKey, IntegrityError, open, seal } from '../../shared/crypto/aead';
import { randomBytes, utf8 } from '../../shared/crypto/bytes';
import { argon2idParams, defaultArgon2idParams, type Argon2idParams } from '../../shared/crypto/kdf';
import type { AssessorDatabase } from './database';
import { translateStorageErrors } from './storageErrors';

export type DeriveKeyBytes = (passphrase: string, params: Argon2idParams) => Promise<Uint8Array>;

const KEYRING_KEY = 'keyring';
const WRAP_CONTEXT = utf8('clinic-assessor/keyring/v1');

const storedKeyring = z.object({
  version: z.literal(1),
  kdf: argon2idParams,
  wrappedKey: z.instanceof(Uint8Array),
  changedAt: z.string(),
});
type StoredKeyring = z.infer<typeof storedKeyring>;

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
  const row = await db.settings.get(KEYRING_KEY);
  if (!row) return undefined;
  const parsed = storedKeyring.safeParse(row.value);
  if (!parsed.success) throw new KeyringDamagedError();
  return parsed.data;
}

export async function hasKeyring(db: AssessorDatabase): Promise<boolean> {
  return (await db.settings.get(KEYRING_KEY)) !== undefined;
}

/** The key-encryption key from the passphrase; the derived bytes are zeroed once imported (WebCrypto keeps its own copy). */
async function passphraseKey(passphrase: string, params: Argon2idParams, derive: DeriveKeyBytes, usage: KeyUsage): Promise<CryptoKey> {
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
export async function createKeyring(db: AssessorDatabase, passphrase: string, derive: DeriveKeyBytes): Promise<CryptoKey> {
  const raw = randomBytes(32);
  const keyring = await wrap(raw, passphrase, derive);
  await translateStorageErrors(() =>
    db.transaction('rw', db.settings, async () => {
      if (await db.settings.get(KEYRING_KEY)) throw new Error('A passphrase is already set on this computer.');
      await db.settings.put({ key: KEYRING_KEY, value: keyring });
    }),
  );
  return importDataKey(raw);
}

/** Unwraps the data key; a wrong passphrase throws WrongPassphraseError and writes nothing. */
export async function unlockKeyring(db: AssessorDatabase, passphrase: string, derive: DeriveKeyBytes): Promise<CryptoKey> {
  const keyring = await readKeyring(db);
  if (!keyring) throw new Error('No passphrase has been set yet.');
  return importDataKey(await unwrapRaw(keyring, passphrase, derive));
}

/** Re-wraps the same data key under a new passphrase, in one write that lands whole or not at all. */
export async function changePassphrase(db: AssessorDatabase, current: string, next: string, derive: DeriveKeyBytes): Promise<void> {
  const keyring = await readKeyring(db);
  if (!keyring) throw new Error('No passphrase has been set yet.');
  const raw = await unwrapRaw(keyring, current, derive);
  try {
    const rewrapped = await wrap(raw, next, derive);
    await translateStorageErrors(() =>
      db.transaction('rw', db.settings, async () => {
        const now = await readKeyring(db);
        if (now?.changedAt !== keyring.changedAt) throw new Error('The passphrase was changed elsewhere meanwhile; nothing was changed here.');
        await db.settings.put({ key: KEYRING_KEY, value: rewrapped });
      }),
    );
  } finally {
    raw.fill(0);
  }
}
