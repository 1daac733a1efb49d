import { expect, test } from './fixtures';
import { PASSPHRASE, setUpPassphrase, unlock } from './lockSteps';

test.use({ unlocked: false });

test('first run asks for a passphrase with a strength hint, a confirmation and an honest warning', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: "Protect this computer's assessments" })).toBeVisible();
  await expect(page.getByText('There is no reset and no recovery.')).toBeVisible();
  const start = page.getByRole('button', { name: 'Set passphrase and start' });
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await expect(page.getByText('Strength: too short.')).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('password12345');
  await expect(page.getByText('Strength: weak.')).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await expect(page.getByText(/Strength: (good|strong)\./)).toBeVisible();
  await page.getByLabel('Confirm passphrase').fill(`${PASSPHRASE}x`);
  await expect(page.getByText('The two passphrases do not match.')).toBeVisible();
  await page.getByLabel('I understand that a forgotten passphrase cannot be recovered.').check();
  await expect(start).toBeDisabled();
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await expect(start).toBeEnabled();
  await start.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clinics' })).toBeVisible();
});

test('locking on demand hides everything until the passphrase is entered again', async ({ app }) => {
  const { page } = app;
  await setUpPassphrase(page);
  await page.getByLabel('Clinic name').fill('Lakeside Clinic');
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await expect(page.getByLabel('Address')).toBeVisible();
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic Assessor is locked' })).toBeVisible();
  await expect(page.getByText('Lakeside Clinic')).toHaveCount(0);
  await unlock(page, 'wrong passphrase entirely');
  await expect(page.getByRole('alert')).toHaveText(
    'That passphrase does not unlock Clinic Assessor on this computer. Check it (and Caps Lock) and try again.',
  );
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Lakeside Clinic' })).toBeVisible();
});

test('the app locks itself after the chosen idle time, and activity postpones it', async ({ app }) => {
  const { page } = app;
  await page.clock.install();
  await setUpPassphrase(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Lock automatically after').selectOption({ label: '5 minutes without activity' });
  // The select follows the stored setting, so this waits for the write to land before reloading.
  await expect(page.getByLabel('Lock automatically after')).toHaveValue('5');
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Lock automatically after')).toHaveValue('5');
  await page.clock.fastForward('04:00');
  await page.mouse.move(200, 300);
  await page.clock.fastForward('04:00');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic Assessor is locked' })).toBeVisible();
});

test('changing the passphrase locks the app and keeps the data; the old passphrase stops working', async ({ app }) => {
  const { page } = app;
  await setUpPassphrase(page);
  await page.getByLabel('Clinic name').fill('Hillcrest Clinic');
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  const next = 'maple compass thunder 77 meadow';
  await page.getByLabel('Current passphrase').fill('not my passphrase');
  await page.getByLabel('New passphrase', { exact: true }).fill(next);
  await page.getByLabel('Confirm new passphrase').fill(next);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('alert')).toHaveText('That passphrase is not right. Nothing was changed; try again.');
  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic Assessor is locked' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('status')).toHaveText('Passphrase changed. Unlock with the new one.');
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toBeVisible();
  await unlock(page, next);
  await page.getByRole('link', { name: 'Clinics' }).click();
  await expect(page.getByRole('link', { name: 'Hillcrest Clinic' })).toBeVisible();
});
