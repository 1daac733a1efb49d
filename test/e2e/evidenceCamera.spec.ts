import { expect, test } from './fixtures';
import { chromiumArgs, chromiumLaunchOptions } from './chromium';
import { openSampleDevice } from './evidenceSteps';

// Chromium's fake camera (a moving test pattern) and an automatic "allow": this spec only.
test.use({
  launchOptions: {
    ...chromiumLaunchOptions,
    args: [...chromiumArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
  },
});

test('Take photo asks for the camera only when clicked, and stores the photo taken', async ({ app }) => {
  const page = app.page;
  const dialog = await openSampleDevice(page);
  const evidence = dialog.getByRole('region', { name: /Evidence/ });
  // Nothing has opened the camera before the click.
  expect(await page.evaluate(() => document.querySelectorAll('video').length)).toBe(0);
  await evidence.getByRole('button', { name: 'Take photo' }).click();
  const camera = page.getByRole('dialog', { name: 'Take photo' });
  await expect(camera.getByRole('button', { name: 'Capture' })).toBeEnabled({ timeout: 20_000 });
  await camera.getByRole('button', { name: 'Capture' }).click();
  await expect(camera.getByRole('img', { name: 'The photo just taken' })).toBeVisible();
  await camera.getByRole('button', { name: 'Retake' }).click();
  await camera.getByRole('button', { name: 'Capture' }).click();
  await camera.getByRole('button', { name: 'Use photo' }).click();
  await expect(camera).toBeHidden();
  await expect(evidence.getByText('1 file added.')).toBeVisible({ timeout: 30_000 });
  const item = evidence.getByRole('listitem').filter({ hasText: /photo-\d{4}-\d{2}-\d{2}-\d{6}\.jpg/ });
  await expect(item.getByRole('img')).toBeVisible();
  // The camera is off again once the dialog closed: no live video track is left.
  expect(await page.evaluate(() => document.querySelectorAll('video').length)).toBe(0);
});
