import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { packFileText } from '../../shared/bundle/packFile';
import { fromBase64, toBase64 } from '../../shared/crypto/bytes';
import { generateKeyPair } from '../../shared/crypto/p256Keys';
import { checkedPackContent } from '../../shared/bundle/packFile';
import { northwindPack } from '../support/packFixture';
import { coverText } from '../support/pdfTools';
import { expect, test, type Page } from './fixtures';
import { applyPack, importPackFile, signedPackText } from './packSteps';

test.describe.configure({ timeout: 120_000 });

const go = (page: Page, area: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area }).click();

/** The same pack with one byte of its signed content flipped. */
function tampered(text: string): string {
  const envelope = JSON.parse(text) as { content: string };
  const body = fromBase64(envelope.content);
  body[20] = (body[20] ?? 0) ^ 0x01;
  return JSON.stringify({ ...envelope, content: toBase64(body) });
}

test('a pack signed with the firm key is applied in Settings, a tampered or foreign one is refused, and the report names the pack', async ({
  app,
}) => {
  const page = app.page;
  const today = new Date().toISOString().slice(0, 10);
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await go(page, 'Settings');
  await expect(page.getByText('No content pack: findings are judged under the built-in reference data.')).toBeVisible();

  await applyPack(page, northwindPack());
  const section = page.getByRole('region', { name: 'Content pack', exact: true });
  await expect(section).toContainText(
    `In force since ${today}: Northwind Health integration standard, version 1 of 2026-11-15.`,
  );
  const inForce = section.getByLabel('Content pack in force');
  await expect(inForce).toContainText('Northwind Health');
  await expect(inForce).toContainText('3 minimum standards, 5 address ranges, 2 required agents, 2 tuned rules');
  await expect(inForce).toContainText('Northwind security (test)');

  // One byte flipped in the signed content: refused in one sentence, the pack in force unchanged.
  await importPackFile(page, tampered(await signedPackText(page, northwindPack())), 'tampered.capack');
  await expect(section.getByRole('alert')).toHaveText(
    'This content pack was altered after the firm signed it, so it was not used.',
  );
  await expect(section.getByRole('group', { name: 'Content pack to apply' })).toHaveCount(0);
  await expect(section).toContainText('Northwind Health integration standard, version 1 of');

  // Signed by a key this assessor was never given: refused too.
  const stranger = { name: 'Someone else', ...(await generateKeyPair('ecdh')) };
  const foreign = await packFileText(checkedPackContent({ ...northwindPack(), version: 9 }), stranger);
  await importPackFile(page, foreign, 'foreign.capack');
  await expect(section.getByRole('alert')).toContainText('which is not a firm key you hold or were given');
  await expect(section).toContainText('version 1 of');

  // The clinic report says which pack judged it, on screen and on the PDF's cover.
  await go(page, 'Reports');
  await page.getByRole('link', { name: 'Sample: pre-integration assessment' }).click();
  await expect(page.getByLabel('Report summary')).toContainText(
    `Judged underNorthwind Health integration standard, version 1 of 2026-11-15, signed by Northwind security (test)`,
  );
  await page.getByLabel('Report date').fill('2026-11-28');
  const file = path.join(app.dir, 'lakeside.pdf');
  app.dialogAnswers.save = file;
  await page.getByRole('button', { name: 'Save clinic report…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved lakeside.pdf.', {
    timeout: 30_000,
  });
  expect(coverText(new Uint8Array(await readFile(file)))).toContain(
    `Judged under Northwind Health integration standard, version 1 of 2026-11-15, signed by Northwind security (test)`,
  );

  // Removed: back to the built-in data.
  await go(page, 'Settings');
  await section.getByRole('button', { name: 'Remove the content pack' }).click();
  await expect(section.getByRole('status')).toHaveText(
    'Removed the content pack: findings are judged under the built-in reference data again.',
  );
  await expect(section).toContainText('No content pack');
  await go(page, 'Reports');
  await page.getByRole('link', { name: 'Sample: pre-integration assessment' }).click();
  await expect(page.getByLabel('Report summary')).toContainText(
    'Judged underBuilt-in reference data (no content pack applied)',
  );
});
