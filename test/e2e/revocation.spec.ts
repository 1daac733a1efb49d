import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseBundle } from '../../shared/bundle/readBundle';
import { isPublicKey } from '../../shared/bundle/recipients';
import { exportTo } from './exchangeSteps';
import { expect, test, type Page } from './fixtures';
import { openSecondLaptop } from './secondLaptop';

test.describe.configure({ timeout: 180_000 });

const go = (page: Page, area: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area }).click();

async function exportForFirm(page: Page, answers: { save?: string }, file: string) {
  await go(page, 'Exchange');
  await page.getByRole('radio', { name: 'Only the parent firm, with its key' }).check();
  answers.save = file;
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(`Saved ${path.basename(file)}.`);
}

async function openWithFirmKey(page: Page, answers: { open?: string }, file: string) {
  await go(page, 'Exchange');
  answers.open = file;
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await page.getByRole('button', { name: 'Open with the firm key' }).click();
}

const keyIdOf = async (file: string) =>
  parseBundle(new Uint8Array(await readFile(file)))
    .header.recipients.filter(isPublicKey)
    .map((r) => r.keyId);

test('the firm rotates its key and revokes an assessor key; old files still open, new exports go to the new key, and the revoked signer is refused', async ({
  app,
  browser,
  server,
}) => {
  // Sam, an assessor, keeps a passphrase backup signed with the key that will be revoked.
  const sam = app.page;
  await sam.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(sam.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await go(sam, 'Settings');
  await sam.getByLabel('Your name on signed files').fill('Sam Lee');
  const samKey = (await sam.getByLabel('Your key fingerprint').textContent()) ?? '';
  const backup = path.join(app.dir, 'sam-backup.cabundle');
  await exportTo(sam, app.dialogAnswers, backup);

  // The firm makes its key; Sam sends a file for it.
  const firm = await openSecondLaptop(browser, server, 'firm office passphrase 2026 x');
  await go(firm.page, 'Settings');
  await firm.page.getByLabel('Name of the firm key').fill('Northwind 2026');
  await firm.page.getByRole('button', { name: 'Create firm key pair' }).click();
  const oldFingerprint =
    (await firm.page
      .getByText(/This computer holds the firm key/)
      .locator('code')
      .textContent()) ?? '';
  const oldPublic = path.join(app.dir, 'firm-2026.capub');
  firm.dialogs.save = oldPublic;
  await firm.page.getByRole('button', { name: 'Save public key file…' }).click();
  await expect(firm.page.getByRole('status').filter({ hasText: 'Saved firm-2026.capub.' })).toBeVisible();
  await go(sam, 'Settings');
  app.dialogAnswers.open = oldPublic;
  await sam.getByRole('button', { name: 'Choose public key file…' }).click();
  await expect(sam.getByText(`Encrypted for Northwind 2026, key ${oldFingerprint}`)).toBeVisible();
  const oldFile = path.join(app.dir, 'for-old-key.cabundle');
  await exportForFirm(sam, app.dialogAnswers, oldFile);
  expect(await keyIdOf(oldFile)).toEqual([oldFingerprint]);

  // The firm imports it and trusts Sam, then rotates its key.
  await openWithFirmKey(firm.page, firm.dialogs, oldFile);
  const preview = firm.page.getByLabel('Import preview');
  await preview.getByRole('button', { name: 'Trust this signer' }).click();
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(firm.page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await go(firm.page, 'Settings');
  await firm.page.getByText('Replace the firm key (rotate)').click();
  await firm.page.getByLabel('Name of the new firm key').fill('Northwind 2027');
  await firm.page.getByRole('button', { name: 'Rotate the firm key' }).click();
  await expect(firm.page.getByText(/This computer holds the firm key/)).toContainText('Northwind 2027');
  await expect(firm.page.getByText(/This computer holds the firm key/)).toContainText(
    'It also keeps 1 earlier firm key,',
  );
  const newFingerprint =
    (await firm.page
      .getByText(/This computer holds the firm key/)
      .locator('code')
      .textContent()) ?? '';
  expect(newFingerprint).not.toBe(oldFingerprint);
  const newPublic = path.join(app.dir, 'firm-2027.capub');
  firm.dialogs.save = newPublic;
  await firm.page.getByRole('button', { name: 'Save public key file…' }).click();
  await expect(firm.page.getByRole('status').filter({ hasText: 'Saved firm-2027.capub.' })).toBeVisible();

  // The file sent to the old key still opens after the rotation.
  await openWithFirmKey(firm.page, firm.dialogs, oldFile);
  await expect(firm.page.getByLabel('Import preview')).toContainText('Signed by Sam Lee');
  await firm.page.getByLabel('Import preview').getByRole('button', { name: 'Cancel' }).click();

  // Sam takes the new public key: it says it replaces the old one, endorsed by it; new exports go to it.
  await go(sam, 'Settings');
  app.dialogAnswers.open = newPublic;
  await sam.getByRole('button', { name: 'Use another public key file…' }).click();
  await expect(
    sam.getByText(`The key ${newFingerprint} replaces Northwind 2026 (${oldFingerprint}), endorsed by it.`),
  ).toBeVisible();
  const newFile = path.join(app.dir, 'for-new-key.cabundle');
  await exportForFirm(sam, app.dialogAnswers, newFile);
  expect(await keyIdOf(newFile)).toEqual([newFingerprint]);
  await openWithFirmKey(firm.page, firm.dialogs, newFile);
  await expect(firm.page.getByLabel('Import preview')).toContainText('Signed by Sam Lee');
  await firm.page.getByLabel('Import preview').getByRole('button', { name: 'Cancel' }).click();

  // Sam's laptop is stolen: the firm revokes the key, picked from its trusted signers, and saves the signed list.
  await go(firm.page, 'Settings');
  await firm.page.getByLabel('Signer you trust').selectOption({ label: `Sam Lee (${samKey})` });
  await expect(firm.page.getByLabel('Key fingerprint to revoke')).toHaveValue(samKey);
  await firm.page.getByLabel('Reason for revoking').fill('Laptop stolen');
  const list = path.join(app.dir, 'revoked.carevoked');
  firm.dialogs.save = list;
  await firm.page.getByRole('button', { name: 'Revoke and save the list…' }).click();
  await expect(firm.page.getByRole('status').filter({ hasText: 'Revoked.' })).toHaveText(
    'Revoked. Saved revoked.carevoked.',
  );
  await expect(firm.page.getByRole('list', { name: 'Revoked signer keys' })).toContainText(`Sam Lee ${samKey} revoked`);
  await expect(firm.page.getByRole('list', { name: 'Signers you trust' })).toContainText('Revoked');

  // Another assessor loads the list: only once she holds the firm key that signed it; then Sam's backup is refused.
  const dana = await openSecondLaptop(browser, server, 'dana laptop passphrase 2026 y');
  await go(dana.page, 'Settings');
  dana.dialogs.open = list;
  await dana.page.getByRole('button', { name: 'Load a revocation list…' }).click();
  await expect(dana.page.getByRole('alert')).toContainText(
    `signed by the key ${newFingerprint} (Northwind 2027), which is not a firm key you hold or were given`,
  );
  dana.dialogs.open = newPublic;
  await dana.page.getByRole('button', { name: 'Choose public key file…' }).click();
  dana.dialogs.open = list;
  await dana.page.getByRole('button', { name: 'Load a revocation list…' }).click();
  await expect(dana.page.getByRole('status').filter({ hasText: 'Loaded' })).toHaveText(
    'Loaded revocation list number 1 from Northwind 2027: 1 revoked key.',
  );
  await expect(dana.page.getByRole('list', { name: 'Revoked signer keys' })).toContainText(`Sam Lee ${samKey} revoked`);

  await go(dana.page, 'Exchange');
  dana.dialogs.open = backup;
  await dana.page.getByRole('button', { name: 'Choose file…' }).click();
  await dana.page.getByLabel('Passphrase of the file').fill('harbour orchid ledger 2026 falcon');
  await dana.page.getByRole('button', { name: 'Open and compare' }).click();
  await expect(dana.page.getByRole('alert')).toHaveText(
    new RegExp(
      `^This file is signed by Sam Lee \\(key ${samKey}\\), whose key the firm revoked on \\d{4}-\\d{2}-\\d{2} \\(reason: Laptop stolen\\), so it is refused\\.$`,
    ),
  );
  await expect(dana.page.getByLabel('Import preview')).toHaveCount(0);
  await dana.close();
  await firm.close();
});
