/**
 * The keys this installation holds, in the settings table: the assessor's signing key
 * (made on first use), the parent firm's key pair when this is the firm's installation,
 * the firm's public key that exports are encrypted for, and the signers trusted on
 * import. Private keys are sealed under the data key; public keys and names are not
 * clinic data and stay in the clear.
 */
import { fromBase64, toBase64 } from '../../shared/crypto/bytes';
import { endorseKey, type KeyEndorsement } from '../../shared/bundle/firmKeyFiles';
import { generateKeyPair, keyFingerprint, type EcKeyKind, type EcKeyPair } from '../../shared/crypto/p256Keys';
import type { AssessorDatabase } from './database';
import { inSettingsTransaction, readSetting, updateSetting, writeSetting } from './settings';
import type { Vault } from './vault';

const SIGNING_KEY = 'signingKey';
const FIRM_KEY = 'firmKey';
type KeyPairSetting = typeof SIGNING_KEY | typeof FIRM_KEY;
export const DEFAULT_SIGNER_NAME = 'Unnamed assessor';

export interface PublicKeyInfo {
  name: string;
  publicKey: Uint8Array<ArrayBuffer>;
  fingerprint: string;
}

export interface HeldKeyPair extends PublicKeyInfo {
  privateKey: Uint8Array<ArrayBuffer>;
}

async function publicInfo(name: string, publicKey: string): Promise<PublicKeyInfo> {
  const bytes = fromBase64(publicKey);
  return { name, publicKey: bytes, fingerprint: await keyFingerprint(bytes) };
}

async function readPublic(db: AssessorDatabase, key: KeyPairSetting): Promise<PublicKeyInfo | undefined> {
  const value = await readSetting(db, key);
  return value ? publicInfo(value.name, value.publicKey) : undefined;
}

async function readPair(vault: Vault, key: KeyPairSetting): Promise<HeldKeyPair | undefined> {
  const value = await readSetting(vault.db, key);
  if (!value) return undefined;
  return {
    ...(await publicInfo(value.name, value.publicKey)),
    privateKey: await vault.openSecret(key, value.sealedPrivate),
  };
}

/** Makes and stores a key pair unless one is there already: a key in use is never replaced. */
async function storePair(
  vault: Vault,
  key: KeyPairSetting,
  kind: EcKeyKind,
  name: string,
  given?: EcKeyPair,
): Promise<void> {
  const pair = given ?? (await generateKeyPair(kind));
  const stored = {
    name,
    publicKey: toBase64(pair.publicKey),
    sealedPrivate: await vault.sealSecret(key, pair.privateKey),
  };
  pair.privateKey.fill(0);
  await updateSetting(vault.db, key, (current) => (current ? undefined : stored));
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
  await updateSetting(db, SIGNING_KEY, (value) => value && { ...value, name });
}

export const readFirmKey = (db: AssessorDatabase) => readPublic(db, FIRM_KEY);
export const firmKeyPair = (vault: Vault) => readPair(vault, FIRM_KEY);
export const createFirmKey = (vault: Vault, name: string) => storePair(vault, FIRM_KEY, 'ecdh', name);
/** The firm key pair from its private key file, for a second firm computer. */
export const adoptFirmKey = (vault: Vault, key: { name: string } & EcKeyPair) =>
  storePair(vault, FIRM_KEY, 'ecdh', key.name, { publicKey: key.publicKey, privateKey: key.privateKey });

/** The firm's public key, as handed to this assessor: exports can be encrypted for it. */
export async function readFirmRecipient(db: AssessorDatabase): Promise<PublicKeyInfo | undefined> {
  const value = await readSetting(db, 'firmRecipient');
  return value && publicInfo(value.name, value.publicKey);
}

export async function saveFirmRecipient(
  db: AssessorDatabase,
  key: { name: string; publicKey: Uint8Array },
): Promise<void> {
  await writeSetting(db, 'firmRecipient', { name: key.name, publicKey: toBase64(key.publicKey) });
}

export interface TrustedSigner {
  name: string;
  fingerprint: string;
  added: string;
}

export async function readTrustedSigners(db: AssessorDatabase): Promise<TrustedSigner[]> {
  return readSetting(db, 'trustedSigners');
}

/** Whether a signer is known: this installation's own key, or one the assessor chose to trust. */
export async function isTrusted(db: AssessorDatabase, fingerprint: string): Promise<boolean> {
  if ((await readSigningKey(db))?.fingerprint === fingerprint) return true;
  return (await readTrustedSigners(db)).some((s) => s.fingerprint === fingerprint);
}

export async function trustSigner(
  db: AssessorDatabase,
  signer: { name: string; fingerprint: string },
  now = new Date(),
): Promise<void> {
  await updateSetting(db, 'trustedSigners', (list) => [
    ...list.filter((s) => s.fingerprint !== signer.fingerprint),
    { name: signer.name, fingerprint: signer.fingerprint, added: now.toISOString() },
  ]);
}

export async function distrustSigner(db: AssessorDatabase, fingerprint: string): Promise<void> {
  await updateSetting(db, 'trustedSigners', (list) => list.filter((s) => s.fingerprint !== fingerprint));
}

// Firm key rotation: the new pair becomes `firmKey`, endorsed by the one before; earlier
// pairs stay sealed (as they were, under the `firmKey` secret name) so old files still open.
const previousFirmRows = (db: AssessorDatabase) => readSetting(db, 'firmPreviousKeys');

