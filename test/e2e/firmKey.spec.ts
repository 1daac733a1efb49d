import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from './fixtures';
import { openSecondLaptop } from './secondLaptop';

test.describe.configure({ timeout: 120_000 });

const go = (page: Page, area: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area }).click();

test("an assessor exports, signed and redacted, for the firm's key; only the firm opens it and decides to trust the signer", async ({
  app,
  browser,
  server,
}) => {
  // The parent firm's computer makes its key pair and saves the public key for assessors.
  const {
    page: firm,
    dialogs: firmDialogs,
    close,
  } = await openSecondLaptop(browser, server, 'firm office passphrase 2026 x');
  await go(firm, 'Settings');
  await firm.getByLabel('Name of the firm key').fill('Northwind security team');
  await firm.getByRole('button', { name: 'Create firm key pair' }).click();
  const firmKeyText = firm.getByText(/This computer holds the firm key/);
  await expect(firmKeyText).toContainText('Northwind security team');
  const fingerprint = (await firmKeyText.locator('code').textContent()) ?? '';
  expect(fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
  const publicKeyFile = path.join(app.dir, 'firm.capub');
  firmDialogs.save = publicKeyFile;
  await firm.getByRole('button', { name: 'Save public key file…' }).click();
  await expect(firm.getByRole('status').filter({ hasText: 'Saved firm.capub.' })).toBeVisible();
  expect(await readFile(publicKeyFile, 'utf8')).not.toMatch(/sealed|private/i);

  // The assessor signs with their name and encrypts for the firm: no passphrase to share.
  const assessor = app.page;
  await assessor.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(assessor.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await go(assessor, 'Settings');
  await assessor.getByLabel('Your name on signed files').fill('Dana Whitfield');
  const ownFingerprint = (await assessor.getByLabel('Your key fingerprint').textContent()) ?? '';
  await go(assessor, 'Exchange');
  await assessor.getByRole('radio', { name: 'Only the parent firm, with its key' }).check();
  // Pasted text that is not the key is refused; the file the firm sent is taken.
  await assessor.getByText('Or paste the key the firm sent as text').click();
  await assessor.getByLabel('Public key text').fill('{"format":"clinic-assessor-public-key","version":1}');
  await assessor.getByRole('button', { name: 'Use this key' }).click();
  await expect(assessor.getByRole('alert')).toContainText('not a Clinic Assessor public key file');
  await assessor.getByLabel('Public key text').fill(await readFile(publicKeyFile, 'utf8'));
  await assessor.getByRole('button', { name: 'Use this key' }).click();
  await expect(assessor.getByLabel('Parent firm key')).toContainText(
    `Encrypted for Northwind security team, key ${fingerprint}`,
  );
  await expect(assessor.getByLabel('Sign the file as “Dana Whitfield” (change the name in Settings)')).toBeChecked();
  await assessor.getByLabel('Redact: leave out clinic contacts and free-text notes').check();
  const file = path.join(app.dir, 'for-the-firm.cabundle');
  app.dialogAnswers.save = file;
  await assessor.getByRole('button', { name: 'Export…' }).click();
  await expect(assessor.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved for-the-firm.cabundle.');
  const bytes = await readFile(file);
  expect(bytes.includes('Dana Ruiz')).toBe(false);

  // The assessor cannot read the file back.
  app.dialogAnswers.open = file;
  await assessor.getByRole('button', { name: 'Choose file…' }).click();
  await expect(assessor.getByRole('alert')).toContainText(
    `encrypted for the parent firm's key (${fingerprint}), which this computer does not hold`,
  );
  await expect(assessor.getByLabel('Passphrase of the file')).toHaveCount(0);

  // The firm opens it with its key, sees who signed, and trusts the signer.
  await go(firm, 'Exchange');
  firmDialogs.open = file;
  await firm.getByRole('button', { name: 'Choose file…' }).click();
  await firm.getByRole('button', { name: 'Open with the firm key' }).click();
  const preview = firm.getByLabel('Import preview');
  await expect(preview).toContainText(
    `Signed by Dana Whitfield, key ${ownFingerprint}: the signature is valid. This key is not among the signers you trust`,
  );
  await expect(preview).toContainText('A redacted copy');
  await preview.getByRole('button', { name: 'Trust this signer' }).click();
  await expect(preview).toContainText('You trust this key.');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(firm.getByRole('status').filter({ hasText: 'Imported' })).toContainText(/records? changed/);

  await go(firm, 'Clinics');
  await firm.getByRole('table').getByRole('link', { name: 'Lakeside Family Health (sample)' }).click();
  await expect(firm.getByLabel('Address')).toHaveValue('48 Harbour Road, Lakeside');
  await expect(firm.getByLabel('Contacts')).toHaveValue('');
  await go(firm, 'Settings');
  await expect(firm.getByRole('list', { name: 'Signers you trust' })).toContainText(`Dana Whitfield ${ownFingerprint}`);

  // A second firm computer takes the key from the private key file the first one saves.
  const privateKeyFile = path.join(app.dir, 'firm.cakey');
  await firm.getByLabel('Private key file passphrase', { exact: true }).fill('firm key file passphrase 2026');
  await firm.getByLabel('Confirm private key file passphrase').fill('firm key file passphrase 2026');
  firmDialogs.save = privateKeyFile;
  await firm.getByRole('button', { name: 'Save private key file…' }).click();
  await expect(firm.getByRole('status').filter({ hasText: 'Saved firm.cakey.' })).toBeVisible();
  expect(await readFile(privateKeyFile, 'utf8')).not.toContain('PRIVATE KEY');
  const second = await openSecondLaptop(browser, server, 'second firm computer passphrase 9');
  await go(second.page, 'Settings');
  second.dialogs.open = privateKeyFile;
  await second.page.getByRole('button', { name: 'Use a private key file…' }).click();
  await second.page.getByLabel('Passphrase of the private key file').fill('not it');
  await second.page.getByRole('button', { name: 'Use this firm key' }).click();
  await expect(second.page.getByRole('alert')).toContainText('That passphrase does not open this private key file');
  await second.page.getByLabel('Passphrase of the private key file').fill('firm key file passphrase 2026');
  await second.page.getByRole('button', { name: 'Use this firm key' }).click();
  await expect(second.page.getByText(/This computer holds the firm key/)).toContainText(fingerprint);
  await go(second.page, 'Exchange');
  second.dialogs.open = file;
  await second.page.getByRole('button', { name: 'Choose file…' }).click();
  await second.page.getByRole('button', { name: 'Open with the firm key' }).click();
  await expect(second.page.getByLabel('Import preview')).toContainText('Signed by Dana Whitfield');
  await second.close();
  await close();
});

test('an import can be cancelled while the file key is derived, and changes nothing', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await go(page, 'Exchange');
  await page.getByLabel('File passphrase', { exact: true }).fill('harbour orchid ledger 2026 falcon');
  await page.getByLabel('Confirm file passphrase').fill('harbour orchid ledger 2026 falcon');
  // No name set yet: the export asks for the one its signature carries.
  await page.getByLabel('Your name on signed files').fill('Sam Lee');
  const file = path.join(app.dir, 'backup.cabundle');
  app.dialogAnswers.save = file;
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved backup.cabundle.');

  app.dialogAnswers.open = file;
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await page.getByLabel('Passphrase of the file').fill('harbour orchid ledger 2026 falcon');
  await page.getByRole('button', { name: 'Open and compare' }).click();
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByRole('alert')).toHaveText('Cancelled: nothing was written or changed.');
  await expect(page.getByLabel('Import preview')).toHaveCount(0);
  // The file can still be opened afterwards.
  await page.getByRole('button', { name: 'Open and compare' }).click();
  await expect(page.getByLabel('Import preview')).toContainText('Unchanged');
  await expect(page.getByLabel('Import preview')).toContainText('Signed by Sam Lee');
  await expect(page.getByLabel('Import preview')).toContainText('This is this computer’s own signing key.');
});
