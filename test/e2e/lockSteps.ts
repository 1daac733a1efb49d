import { expect, type Page } from '@playwright/test';

export const PASSPHRASE = 'orchid lantern granite 42 harbour';

/** First run: chooses the passphrase and waits for the app to open. */
export async function setUpPassphrase(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm passphrase').fill(passphrase);
  await page.getByLabel('I understand that a forgotten passphrase cannot be recovered.').check();
  await page.getByRole('button', { name: 'Set passphrase and start' }).click();
  // Argon2id (64 MiB) takes seconds on a busy machine.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 30_000 });
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}
