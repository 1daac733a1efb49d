/**
 * The keys this installation holds, in the settings table: the assessor's signing key
 * (made on first use), the parent firm's key pair when this is the firm's installation,
 * the firm's public key that exports are encrypted for, and the signers trusted on
 * import. Private keys are sealed under the data key; public keys and names are not
 * clinic data and stay in the clear.
 */
import { fromBase64, toBase64 } from '../../shared/crypto/bytes';
import { generateKeyPair, keyFingerprint, type EcKeyKind, type EcKeyPair } from '../../shared/crypto/ecKeys';
import type { AssessorDatabase } from './database';
import type { Vault } from './vault';

const SIGNING_KEY = 'signingKey';
const FIRM_KEY = 'firmKey';
const FIRM_RECIPIENT = 'firmRecipient';
const TRUSTED_SIGNERS = 'trustedSigners';
export const DEFAULT_SIGNER_NAME = 'Unnamed assessor';

interface StoredKeyPair {
  name: string;
  publicKey: string;
  sealedPrivate: Uint8Array;
}

export interface PublicKeyInfo {
  name: string;
  publicKey: Uint8Array<ArrayBuffer>;
  fingerprint: string;
}

export interface HeldKeyPair extends PublicKeyInfo {
  privateKey: Uint8Array<ArrayBuffer>;
}

function isStoredKeyPair(value: unknown): value is StoredKeyPair {
  const v = value as Partial<StoredKeyPair> | undefined;
  return typeof v?.name === 'string' && typeof v.publicKey === 'string' && v.sealedPrivate instanceof Uint8Array;
}

async function publicInfo(name: string, publicKey: string): Promise<PublicKeyInfo> {
  const bytes = fromBase64(publicKey);
  return { name, publicKey: bytes, fingerprint: await keyFingerprint(bytes) };
}

async function readPublic(db: AssessorDatabase, key: string): Promise<PublicKeyInfo | undefined> {
  const value = (await db.settings.get(key))?.value;
  return isStoredKeyPair(value) ? publicInfo(value.name, value.publicKey) : undefined;
}

async function readPair(vault: Vault, key: string): Promise<HeldKeyPair | undefined> {
  const value = (await vault.db.settings.get(key))?.value;
  if (!isStoredKeyPair(value)) return undefined;
  return { ...(await publicInfo(value.name, value.publicKey)), privateKey: await vault.openSecret(key, value.sealedPrivate) };
}

/** Makes and stores a key pair unless one is there already: a key in use is never replaced. */
async function storePair(vault: Vault, key: string, kind: EcKeyKind, name: string, given?: EcKeyPair): Promise<void> {
  const pair = given ?? (await generateKeyPair(kind));
  const stored: StoredKeyPair = { name, publicKey: toBase64(pair.publicKey), sealedPrivate: await vault.sealSecret(key, pair.privateKey) };
  pair.privateKey.fill(0);
  await vault.db.transaction('rw', vault.db.settings, async () => {
    if (!isStoredKeyPair((await vault.db.settings.get(key))?.value)) await vault.db.settings.put({ key, value: stored });
  });
}

/** The assessor's signing key, made the first time it is needed. */
export async function signingKey(vault: Vault): Promise<HeldKeyPair> {
  const held = await readPair(vault, SIGNING_KEY);
  if (held) return held;
  await storePair(vault, SIGNING_KEY, 'ecdsa', DEFAULT_SIGNER_NAME);
  return (await readPair(vault, SIGNING_KEY)) as HeldKeyPair;
}

export const readSigningKey = (db: AssessorDatabase) => readPublic(db, SIGNING_KEY);

export async function renameSigner(db: AssessorDatabase, name: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const value = (await db.settings.get(SIGNING_KEY))?.value;
    if (isStoredKeyPair(value)) await db.settings.put({ key: SIGNING_KEY, value: { ...value, name } });
  });
}

export const readFirmKey = (db: AssessorDatabase) => readPublic(db, FIRM_KEY);
export const firmKeyPair = (vault: Vault) => readPair(vault, FIRM_KEY);
export const createFirmKey = (vault: Vault, name: string) => storePair(vault, FIRM_KEY, 'ecdh', name);
/** The firm key pair from its private key file, for a second firm computer. */
export const adoptFirmKey = (vault: Vault, key: { name: string } & EcKeyPair) => storePair(vault, FIRM_KEY, 'ecdh', key.name, { publicKey: key.publicKey, privateKey: key.privateKey });

/** The firm's public key, as handed to this assessor: exports can be encrypted for it. */
export async function readFirmRecipient(db: AssessorDatabase): Promise<PublicKeyInfo | undefined> {
  const value = (await db.settings.get(FIRM_RECIPIENT))?.value as { name?: unknown; publicKey?: unknown } | undefined;
  return typeof value?.name === 'string' && typeof value.publicKey === 'string' ? publicInfo(value.name, value.publicKey) : undefined;
}

export async function saveFirmRecipient(db: AssessorDatabase, key: { name: string; publicKey: Uint8Array }): Promise<void> {
  await db.settings.put({ key: FIRM_RECIPIENT, value: { name: key.name, publicKey: toBase64(key.publicKey) } });
}

export interface TrustedSigner {
  name: string;
  fingerprint: string;
  added: string;
}

export async function readTrustedSigners(db: AssessorDatabase): Promise<TrustedSigner[]> {
  const value = (await db.settings.get(TRUSTED_SIGNERS))?.value;
  return Array.isArray(value) ? (value as TrustedSigner[]) : [];
}

/** Whether a signer is known: this installation's own key, or one the assessor chose to trust. */
export async function isTrusted(db: AssessorDatabase, fingerprint: string): Promise<boolean> {
  if ((await readSigningKey(db))?.fingerprint === fingerprint) return true;
  return (await readTrustedSigners(db)).some((s) => s.fingerprint === fingerprint);
}

export async function trustSigner(db: AssessorDatabase, signer: { name: string; fingerprint: string }, now = new Date()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const list = (await readTrustedSigners(db)).filter((s) => s.fingerprint !== signer.fingerprint);
    await db.settings.put({ key: TRUSTED_SIGNERS, value: [...list, { name: signer.name, fingerprint: signer.fingerprint, added: now.toISOString() }] });
  });
}

export async function distrustSigner(db: AssessorDatabase, fingerprint: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: TRUSTED_SIGNERS, value: (await readTrustedSigners(db)).filter((s) => s.fingerprint !== fingerprint) });
  });
}
