/** Steps with evidence: open a sample device's form, attach files, make the clinic report. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

export const SAMPLE = 'Sample: pre-integration assessment';

/** Loads the sample clinic and opens the edit form of one of its devices; returns the form's dialog. */
export async function openSampleDevice(page: Page, device = 'XRAY-ACQ') {
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inventory' }).click();
  await page.getByRole('table').getByRole('link', { name: SAMPLE }).click();
  await page.getByRole('button', { name: `Edit ${device}` }).click();
  return page.getByRole('dialog', { name: `Edit asset: ${device}` });
}

/** Makes the sample's clinic report and returns its bytes. */
export async function clinicReport(page: Page, answers: { save?: string }, dir: string, name: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('link', { name: SAMPLE }).click();
  await page.getByLabel('Report date').fill('2026-11-28');
  const file = path.join(dir, name);
  answers.save = file;
  await page.getByRole('button', { name: 'Save clinic report…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(`Saved ${name}.`, {
    timeout: 60_000,
  });
  return new Uint8Array(await readFile(file));
}
