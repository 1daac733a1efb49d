/**
 * Locking stops a task running in a worker: the export's worker is terminated as the app
 * locks, and neither the file nor its temporary file is left behind.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { FILE_PASS } from './exchangeSteps';
import { expect, test } from './fixtures';
import { unlock } from './lockSteps';

test('locking during an export ends its worker and leaves no file', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible({ timeout: 30_000 });
  app.dialogAnswers.save = path.join(app.dir, 'stopped.cabundle');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exchange' }).click();
  await page.getByLabel('File passphrase', { exact: true }).fill(FILE_PASS);
  await page.getByLabel('Confirm file passphrase').fill(FILE_PASS);

  const started = page.waitForEvent('worker', (worker) => worker.url().includes('bundle.worker'));
  await page.getByRole('button', { name: 'Export…' }).click();
  const worker = await started;
  const closed = new Promise<void>((resolve) => worker.on('close', () => resolve()));
  // The file key is still being derived (Argon2id, 64 MiB): the lock comes first.
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic Assessor is locked' })).toBeVisible();
  await closed;
  // Unlocking derives a key as long as the export's did: an export left running would have saved its file by then.
  await unlock(page);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 30_000 });
  expect(await fsp.readdir(app.dir)).toEqual([]);
});
