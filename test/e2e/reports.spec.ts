import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { headings, openDocx, textOf } from '../support/docxTools';
import { flatText, inkPerPage, pdfPages } from '../support/pdfTools';

test('the clinic report is made in a worker and saved as a real PDF', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('link', { name: 'Sample: pre-integration assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic report' })).toBeVisible();
  const summary = page.getByLabel('Report summary');
  await expect(summary).toContainText('Overall ratingCritical');
  await page.getByLabel('Report date').fill('2026-11-28');
  // The sample is the clinic's only assessment: there is nothing to compare it with.
  await expect(page.getByLabel('Compare with the previous visit')).toHaveValue('');

  const file = path.join(app.dir, 'lakeside.pdf');
  app.dialogAnswers.save = file;
  await page.getByRole('button', { name: 'Save clinic report…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved lakeside.pdf.', {
    timeout: 30_000,
  });

  const pdf = new Uint8Array(await readFile(file));
  const text = flatText(pdf);
  expect(text).toContain('Lakeside Family Health (sample)');
  expect(text).toContain('CONFIDENTIAL — CONTAINS SECURITY FINDINGS');
  expect(text).toContain('Executive summary');
  expect(text).toContain('Report date 2026-11-28');
  const pages = pdfPages(pdf);
  expect(pages).toBeGreaterThan(8);
  expect(inkPerPage(pdf).every((share) => share > 0.005)).toBe(true);
  // The font came from the app itself: nothing was fetched from anywhere else.
  expect(
    app.requests.filter(
      (url) => !url.startsWith(`${app.origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'),
    ),
  ).toEqual([]);
  expect(app.requests.some((url) => url.endsWith('.ttf'))).toBe(true);
});

test('the portfolio report covers every clinic on this computer', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  // The sample is there already: the button opens it rather than loading a second copy.
  await expect(page.getByRole('link', { name: 'Open the sample clinic' })).toBeVisible();
  await page.getByLabel('Clinic name').fill('Clínica São José');
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await expect(page.getByRole('link', { name: 'Open checklist' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByLabel('Portfolio report date').fill('2026-11-28');
  const file = path.join(app.dir, 'portfolio.pdf');
  app.dialogAnswers.save = file;
  await page.getByRole('button', { name: 'Save portfolio report…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved portfolio.pdf.', {
    timeout: 30_000,
  });
  const text = flatText(new Uint8Array(await readFile(file)));
  expect(text).toContain('Portfolio security report');
  expect(text).toContain('Lakeside Family Health (sample)');
  expect(text).toContain('Clínica São José');
});

test('the clinic report is also saved as an editable Word document', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('link', { name: 'Sample: pre-integration assessment' }).click();
  await page.getByLabel('Report date').fill('2026-11-28');
  const file = path.join(app.dir, 'lakeside.docx');
  app.dialogAnswers.save = file;
  await page.getByRole('button', { name: 'Save as Word (.docx)…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved lakeside.docx.', {
    timeout: 60_000,
  });
  const docx = openDocx(new Uint8Array(await readFile(file)));
  const chapters = headings(docx.document).filter((h) => h.style === 'Heading1');
  expect(chapters.map((h) => h.text)).toContain('Findings');
  const text = textOf(docx.document);
  expect(text).toContain('Lakeside Family Health (sample)');
  expect(text).toContain('Report date');
  expect(text).toContain('2026-11-28');
  expect(Object.keys(docx.files).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  // The charts' font came from the app itself: nothing was fetched from anywhere else.
  expect(
    app.requests.filter(
      (url) => !url.startsWith(`${app.origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'),
    ),
  ).toEqual([]);
});
