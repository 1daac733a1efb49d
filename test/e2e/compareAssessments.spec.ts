import { readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { flatText } from '../support/pdfTools';
import { expect, test, type Page } from './fixtures';
import { saveDraft } from './inventorySteps';

async function openFromPicker(page: Page, area: 'Inventory' | 'Findings', assessment: string | RegExp) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area }).click();
  await page.getByRole('table').getByRole('link', { name: assessment }).click();
}

async function addAssets(page: Page, assets: readonly (readonly [name: string, kind: string, os: string])[]) {
  const dialog = page.getByRole('dialog');
  for (const [name, kind, os] of assets) {
    await page.getByRole('button', { name: 'Add asset' }).click();
    await dialog.getByLabel('Name or hostname').fill(name);
    await dialog.getByLabel('Kind').selectOption(kind);
    await dialog.getByLabel('OS version as reported').fill(os);
    await saveDraft(dialog);
  }
  await expect(page.getByRole('row', { name: new RegExp(assets.at(-1)?.[0] ?? '') })).toBeVisible();
}

test('the next visit shows the OS upgrade, the resolved and the new findings since the previous one', async ({
  app,
}) => {
  const { page } = app;
  await page.getByLabel('Clinic name').fill('Birchwood Clinic');
  await page.getByRole('button', { name: 'Create clinic' }).click();

  // The first visit, last year: one Windows 7 front-desk PC.
  await page.getByRole('button', { name: 'New assessment' }).click();
  const first = page.getByRole('article');
  await first.getByLabel('Title').fill('First visit');
  await first.getByLabel('Start date').fill('2025-05-06');
  await first.getByLabel('Start date').blur();
  await expect(first.getByRole('status')).toHaveText('All changes saved');
  await openFromPicker(page, 'Inventory', 'First visit');
  await addAssets(page, [['FRONTDESK-01', 'workstation', 'Windows 7 Professional SP1']]);

  // The second visit: the PC upgraded, and an X-ray PC on Windows XP found.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await page.getByRole('table').getByRole('link', { name: 'Birchwood Clinic' }).click();
  // Entered afresh, not carried from the first visit (test/e2e/revisit.spec.ts carries one over).
  await page.getByLabel('Empty').check();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await expect(page.getByRole('article')).toHaveCount(2);
  // A fixed date, so Windows 11 25H2 is judged supported whatever the day the test runs.
  const second = page.getByRole('article', { name: /^Assessment \d{4}-/ });
  await second.getByLabel('Start date').fill('2026-11-20');
  await second.getByLabel('Start date').blur();
  await expect(second.getByRole('status')).toHaveText('All changes saved');
  await openFromPicker(page, 'Inventory', /^Assessment \d{4}-/);
  await addAssets(page, [
    ['FRONTDESK-01', 'workstation', 'Windows 11 Pro 25H2'],
    ['XRAY-ACQ', 'medical-device', 'Windows XP Embedded'],
  ]);

  await openFromPicker(page, 'Findings', /^Assessment \d{4}-/);
  await page.getByRole('link', { name: 'Changes since the previous visit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Changes since the previous visit' })).toBeVisible();
  await expect(page.getByLabel('Compare with').locator('option:checked')).toHaveText(
    /^First visit · .*2025 \(previous visit\)$/,
  );

  const counts = page.getByRole('table', { name: 'Counts of changes' });
  await expect(counts.getByRole('row', { name: /^Assets/ }).getByRole('cell')).toHaveText(['1', '0', '1', '0']);
  await expect(counts.getByRole('row', { name: /^Findings/ }).getByRole('cell')).toHaveText(['1', '1', '0', '0']);

  const upgraded = page.getByRole('table', { name: 'Changed assets' }).getByRole('row', { name: /FRONTDESK-01/ });
  await expect(upgraded).toContainText('OS version: Windows 7 Professional SP1 → Windows 11 Pro 25H2');
  await expect(upgraded).toContainText('Unsupported → Supported better supported');
  await expect(upgraded).toContainText('name and kind');
  await expect(page.getByRole('table', { name: 'Added assets' }).getByRole('row', { name: /XRAY-ACQ/ })).toContainText(
    'Unsupported',
  );
  await expect(page.getByRole('table', { name: 'Resolved findings' })).toContainText(
    'FRONTDESK-01 runs Windows 7 Professional SP1: unsupported since 14 Jan 2020.',
  );
  await expect(
    page.getByRole('table', { name: 'New findings' }).getByRole('row', { name: /XRAY-ACQ runs Windows XP Embedded/ }),
  ).toContainText('medium');
  const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The first visit has nothing before it: it says so, and offers the later one by choice.
  await openFromPicker(page, 'Findings', 'First visit');
  await page.getByRole('link', { name: 'Changes since the previous visit' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'No assessment of Birchwood Clinic started before this one' }),
  ).toBeVisible();
  await page
    .getByLabel('Compare with')
    .selectOption({ label: await page.getByLabel('Compare with').locator('option').nth(1).innerText() });
  await expect(page.getByRole('table', { name: 'Removed assets' })).toContainText('XRAY-ACQ');

  // The second visit's report carries the same comparison.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('link', { name: /^Assessment \d{4}-/ }).click();
  await expect(page.getByLabel('Compare with the previous visit')).toHaveValue(/.+/);
  await page.getByLabel('Report date').fill('2026-11-28');
  const file = path.join(app.dir, 'birchwood.pdf');
  app.dialogAnswers.save = file;
  await page.getByRole('button', { name: 'Save clinic report…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved birchwood.pdf.', {
    timeout: 30_000,
  });
  const text = flatText(new Uint8Array(await readFile(file)));
  expect(text).toContain('Changes since the previous visit');
  expect(text).toContain('Compared with “First visit” of 2025-05-06.');
  expect(text).toContain('Windows 7 Professional SP1 → Windows 11 Pro 25H2');
});

test("a clinic's only assessment says there is no prior assessment", async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await page.getByRole('link', { name: 'Changes since the previous visit' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'No prior assessment' })).toBeVisible();
  await expect(page.getByText(/This is the only assessment of Lakeside Family Health \(sample\)/)).toBeVisible();
  await expect(page.getByLabel('Compare with')).toHaveCount(0);
});
