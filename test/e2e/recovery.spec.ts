import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from './fixtures';
import { PASSPHRASE, unlock } from './lockSteps';
import { openSecondLaptop } from './secondLaptop';

test.describe.configure({ timeout: 240_000 });

const root = path.resolve(import.meta.dirname, '..', '..');
const FIRM_KEY_PASSPHRASE = 'firm key file passphrase 2026';
const NEW_PASSPHRASE = 'copper meadow lantern 77 quay';

/** A firm key pair made by the command line, as the firm makes it: DIR/firm.capub and DIR/firm.cakey. Returns the fingerprint. */
function keygen(dir: string, name: string): string {
  const env = { ...process.env, CLINIC_ASSESSOR_PASSPHRASE: FIRM_KEY_PASSPHRASE };
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'electron', 'cli.mjs'), 'keygen', '--out', dir, '--name', name],
    { cwd: root, env, encoding: 'utf8', timeout: 60_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  return /Fingerprint: (.+)/.exec(r.stdout)?.[1] ?? '';
}

const go = (page: Page, area: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area }).click();
const lockNow = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true }).click();

test('a forgotten passphrase: the firm recovers the database with its private key file, and the assessor sets a new passphrase', async ({
  app,
  browser,
  server,
}) => {
  const { page, dir, dialogAnswers } = app;
  const firmDir = path.join(dir, 'firm');
  const fingerprint = keygen(firmDir, 'Northwind security team');
  const otherDir = path.join(dir, 'other');
  keygen(otherDir, 'Someone else');

  // Settings: no recovery until the firm's public key is set; then the passphrase wraps the data key for it.
  await go(page, 'Settings');
  const status = page.getByLabel('Recovery status');
  await expect(status).toHaveText(
    "No recovery set: set the firm's public key so a forgotten passphrase does not lose the data.",
  );
  dialogAnswers.open = path.join(firmDir, 'firm.capub');
  await page.getByRole('button', { name: 'Choose public key file…' }).click();
  await expect(page.getByText('The firm key is set to')).toContainText(fingerprint);
  await page.getByLabel('Your passphrase, to set recovery').fill('not my passphrase at all');
  await page.getByRole('button', { name: 'Let the firm recover this database' }).click();
  await expect(page.getByRole('alert')).toHaveText('That passphrase is not right. Nothing was changed; try again.');
  await page.getByLabel('Your passphrase, to set recovery').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Let the firm recover this database' }).click();
  await expect(status).toContainText(
    `Recovery: the firm (Northwind security team, ${fingerprint}) can recover this database with its private key — since`,
  );
  await expect(page.getByLabel('Your passphrase, to set recovery')).toHaveCount(0);

  // A record, and a backup that goes to the firm's key unless the assessor chooses otherwise.
  await go(page, 'Clinics');
  await page.getByLabel('Clinic name').fill('Harbour Street Clinic');
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await page.getByLabel('Address').fill('7 Harbour Street, Lakeside');
  await expect(page.getByRole('status').first()).toHaveText('All changes saved');
  await go(page, 'Exchange');
  await expect(page.getByRole('radio', { name: 'Only the parent firm, with its key' })).toBeChecked();
  await expect(page.getByText('A backup only the firm can open')).toBeVisible();
  const backup = path.join(dir, 'backup.cabundle');
  dialogAnswers.save = backup;
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved backup.cabundle.');

  // The firm's own computer, holding the firm key pair, opens that backup.
  const firm = await openSecondLaptop(browser, server, 'firm office passphrase 2026 x');
  await go(firm.page, 'Settings');
  firm.dialogs.open = path.join(firmDir, 'firm.cakey');
  await firm.page.getByRole('button', { name: 'Use a private key file…' }).click();
  await firm.page.getByLabel('Passphrase of the private key file').fill(FIRM_KEY_PASSPHRASE);
  await firm.page.getByRole('button', { name: 'Use this firm key' }).click();
  await expect(firm.page.getByText(/This computer holds the firm key/)).toContainText(fingerprint);
  await go(firm.page, 'Exchange');
  firm.dialogs.open = backup;
  await firm.page.getByRole('button', { name: 'Choose file…' }).click();
  await firm.page.getByRole('button', { name: 'Open with the firm key' }).click();
  await firm.page.getByLabel('Import preview').getByRole('button', { name: 'Import' }).click();
  await expect(firm.page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(/records? changed/);
  await go(firm.page, 'Clinics');
  await expect(firm.page.getByRole('row', { name: /Harbour Street Clinic/ })).toContainText(
    '7 Harbour Street, Lakeside',
  );
  await firm.close();

  // The passphrase is forgotten.
  await lockNow(page);
  await unlock(page, 'what was it again 2026');
  await expect(page.getByRole('alert')).toHaveText(
    'That passphrase does not unlock Clinic Assessor on this computer. Check it (and Caps Lock) and try again.',
  );
  await page.getByRole('button', { name: "Forgot the passphrase? Recover with the firm's private key" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Recover with the firm's private key" })).toBeVisible();
  await expect(page.locator('form')).toContainText(`the firm key Northwind security team, fingerprint ${fingerprint}`);
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('Confirm new passphrase').fill(NEW_PASSPHRASE);
  const recoverButton = page.getByRole('button', { name: 'Recover and set the new passphrase' });

  // Another firm's key file, a public key file, and the wrong key file passphrase are each refused in one sentence.
  dialogAnswers.open = path.join(otherDir, 'firm.cakey');
  await page.getByRole('button', { name: 'Choose the private key file…' }).click();
  await page.getByLabel('Passphrase of the private key file').fill(FIRM_KEY_PASSPHRASE);
  await recoverButton.click();
  await expect(page.getByRole('alert')).toContainText(`That private key file is the firm key`);
  await expect(page.getByRole('alert')).toContainText(
    `can be recovered only with the firm key Northwind security team (${fingerprint}).`,
  );
  dialogAnswers.open = path.join(firmDir, 'firm.capub');
  await page.getByRole('button', { name: /choose another/ }).click();
  await page.getByLabel('Passphrase of the private key file').fill(FIRM_KEY_PASSPHRASE);
  await recoverButton.click();
  await expect(page.getByRole('alert')).toHaveText('This is not a Clinic Assessor private key file, or it is damaged.');
  dialogAnswers.open = path.join(firmDir, 'firm.cakey');
  await page.getByRole('button', { name: /choose another/ }).click();
  await page.getByLabel('Passphrase of the private key file').fill('not the key passphrase');
  await recoverButton.click();
  await expect(page.getByRole('alert')).toHaveText(
    'That passphrase does not open this private key file, or the file was altered.',
  );

  // The right file and passphrase: unlocked, with the record.
  await page.getByLabel('Passphrase of the private key file').fill(FIRM_KEY_PASSPHRASE);
  await recoverButton.click();
  // Opening the key file and re-wrapping the data key are two Argon2id runs (64 MiB each): as set-up's wait.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 30_000 });
  await go(page, 'Clinics');
  await expect(page.getByRole('row', { name: /Harbour Street Clinic/ })).toContainText('7 Harbour Street, Lakeside');

  // The old passphrase no longer opens it; the new one does, and the firm can still recover.
  await lockNow(page);
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveText(
    'That passphrase does not unlock Clinic Assessor on this computer. Check it (and Caps Lock) and try again.',
  );
  await unlock(page, NEW_PASSPHRASE);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await go(page, 'Clinics');
  await expect(page.getByRole('row', { name: /Harbour Street Clinic/ })).toContainText('7 Harbour Street, Lakeside');
  await go(page, 'Settings');
  await expect(page.getByLabel('Recovery status')).toContainText(
    `Recovery: the firm (Northwind security team, ${fingerprint})`,
  );
});

test('without the firm key set, recovery says plainly that there is none', async ({ app }) => {
  const { page } = app;
  await lockNow(page);
  await page.getByRole('button', { name: "Forgot the passphrase? Recover with the firm's private key" }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'No recovery through the firm was set on this computer, so the firm’s private key cannot unlock it.',
  );
  await expect(page.getByLabel('New passphrase', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to the passphrase' }).click();
  await unlock(page);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
