/**
 * The firm's list of revoked signer keys as this installation holds it: the signed file
 * text, in the settings table (public, not clinic data). An assessor loads it from a
 * `.carevoked` file, checked against the firm keys trusted here; the firm's installation
 * makes it, one revoked key at a time, signed with its current firm key.
 */
import {
  decodeRevocationList,
  findRevocation,
  nextRevocationList,
  readRevocationList,
  revocationListText,
  RevocationError,
  revokedSignerSentence,
  type RevocationList,
  type RevokedKey,
} from '../../shared/bundle/revocationList';
import type { AssessorDatabase } from './database';
import { firmKeyPair, trustedFirmKeys } from './signerAndFirmKeys';
import { inSettingsTransaction, readSetting, writeSetting } from './settings';
import type { Vault } from './vault';

async function heldText(db: AssessorDatabase): Promise<string | undefined> {
  return (await readSetting(db, 'revocationList'))?.text;
}

/** The list held here, verified when it was taken in; undefined when there is none. */
export async function heldRevocationList(db: AssessorDatabase): Promise<RevocationList | undefined> {
  const text = await heldText(db);
  return text ? decodeRevocationList(text).list : undefined;
}

/** Keeps a list unless a newer one arrived meanwhile. */
async function keep(db: AssessorDatabase, text: string, list: RevocationList): Promise<void> {
  await inSettingsTransaction(db, async () => {
    const held = await heldRevocationList(db);
    if (held && held.sequence > list.sequence)
      throw new RevocationError(
        `This revocation list is number ${list.sequence}, older than number ${held.sequence} already held, so it was not used.`,
      );
    await writeSetting(db, 'revocationList', { text });
  });
}

/** Takes in a `.carevoked` file: signed by a firm key trusted here and not older than the list held. */
export async function loadRevocationList(db: AssessorDatabase, text: string): Promise<RevocationList> {
  const list = await readRevocationList(text, await trustedFirmKeys(db), (await heldRevocationList(db))?.sequence ?? 0);
  await keep(db, text, list);
  return list;
}

/** On the firm's installation: revokes a signer key, signs the next list with the current firm key, and returns its file text. */
export async function revokeSigner(
  vault: Vault,
  entry: { fingerprint: string; name: string; reason: string },
  now = new Date(),
): Promise<string> {
  const pair = await firmKeyPair(vault);
  if (!pair) throw new RevocationError('Only a computer holding the firm key pair can revoke signer keys.');
  try {
    const list = await nextRevocationList(await heldRevocationList(vault.db), pair, entry, now);
    const text = await revocationListText(list, pair);
    await keep(vault.db, text, list);
    return text;
  } finally {
    pair.privateKey.fill(0);
  }
}

/** The held list as a file, to hand out again. */
export const heldRevocationFile = heldText;

/** The revocation of a signer key, when the held list names it. */
export async function signerRevocation(db: AssessorDatabase, fingerprint: string): Promise<RevokedKey | undefined> {
  return findRevocation(await heldRevocationList(db), fingerprint);
}

/** Refuses, in one sentence naming the signer, the key and the revocation, a file whose signer the firm revoked. */
export async function refuseRevokedSigner(
  db: AssessorDatabase,
  signer: { name: string; fingerprint: string } | undefined,
): Promise<void> {
  const entry = signer ? await signerRevocation(db, signer.fingerprint) : undefined;
  if (signer && entry) throw new RevocationError(revokedSignerSentence(signer, entry));
}
