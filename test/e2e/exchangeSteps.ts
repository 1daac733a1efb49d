import path from 'node:path';
import { expect, type Page } from '@playwright/test';

export const FILE_PASS = 'harbour orchid ledger 2026 falcon';

export async function exportTo(page: Page, answers: { save?: string }, file: string) {
  answers.save = file;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exchange' }).click();
  await page.getByLabel('File passphrase', { exact: true }).fill(FILE_PASS);
  await page.getByLabel('Confirm file passphrase').fill(FILE_PASS);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(`Saved ${path.basename(file)}.`);
}

export async function importFrom(page: Page, answers: { open?: string }, file: string, passphrase = FILE_PASS) {
  answers.open = file;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exchange' }).click();
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await page.getByLabel('Passphrase of the file').fill(passphrase);
  await page.getByRole('button', { name: 'Open and compare' }).click();
}

/** Renames the sample clinic on a laptop and waits for the save. */
export async function renameClinic(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Lakeside/ })
    .click();
  await expect(page.getByLabel('Address')).toBeVisible();
  await page.getByLabel('Clinic name').fill(name);
  await page.getByLabel('Clinic name').blur();
  await expect(page.getByRole('status').first()).toHaveText('All changes saved');
}
