import path from 'node:path';
import { expect, test } from './fixtures';
import { exportTo, FILE_PASS, importFrom, renameClinic } from './exchangeSteps';
import { openSecondLaptop } from './secondLaptop';

test.describe.configure({ timeout: 120_000 });

test('export on one laptop, import into another with its own data, and settle a conflict', async ({
  app,
  browser,
  server,
}) => {
  const first = app.page;
  await first.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await expect(first.getByRole('note')).toContainText('The work on this computer has never been backed up.');
  const file1 = path.join(app.dir, 'lakeside.cabundle');
  await exportTo(first, app.dialogAnswers, file1);
  // A full export is a backup: the reminder goes.
  await expect(first.getByRole('note')).toHaveCount(0);
  // Nothing merged, nothing to settle: no conflicts card on the Exchange page.
  await expect(first.getByRole('heading', { name: 'Exchange', level: 1 })).toBeVisible();
  await expect(first.getByRole('heading', { name: 'Conflicts to review' })).toHaveCount(0);

  // A second laptop: its own browser profile and passphrase, and a clinic of its own.
  const {
    page: second,
    dialogs: answers,
    close,
  } = await openSecondLaptop(browser, server, 'second laptop passphrase 77');
  await second.getByLabel('Clinic name').fill('Prior local clinic');
  await second.getByRole('button', { name: 'Create clinic' }).click();
  await expect(second.getByLabel('Address')).toBeVisible();

  await importFrom(second, answers, file1, 'not the file passphrase');
  await expect(second.getByRole('alert')).toHaveText('That passphrase does not open this assessment file.');
  await second.getByLabel('Passphrase of the file').fill(FILE_PASS);
  await second.getByRole('button', { name: 'Open and compare' }).click();
  const preview = second.getByLabel('Import preview');
  await expect(preview).toContainText('Conflicts to review0');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Imported' })).toContainText(/records? changed/);
  await second.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await expect(second.getByRole('table').getByRole('link')).toHaveText([
    'Lakeside Family Health (sample)',
    'Prior local clinic',
  ]);

  // Both laptops rename the sample clinic differently.
  for (const [page, name] of [
    [first, 'Lakeside Health (first laptop)'],
    [second, 'Lakeside Health (second laptop)'],
  ] as const)
    await renameClinic(page, name);
  const file2 = path.join(app.dir, 'lakeside-2.cabundle');
  await exportTo(first, app.dialogAnswers, file2);
  await importFrom(second, answers, file2);
  await expect(second.getByLabel('Import preview')).toContainText('Conflicts to review1');
  await second.getByLabel('Import preview').getByRole('button', { name: 'Import' }).click();

  const conflict = second.getByRole('article', { name: /Clinic .*: Clinic name/ });
  await expect(conflict).toBeVisible();
  await conflict.getByRole('button', { name: 'Keep “Lakeside Health (first laptop)”' }).click();
  await expect(second.getByText('No conflicts: every merged field agrees.')).toBeVisible();
  await second.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await expect(second.getByRole('table').getByRole('link', { name: 'Lakeside Health (first laptop)' })).toBeVisible();
  await close();
});
