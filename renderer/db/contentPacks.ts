/**
 * The firm's content pack in force on this installation: the signed `.capack` file text,
 * in the settings table. The pack is not secret, but whoever can edit the profile folder
 * must not be able to swap it: it is verified again (signature, trusted firm key,
 * content) whenever it is read, and a pack that no longer checks out is not used.
 * Verification is remembered per file text and trusted keys, so a read that finds the
 * same pack returns the same object and findings are not judged again for nothing.
 */
import { readPackFile, PackError, type VerifiedPack } from '../../shared/bundle/packFile';
import type { AssessorDatabase } from './database';
import { inSettingsTransaction, readSetting, removeSetting, writeSetting } from './settings';
import { trustedFirmKeys } from './signerAndFirmKeys';

export type HeldPack =
  | { state: 'none' }
  | { state: 'valid'; verified: VerifiedPack; appliedAt: string }
  | { state: 'refused'; message: string };

let remembered: { key: string; result: Promise<VerifiedPack> } | undefined;

/** The pack checked against the firm keys trusted here, remembered for the same text and keys. */
async function verify(db: AssessorDatabase, text: string, heldVersion = 0): Promise<VerifiedPack> {
  const trusted = await trustedFirmKeys(db);
  if (heldVersion) return readPackFile(text, trusted, heldVersion);
  const key = `${trusted.map((k) => k.fingerprint).join(',')}\n${text}`;
  if (remembered?.key !== key) remembered = { key, result: readPackFile(text, trusted) };
  const { result } = remembered;
  result.catch(() => {
    if (remembered?.result === result) remembered = undefined;
  });
  return result;
}

/** The pack held here, verified now; `refused` says why one stored no longer checks out. */
export async function heldPack(db: AssessorDatabase): Promise<HeldPack> {
  const stored = await readSetting(db, 'contentPack');
  if (!stored) return { state: 'none' };
  try {
    return { state: 'valid', verified: await verify(db, stored.text), appliedAt: stored.appliedAt };
  } catch (error) {
    const why = error instanceof PackError ? error.message : 'it could not be read';
    return {
      state: 'refused',
      message: `The content pack stored here no longer checks out (${why.replace(/[.\s]+$/, '')}), so the built-in reference data applies.`,
    };
  }
}

const versionInForce = async (db: AssessorDatabase) => {
  const held = await heldPack(db);
  return held.state === 'valid' ? held.verified.pack.content.version : 0;
};

/** A `.capack` file checked as it would be applied: trusted signer, valid content, not older than the pack in force. Stores nothing. */
export async function previewPack(db: AssessorDatabase, text: string): Promise<VerifiedPack> {
  return verify(db, text, await versionInForce(db));
}

/** Puts a pack in force, checked again; a newer pack applied meanwhile is never replaced by an older one. */
export async function applyPack(db: AssessorDatabase, text: string, now = new Date()): Promise<VerifiedPack> {
  const verified = await previewPack(db, text);
  const held = await readSetting(db, 'contentPack');
  const heldVerified = held ? await verify(db, held.text).catch(() => undefined) : undefined;
  await inSettingsTransaction(db, async () => {
    if ((await readSetting(db, 'contentPack'))?.text !== held?.text)
      throw new PackError('Another content pack was applied meanwhile; nothing was changed. Try again.');
    const inForce = heldVerified?.pack.content.version ?? 0;
    if (verified.pack.content.version < inForce)
      throw new PackError(
        `This content pack is version ${verified.pack.content.version}, older than version ${inForce} in force, so it was not used.`,
      );
    await writeSetting(db, 'contentPack', { text, appliedAt: now.toISOString() });
  });
  return verified;
}

/** Back to the built-in reference data. */
export async function removePack(db: AssessorDatabase): Promise<void> {
  await removeSetting(db, 'contentPack');
}
