import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { flatText } from '../support/pdfTools';

async function saveClinicReport(page: Page, file: string, dialogAnswers: { save?: string }): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('link', { name: 'Sample: pre-integration assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic report' })).toBeVisible();
  await page.getByLabel('Report date').fill('2026-11-28');
  dialogAnswers.save = file;
  await page.getByRole('button', { name: 'Save clinic report…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(`Saved ${path.basename(file)}.`, {
    timeout: 30_000,
  });
  return flatText(new Uint8Array(await readFile(file)));
}

test('a pre-close diligence assessment reports deal considerations with cost bands; a post-close one does not', async ({
  app,
}) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();

  const integration = await saveClinicReport(page, path.join(app.dir, 'integration.pdf'), app.dialogAnswers);
  expect(integration).toContain('Executive summary');
  expect(integration).not.toContain('Deal considerations');
  expect(integration).not.toContain('Before closing, price in');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await page.getByRole('table').getByRole('link', { name: 'Lakeside Family Health (sample)' }).click();
  const assessment = page.getByRole('article', { name: 'Sample: pre-integration assessment' });
  await expect(assessment.getByLabel('Phase')).toHaveValue('integration');
  await assessment.getByLabel('Phase').selectOption({ label: 'Pre-close diligence' });
  await expect(assessment.getByRole('status').first()).toHaveText('All changes saved');

  const diligence = await saveClinicReport(page, path.join(app.dir, 'diligence.pdf'), app.dialogAnswers);
  expect(diligence).toContain('Deal considerations');
  expect(diligence).toContain('Before closing, price in:');
  expect(diligence).toContain('the seller cannot be directed to make changes');
  // The built-in bands (no content pack applied), per severity and in total.
  expect(diligence).toMatch(/Critical \d+ USD 10,000–50,000 1–3 months/);
  expect(diligence).toMatch(/High \d+ USD 2,000–10,000 2–6 weeks/);
  expect(diligence).toMatch(/Total for the open findings: USD [\d,]+–[\d,]+\./);
  expect(diligence).toContain('must be fixed before the clinic is connected');

  // The phase is kept: the editor shows it again after a reload of the page.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await page.getByRole('table').getByRole('link', { name: 'Lakeside Family Health (sample)' }).click();
  await expect(assessment.getByLabel('Phase')).toHaveValue('diligence');
});
