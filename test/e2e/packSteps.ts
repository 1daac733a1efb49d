/**
 * A content pack in force, for e2e specs: built and signed in this process with the real
 * pack code (shared/bundle/packFile.ts), by a firm key whose public key the app adopted in
 * Settings (pasted, as an assessor would), and imported through Settings → Content pack.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { publicKeyFileText } from '../../shared/bundle/firmKeyFiles';
import { checkedPackContent, packFileText, type PackSigner } from '../../shared/bundle/packFile';
import { generateKeyPair } from '../../shared/crypto/p256Keys';
import { expect, type Page } from '@playwright/test';
import { dialogAnswersOf } from './fixtures';

const FIRM_NAME = 'Northwind security (test)';
const firms = new WeakMap<Page, PackSigner & { version: number }>();

const goToSettings = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();

/**
 * The firm key packs for this page are signed with: made on first use, and its public
 * key adopted in Settings as the parent firm's key (the one it replaces, if any, stays
 * trusted as a firm key this assessor once held).
 */
export async function packFirmKey(page: Page): Promise<PackSigner & { version: number }> {
  const known = firms.get(page);
  if (known) return known;
  const pair = await generateKeyPair('ecdh');
  const firm = { name: FIRM_NAME, ...pair, version: 0 };
  await goToSettings(page);
  const picker = page.getByLabel('Parent firm key');
  await picker.getByText('Or paste the key the firm sent as text').click();
  await picker
    .getByLabel('Public key text')
    .fill(await publicKeyFileText({ name: FIRM_NAME, publicKey: pair.publicKey }));
  await picker.getByRole('button', { name: 'Use this key' }).click();
  const anyway = picker.getByRole('button', { name: 'Use it anyway' });
  await expect(picker.getByText(`Encrypted for ${FIRM_NAME}`).or(anyway)).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  await expect(picker.getByText(`Encrypted for ${FIRM_NAME}`)).toBeVisible();
  firms.set(page, firm);
  return firm;
}

/** The pack content: `profile` is either an integration profile or a whole pack (name, version, issued, firm, profile). */
function contentOf(profile: Record<string, unknown>, name: string | undefined, version: number) {
  const whole = 'profile' in profile;
  return checkedPackContent({
    name: name ?? (whole ? profile.name : undefined) ?? 'Northwind Health integration standard (test)',
    issued: new Date().toISOString().slice(0, 10),
    firm: 'Northwind Health',
    ...(whole ? profile : { profile }),
    ...(name ? { name } : {}),
    version,
  });
}

/** The `.capack` text of the profile, signed with this page's firm key, numbered one past the last pack made for it. */
export async function signedPackText(page: Page, profile: Record<string, unknown>, name?: string): Promise<string> {
  const firm = await packFirmKey(page);
  firm.version += 1;
  return packFileText(contentOf(profile, name, firm.version), firm);
}

let packDir: Promise<string> | undefined;

/**
 * Opens `text` as a `.capack` through Settings → Content pack → Import; the caller expects
 * the preview or the refusal. The files stay in one temp folder of this test process, as a
 * file being read may not be deleted yet.
 */
export async function importPackFile(page: Page, text: string, fileName = 'pack.capack'): Promise<void> {
  const answers = dialogAnswersOf.get(page);
  if (!answers) throw new Error('applyPack needs a page opened by the e2e harness (fixtures.ts or secondLaptop.ts).');
  packDir ??= mkdtemp(path.join(tmpdir(), 'clinic-assessor-packs-'));
  const file = path.join(await packDir, `${randomUUID()}-${fileName}`);
  await writeFile(file, text);
  await goToSettings(page);
  answers.open = file;
  await page
    .getByRole('region', { name: 'Content pack', exact: true })
    .getByRole('button', { name: 'Import a content pack…' })
    .click();
}

/**
 * Builds a pack of `profile` signed with a firm key the app trusts (adopting one first
 * when this page has none of ours), imports it through Settings → Content pack, and
 * returns once it is in force. The page is left on Settings.
 */
export async function applyPack(page: Page, profile: Record<string, unknown>, name?: string): Promise<void> {
  const text = await signedPackText(page, profile, name);
  await importPackFile(page, text);
  await page
    .getByRole('group', { name: 'Content pack to apply' })
    .getByRole('button', { name: 'Apply this pack' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: /^Applied / })).toBeVisible();
  await expect(page.getByLabel('Content pack in force')).toBeVisible();
}