/** Makes `next` the firm key pair and keeps `current` (as sealed) for the files already sent to it; exports here go to the new key. */
async function installNextFirmKey(
  vault: Vault,
  current: HeldKeyPair,
  next: EcKeyPair,
  name: string,
  endorsement: KeyEndorsement,
): Promise<PublicKeyInfo> {
  current.privateKey.fill(0);
  const stored = {
    name,
    publicKey: toBase64(next.publicKey),
    sealedPrivate: await vault.sealSecret(FIRM_KEY, next.privateKey),
    endorsement: {
      publicKey: toBase64(endorsement.publicKey),
      fingerprint: endorsement.fingerprint,
      signature: toBase64(endorsement.signature),
    },
  };
  next.privateKey.fill(0);
  await inSettingsTransaction(vault.db, async () => {
    const row = await readSetting(vault.db, FIRM_KEY);
    if (!row || row.publicKey !== toBase64(current.publicKey))
      throw new Error('The firm key changed meanwhile; nothing was replaced.');
    await writeSetting(vault.db, 'firmPreviousKeys', [row, ...(await previousFirmRows(vault.db))]);
    await writeSetting(vault.db, FIRM_KEY, stored);
    if ((await readSetting(vault.db, 'firmRecipient'))?.publicKey === row.publicKey)
      await replaceFirmRecipient(vault.db, { name, publicKey: fromBase64(stored.publicKey) });
  });
  return publicInfo(name, stored.publicKey);
}

/** Makes a new firm key pair, endorsed by the current one, which is kept for the files already sent to it. */
export async function rotateFirmKey(vault: Vault, name: string): Promise<PublicKeyInfo> {
  const current = await firmKeyPair(vault);
  if (!current) throw new Error('There is no firm key pair on this computer to replace.');
  const next = await generateKeyPair('ecdh');
  return installNextFirmKey(vault, current, next, name, await endorseKey(current, next.publicKey));
}

/** On another firm computer: the key pair that replaced the one held (its private key file, from the app or `rotate-key`), endorsed by it. */
export async function adoptRotatedFirmKey(
  vault: Vault,
  key: { name: string; endorsement?: KeyEndorsement | undefined } & EcKeyPair,
): Promise<PublicKeyInfo> {
  const current = await firmKeyPair(vault);
  if (!current) throw new Error('There is no firm key pair on this computer to replace.');
  if (toBase64(key.publicKey) === toBase64(current.publicKey))
    throw new Error('This private key file holds the firm key this computer already uses.');
  if (key.endorsement?.fingerprint !== current.fingerprint) {
    current.privateKey.fill(0);
    throw new Error(
      `This private key file is not endorsed by the firm key held here (${current.fingerprint}), so it does not replace it.`,
    );
  }
  return installNextFirmKey(vault, current, key, key.name, key.endorsement);
}

/** The endorsement of the current firm key by the one it replaced, for its public key file. */
export async function readFirmKeyEndorsement(db: AssessorDatabase): Promise<KeyEndorsement | undefined> {
  const e = (await readSetting(db, FIRM_KEY))?.endorsement;
  return e && { publicKey: fromBase64(e.publicKey), fingerprint: e.fingerprint, signature: fromBase64(e.signature) };
}

/** Every firm key this installation holds, the current one first. */
export async function heldFirmKeys(db: AssessorDatabase): Promise<PublicKeyInfo[]> {
  const current = await readFirmKey(db);
  const previous = await Promise.all((await previousFirmRows(db)).map((r) => publicInfo(r.name, r.publicKey)));
  return current ? [current, ...previous] : previous;
}

/** The held firm key pair (current or earlier) whose fingerprint is among the key ids a file is for. */
export async function firmKeyPairFor(vault: Vault, keyIds: string[]): Promise<HeldKeyPair | undefined> {
  const current = await readPair(vault, FIRM_KEY);
  if (current && keyIds.includes(current.fingerprint)) return current;
  for (const row of await previousFirmRows(vault.db)) {
    const info = await publicInfo(row.name, row.publicKey);
    if (keyIds.includes(info.fingerprint))
      return { ...info, privateKey: await vault.openSecret(FIRM_KEY, row.sealedPrivate) };
  }
  return undefined;
}

/** Adopts the firm's public key; one it replaces is remembered, as a firm key this assessor once trusted. */
export async function replaceFirmRecipient(
  db: AssessorDatabase,
  key: { name: string; publicKey: Uint8Array },
): Promise<void> {
  await inSettingsTransaction(db, async () => {
    const current = await readSetting(db, 'firmRecipient');
    const next = toBase64(key.publicKey);
    if (current && current.publicKey !== next) {
      const history = (await readSetting(db, 'firmRecipientHistory')).filter(
        (h) => h.publicKey !== current.publicKey && h.publicKey !== next,
      );
      await writeSetting(db, 'firmRecipientHistory', [
        { name: current.name, publicKey: current.publicKey },
        ...history,
      ]);
    }
    await saveFirmRecipient(db, key);
  });
}

/** Firm keys this installation trusts to sign for the firm: adopted now or before, and the ones it holds. */
export async function trustedFirmKeys(db: AssessorDatabase): Promise<PublicKeyInfo[]> {
  const recipient = await readFirmRecipient(db);
  const history = await Promise.all(
    (await readSetting(db, 'firmRecipientHistory')).map((h) => publicInfo(h.name, h.publicKey)),
  );
  return [...(recipient ? [recipient] : []), ...history, ...(await heldFirmKeys(db))];
}
