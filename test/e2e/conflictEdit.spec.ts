import path from 'node:path';
import { expect, test, type Page } from './fixtures';
import { exportTo, importFrom, renameClinic } from './exchangeSteps';
import { openSecondLaptop } from './secondLaptop';

test.describe.configure({ timeout: 150_000 });

/** Renames the sample clinic and changes its acquisition date, waiting for both saves. */
async function editClinic(page: Page, name: string, acquired: string) {
  await renameClinic(page, name);
  await page.getByLabel('Acquisition date').fill(acquired);
  await page.getByLabel('Acquisition date').blur();
  await expect(page.getByRole('status').first()).toHaveText('All changes saved');
}

async function importAll(page: Page, dialogs: { open?: string }, file: string, conflicts: number) {
  await importFrom(page, dialogs, file);
  const preview = page.getByLabel('Import preview');
  await expect(preview).toContainText(`Conflicts to review${conflicts}`);
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
}

test('conflicts are settled with a typed third value: checked against the field, cancellable, and a new edit both laptops agree on', async ({
  app,
  browser,
  server,
}) => {
  const first = app.page;
  await first.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  const base = path.join(app.dir, 'base.cabundle');
  await exportTo(first, app.dialogAnswers, base);
  const second = await openSecondLaptop(browser, server, 'second laptop passphrase 77');
  await importAll(second.page, second.dialogs, base, 0);

  // Both laptops change the clinic's name and acquisition date differently.
  await editClinic(first, 'Lakeside Health (first laptop)', '2025-01-15');
  await editClinic(second.page, 'Lakeside Health (second laptop)', '2025-02-01');
  const changed = path.join(app.dir, 'changed.cabundle');
  await exportTo(first, app.dialogAnswers, changed);
  await importAll(second.page, second.dialogs, changed, 2);

  // The two sides, labelled with where each was written, side by side.
  const name = second.page.getByRole('article', { name: /^Clinic “.*”: Clinic name$/ });
  const shown = name.getByRole('region', { name: 'Shown now' });
  const other = name.getByRole('region', { name: 'Other value' });
  await expect(name.getByRole('region')).toHaveCount(2);
  await expect(name).toContainText('Written on this computer');
  await expect(name).toContainText('Written on another device (');
  const [left, right] = [await shown.boundingBox(), await other.boundingBox()];
  expect(left && right && Math.abs(left.y - right.y) < 2 && right.x >= left.x + left.width).toBe(true);
  const shownValue = (await shown.locator('.conflict-value').textContent()) ?? '';
  expect(shownValue).toMatch(/^Lakeside Health \((first|second) laptop\)$/);

  // Edit starts from the value shown; a value that does not fit is refused with a message.
  await name.getByRole('button', { name: 'Edit…' }).click();
  const input = name.getByLabel('New value for Clinic name');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue(shownValue);
  await input.fill('x'.repeat(201));
  await name.getByRole('button', { name: 'Save this value' }).click();
  await expect(name.getByRole('alert')).toHaveText('That is too long: at most 200 characters.');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeVisible();

  // Cancel puts the review back as it was, and editing again starts afresh.
  await name.getByRole('button', { name: 'Cancel' }).click();
  await expect(input).toHaveCount(0);
  await expect(name.getByRole('alert')).toHaveCount(0);
  await expect(name.getByRole('button', { name: 'Edit…' })).toBeFocused();
  await expect(name.getByRole('button', { name: /^Keep “/ })).toHaveCount(2);
  await name.getByRole('button', { name: 'Edit…' }).click();
  await expect(input).toHaveValue(shownValue);
  await input.fill('Lakeside Family Health');
  await name.getByRole('button', { name: 'Save this value' }).click();
  await expect(name).toHaveCount(0);

  // A date gets a date input.
  const date = second.page.getByRole('article', { name: /^Clinic “Lakeside Family Health”: Acquisition date$/ });
  await date.getByRole('button', { name: 'Edit…' }).click();
  await expect(date.getByLabel('New value for Acquisition date')).toHaveAttribute('type', 'date');
  await date.getByLabel('New value for Acquisition date').fill('2025-03-01');
  await date.getByRole('button', { name: 'Save this value' }).click();
  await expect(second.page.getByText('No conflicts: every merged field agrees.')).toBeVisible();

  // The clinic holds the typed values.
  await second.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await second.page.getByRole('table').getByRole('link', { name: 'Lakeside Family Health' }).click();
  await expect(second.page.getByLabel('Clinic name')).toHaveValue('Lakeside Family Health');
  await expect(second.page.getByLabel('Acquisition date')).toHaveValue('2025-03-01');

  // The typed values are newer edits: the first laptop takes them without a conflict.
  const settled = path.join(app.dir, 'settled.cabundle');
  await exportTo(second.page, second.dialogs, settled);
  await importAll(first, app.dialogAnswers, settled, 0);
  // Nothing to settle there: the Exchange page shows no conflicts card at all.
  await expect(first.getByRole('heading', { name: 'Conflicts to review' })).toHaveCount(0);
  await first.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await expect(first.getByRole('table').getByRole('link', { name: 'Lakeside Family Health' })).toBeVisible();
  await second.close();
});
