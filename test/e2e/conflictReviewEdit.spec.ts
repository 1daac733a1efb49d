import path from 'node:path';
import { expect, test } from './fixtures';
import { exportTo, importFrom, renameClinic } from './exchangeSteps';
import { openSecondLaptop } from './secondLaptop';

test.describe.configure({ timeout: 120_000 });

test('a conflict is settled with a third value typed in the review; a value that does not fit is refused', async ({ app, browser, server }) => {
  const first = app.page;
  await first.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  const base = path.join(app.dir, 'base.cabundle');
  await exportTo(first, app.dialogAnswers, base);
  const second = await openSecondLaptop(browser, server, 'second laptop passphrase 77');
  await importFrom(second.page, second.dialogs, base);
  await second.page.getByLabel('Import preview').getByRole('button', { name: 'Import' }).click();
  await expect(second.page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();

  await renameClinic(first, 'Lakeside Health (first laptop)');
  await renameClinic(second.page, 'Lakeside Health (second laptop)');
  const renamed = path.join(app.dir, 'renamed.cabundle');
  await exportTo(first, app.dialogAnswers, renamed);
  await importFrom(second.page, second.dialogs, renamed);
  await second.page.getByLabel('Import preview').getByRole('button', { name: 'Import' }).click();

  const conflict = second.page.getByRole('article', { name: /Clinic .*: name/ });
  await expect(conflict).toContainText('Written on this computer');
  await expect(conflict).toContainText('Written on another device');
  await conflict.getByRole('button', { name: 'Edit…' }).click();
  const input = conflict.getByLabel('New value for name');
  await input.fill('x'.repeat(201));
  await conflict.getByRole('button', { name: 'Save this value' }).click();
  await expect(conflict.getByRole('alert')).toContainText('That value does not fit this field');
  await input.fill('Lakeside Family Health');
  await conflict.getByRole('button', { name: 'Save this value' }).click();
  await expect(second.page.getByText('No conflicts: every merged field agrees.')).toBeVisible();
  await second.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await expect(second.page.getByRole('table').getByRole('link', { name: 'Lakeside Family Health' })).toBeVisible();
  await second.close();
});
