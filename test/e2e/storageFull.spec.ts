import { expect, test } from './fixtures';
import { makeTempDir } from '../support/tempDir';
import { PASSPHRASE } from './lockSteps';
import { launchWithProfile } from './persistentApp';

test('a full disk at first run shows a clear message, keeps what was typed, and works once there is room', async ({
  server,
}) => {
  const { dir, cleanup } = await makeTempDir('clinic-assessor-quota-');
  const { context, page } = await launchWithProfile(dir, 'about:blank');
  try {
    // Chromium's own storage quota for the app's origin, shrunk to nothing before the database exists.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: 1 });
    await page.goto(`${server.url}/`);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
    await page.getByLabel('I understand that a forgotten passphrase cannot be recovered.').check();
    await page.getByRole('button', { name: 'Set passphrase and start' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'This computer has no room left to save, so free some disk space and save again: what you typed is still on screen.',
    );
    await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue(PASSPHRASE);
    await expect(page.getByLabel('Confirm passphrase')).toHaveValue(PASSPHRASE);

    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url });
    await page.getByRole('button', { name: 'Set passphrase and start' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  } finally {
    await context.close();
    await cleanup();
  }
});
