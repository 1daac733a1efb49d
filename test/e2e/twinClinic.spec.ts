/**
 * Look-alike clinics: a file's clinic named like one here (or at its address) under
 * another id is not added as a twin unasked. The import asks, per clinic, "same clinic as
 * … (city, last visit …)" or "keep both"; the same clinic takes the file's assessments,
 * importing again changes nothing, and clinics kept apart are told apart by their city.
 */
import path from 'node:path';
import { expect, test, type Page } from './fixtures';
import { exportTo, importFrom } from './exchangeSteps';
import { openSecondLaptop } from './secondLaptop';

test.describe.configure({ timeout: 150_000 });

/** Creates a clinic at `address` with one assessment titled `visit` that started on `day`. */
async function clinicWithVisit(page: Page, name: string, address: string, visit: string, day: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await page.getByLabel('Clinic name').fill(name);
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await page.getByLabel('Address').fill(address);
  await page.getByLabel('Address').blur();
  await page.getByRole('button', { name: 'New assessment' }).click();
  const assessment = page.getByRole('article');
  await assessment.getByLabel('Title').fill(visit);
  await assessment.getByLabel('Start date').fill(day);
  await assessment.getByLabel('Start date').blur();
  await expect(assessment.getByRole('status')).toHaveText('All changes saved');
  await expect(page.getByRole('status').first()).toHaveText('All changes saved');
}

const clinicRows = (page: Page) =>
  page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('link') });

test('a look-alike clinic is taken as the one here or kept apart, as the assessor says, and asked only once', async ({
  app,
  browser,
  server,
}) => {
  const first = app.page;
  await clinicWithVisit(
    first,
    'Harbour Street Clinic',
    '7 Harbour Street, Lakeside, ME 04011',
    'Spring visit',
    '2026-03-10',
  );
  await clinicWithVisit(first, 'Birch Family Practice', '1 Elm St, Bangor, ME 04401', 'Birch intake', '2026-04-01');
  const file = path.join(app.dir, 'first.cabundle');
  await exportTo(first, app.dialogAnswers, file);

  const second = await openSecondLaptop(browser, server, 'second laptop passphrase 77');
  const page = second.page;
  await clinicWithVisit(
    page,
    'Harbour Street Clinic, LLC',
    '7 Harbour St, Lakeside ME 04011',
    'Autumn visit',
    '2026-10-02',
  );
  await clinicWithVisit(page, 'Birch Family Practice', '20 Oak Ave, Portland, ME 04101', 'Birch review', '2026-09-15');

  await importFrom(page, second.dialogs, file);
  const preview = page.getByLabel('Import preview');
  const questions = preview.getByRole('group');
  await expect(questions).toHaveCount(2);
  const harbour = questions.filter({ hasText: '“Harbour Street Clinic” in the file' });
  await expect(harbour).toContainText('(Lakeside, last visit Mar 10, 2026)');
  const same = harbour.getByRole('radio', {
    name: /^Same clinic as Harbour Street Clinic, LLC \(Lakeside, last visit Oct 2, 2026\)/,
  });
  const birch = questions.filter({ hasText: '“Birch Family Practice” in the file (Bangor' });
  // Nothing is chosen for the assessor: the import waits for both answers.
  await expect(same).not.toBeChecked();
  await expect(preview.getByRole('button', { name: 'Import' })).toBeDisabled();
  await same.check();
  await expect(preview.getByRole('button', { name: 'Import' })).toBeDisabled();
  await expect(birch.getByRole('radio', { name: /Same clinic as Birch Family Practice \(Portland/ })).toBeVisible();
  await birch.getByRole('radio', { name: 'Keep both: another clinic' }).check();
  await expect(preview.getByRole('button', { name: 'Import' })).toBeEnabled();
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('records changed');

  // One Harbour Street clinic with both visits; two Birch Family Practices, told apart by their city.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await expect(clinicRows(page)).toHaveCount(3);
  const birches = clinicRows(page).filter({ hasText: 'Birch Family Practice' });
  await expect(birches).toHaveCount(2);
  await expect(birches.nth(0).getByRole('cell').nth(1)).toHaveText('Bangor');
  await expect(birches.nth(1).getByRole('cell').nth(1)).toHaveText('Portland');
  const harbourRow = clinicRows(page).filter({ hasText: 'Harbour Street Clinic' });
  await expect(harbourRow).toHaveCount(1);
  await expect(harbourRow).toContainText('Oct 2, 2026');
  await harbourRow.getByRole('link').click();
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('article', { name: 'Spring visit' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Autumn visit' })).toBeVisible();

  // The same file again: the answer is remembered, and nothing changes.
  await importFrom(page, second.dialogs, file);
  await expect(preview.getByRole('group')).toHaveCount(1);
  await expect(preview.getByRole('radio', { name: /^Same clinic as Harbour Street Clinic, LLC/ })).toBeChecked();
  await expect(preview).toContainText('New records0');
  await expect(preview).toContainText('Updated0');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported first.cabundle: 0 records changed.',
  );
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await expect(clinicRows(page)).toHaveCount(3);
  await second.close();
});
