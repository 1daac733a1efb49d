import { expect, test } from './fixtures';
import { unlock } from './lockSteps';

test('create a clinic, edit it as you type, and find every field again after locking', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText('No clinics yet. Add the first one above.')).toBeVisible();
  await page.getByLabel('Clinic name').fill('Clínica São João – Łódź');
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clínica São João – Łódź' })).toBeVisible();
  await page.getByLabel('Address').fill('ul. Piotrkowska 1, 90-001 Łódź');
  await page.getByLabel('Acquisition date').fill('2026-10-15');
  await page.getByLabel('Parent entity').fill('Northwind Health');
  await page.getByLabel('Contacts').fill('Ewa Nowak, practice manager, +48 42 000 0000');
  await expect(page.getByRole('status').first()).toHaveText('All changes saved');

  await page.getByRole('button', { name: 'Lock' }).click();
  await unlock(page);
  await expect(page.getByLabel('Address')).toHaveValue('ul. Piotrkowska 1, 90-001 Łódź');
  await expect(page.getByLabel('Acquisition date')).toHaveValue('2026-10-15');
  await expect(page.getByLabel('Parent entity')).toHaveValue('Northwind Health');
  await expect(page.getByLabel('Contacts')).toHaveValue('Ewa Nowak, practice manager, +48 42 000 0000');

  await page.getByRole('link', { name: '← All clinics' }).click();
  const row = page.getByRole('row', { name: /Clínica São João/ });
  await expect(row).toContainText('ul. Piotrkowska 1');
  await expect(row).toContainText('Northwind Health');
  await expect(row).toContainText('Active');
});

test('archive hides a clinic from the active list; restore brings it back', async ({ app }) => {
  const { page } = app;
  for (const name of ['Alder Clinic', 'Birch Clinic']) {
    await page.getByRole('link', { name: 'Clinics', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Add a clinic' })).toBeVisible();
    await page.getByLabel('Clinic name').fill(name);
    await page.getByRole('button', { name: 'Create clinic' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Archive clinic' }).click();
  await expect(page.getByRole('status').first()).toHaveText('All changes saved');
  await page.getByRole('link', { name: '← All clinics' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('link')).toHaveText(['Alder Clinic']);
  await page.getByLabel('Show archived (1)').check();
  await expect(table.getByRole('link')).toHaveText(['Alder Clinic', 'Birch Clinic']);
  await expect(page.getByRole('row', { name: /Birch Clinic/ })).toContainText('Archived');
  await table.getByRole('link', { name: 'Birch Clinic' }).click();
  await page.getByRole('button', { name: 'Restore clinic' }).click();
  await expect(page.getByRole('button', { name: 'Archive clinic' })).toBeVisible();
  await page.getByRole('link', { name: '← All clinics' }).click();
  await expect(page.getByRole('table').getByRole('link')).toHaveText(['Alder Clinic', 'Birch Clinic']);
});

test('assessments of a clinic are created and edited in place', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Clinic name').fill('Cedar Clinic');
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await expect(page.getByText('No assessments of this clinic yet.')).toBeVisible();
  await page.getByRole('button', { name: 'New assessment' }).click();
  const assessment = page.getByRole('article');
  await expect(assessment).toHaveCount(1);
  await assessment.getByLabel('Title').fill('Pre-integration review');
  await assessment.getByLabel('Assessor').fill('Sam Lee');
  await assessment.getByLabel('End date').fill('2026-12-05');
  await expect(assessment.getByRole('status')).toHaveText('All changes saved');
  await assessment.getByLabel('Reviewer').fill('Rita Reviewer');
  await assessment.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(assessment.getByLabel('Review and issue')).toContainText(
    'Reviewed, revision 1 — reviewed by Rita Reviewer',
  );
  await page.getByRole('button', { name: 'Lock' }).click();
  await unlock(page);
  const reopened = page.getByRole('article', { name: 'Pre-integration review' });
  await expect(reopened.getByLabel('Assessor')).toHaveValue('Sam Lee');
  await expect(reopened.getByLabel('End date')).toHaveValue('2026-12-05');
  await expect(reopened.getByLabel('Review and issue')).toContainText('Reviewed, revision 1');
});

test('a clinic that does not exist says so', async ({ app }) => {
  await app.page.goto(`${app.origin}/#/clinics/${crypto.randomUUID()}`);
  await expect(app.page.getByRole('alert')).toHaveText('This clinic does not exist on this computer.');
});
