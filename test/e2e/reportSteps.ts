/** Steps in Reports: save an assessment's clinic report and read its text. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { flatText } from '../support/pdfTools';

/** Opens Reports, picks the assessment, saves its clinic report as `name` in `dir` and returns the PDF's text. */
export async function clinicReportText(
  page: Page,
  answers: { save?: string },
  dir: string,
  name: string,
  assessment: RegExp | string = /Assessment/,
): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('table').getByRole('link', { name: assessment }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic report' })).toBeVisible();
  answers.save = path.join(dir, name);
  await page.getByRole('button', { name: 'Save clinic report…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(`Saved ${name}.`, {
    timeout: 60_000,
  });
  return flatText(new Uint8Array(await readFile(answers.save)));
}
