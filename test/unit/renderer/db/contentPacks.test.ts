import { describe, expect, it } from 'vitest';
import { packFileText, checkedPackContent } from '../../../../shared/bundle/packFile';
import { generateKeyPair } from '../../../../shared/crypto/p256Keys';
import { applyPack, heldPack, previewPack, removePack } from '../../../../renderer/db/contentPacks';
import { saveFirmRecipient } from '../../../../renderer/db/signerAndFirmKeys';
import { readSetting, writeSetting } from '../../../../renderer/db/settings';
import { northwindPack } from '../../../support/packFixture';
import { freshDatabase } from '../../../support/testDatabase';

const content = (version: number) => checkedPackContent({ ...northwindPack(), version });

async function setUp() {
  const db = freshDatabase();
  const firm = { name: 'Northwind security', ...(await generateKeyPair('ecdh')) };
  await saveFirmRecipient(db, firm);
  return { db, firm };
}

describe('the content pack held here', () => {
  it('applies a verified pack, reads it back as the same object, refuses an older one and removes it', async () => {
    const { db, firm } = await setUp();
    expect(await heldPack(db)).toEqual({ state: 'none' });
    const v3 = await packFileText(content(3), firm);
    const preview = await previewPack(db, v3);
    expect(preview.pack.content.version).toBe(3);
    expect(await heldPack(db)).toEqual({ state: 'none' });
    await applyPack(db, v3, new Date('2026-12-01T09:00:00Z'));
    const first = await heldPack(db);
    const second = await heldPack(db);
    expect(first).toMatchObject({ state: 'valid', appliedAt: '2026-12-01T09:00:00.000Z' });
    if (first.state !== 'valid' || second.state !== 'valid') throw new Error('not applied');
    expect(second.verified.pack).toBe(first.verified.pack);

    const v2 = await packFileText(content(2), firm);
    await expect(applyPack(db, v2)).rejects.toThrow(
      'This content pack is version 2, older than version 3 in force, so it was not used.',
    );
    expect((await readSetting(db, 'contentPack'))?.text).toBe(v3);
    await applyPack(db, await packFileText(content(4), firm));
    expect(
      ((await heldPack(db)) as { verified: { pack: { content: { version: number } } } }).verified.pack.content.version,
    ).toBe(4);
    await removePack(db);
    expect(await heldPack(db)).toEqual({ state: 'none' });
  });

  it('does not use a pack swapped in the profile folder, nor one signed by a key not trusted here', async () => {
    const { db, firm } = await setUp();
    const stranger = { name: 'Stranger', ...(await generateKeyPair('ecdh')) };
    const foreign = await packFileText(content(7), stranger);
    await expect(applyPack(db, foreign)).rejects.toThrow(/which is not a firm key you hold or were given/);
    expect(await readSetting(db, 'contentPack')).toBeUndefined();
    // Written behind the app's back: read as refused, and the built-in data applies.
    await writeSetting(db, 'contentPack', { text: foreign, appliedAt: '2026-12-01T00:00:00Z' });
    const held = await heldPack(db);
    expect(held.state).toBe('refused');
    expect(held).toMatchObject({
      message: expect.stringMatching(
        /^The content pack stored here no longer checks out \(This content pack is signed by the key .+\), so the built-in reference data applies\.$/,
      ),
    });
    await applyPack(db, await packFileText(content(1), firm));
    expect((await heldPack(db)).state).toBe('valid');
  });
});
