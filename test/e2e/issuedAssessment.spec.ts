import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from './fixtures';
import { addRecord, openNewAssessmentInventory, saved } from './inventorySteps';
import { coverText } from '../support/pdfTools';

const REFUSED = 'This assessment is issued (revision 1); start a new revision to change it.';

async function openClinic(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await page.getByRole('table').getByRole('link', { name: 'Juniper Clinic' }).click();
  return page.getByRole('group', { name: 'Review and issue' });
}

async function openInventory(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inventory' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Assessment/ })
    .click();
}

test('an issued assessment refuses edits, and a new revision is made instead', async ({ app }) => {
  const { page } = app;
  await openNewAssessmentInventory(page, 'Juniper Clinic');
  await addRecord(page, 'Assets', 'asset', async (dialog) => {
    await dialog.getByLabel('Name or hostname').fill('FRONT-DESK-01');
    await dialog.getByLabel('Kind').selectOption('workstation');
    await dialog.getByLabel('OS version as reported').fill('Windows 7 Professional');
  });

  // Review, then issue with this installation's signing key.
  let workflow = await openClinic(page);
  await expect(workflow).toContainText('Draft, revision 1');
  await workflow.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(workflow.getByRole('alert')).toHaveText('Type the reviewer’s name first.');
  await workflow.getByLabel('Reviewer').fill('Rita Reviewer');
  await workflow.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(workflow).toContainText('Reviewed, revision 1 — reviewed by Rita Reviewer');
  await workflow.getByRole('button', { name: 'Issue' }).click();
  await expect(workflow).toContainText('Issued, revision 1 — reviewed by Rita Reviewer');
  await expect(workflow).toContainText('Signature valid; content unchanged since issue');
  const article = page.getByRole('article');
  await expect(article.getByRole('status').filter({ hasText: 'is issued' })).toHaveText(REFUSED);
  await expect(article.getByLabel('Title')).toBeDisabled();

  // An edit in the inventory is refused in one sentence, and nothing changes.
  await openInventory(page);
  await expect(page.getByRole('status').filter({ hasText: 'is issued' })).toHaveText(REFUSED);
  await page.getByRole('button', { name: 'Edit FRONT-DESK-01' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name or hostname').fill('FRONT-DESK-99');
  await expect(dialog.getByRole('alert')).toContainText(REFUSED);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Edit FRONT-DESK-01' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit FRONT-DESK-99' })).toHaveCount(0);
  workflow = await openClinic(page);
  await expect(workflow).toContainText('Signature valid; content unchanged since issue');

  // A new revision is a draft again, which changes; the issue stays in the history.
  await workflow.getByRole('button', { name: 'Start revision 2' }).click();
  await expect(workflow).toContainText('Draft, revision 2');
  await expect(workflow).toContainText('Earlier issues: revision 1');
  await expect(page.getByRole('article').getByLabel('Title')).toBeEnabled();
  await openInventory(page);
  await expect(page.getByRole('status').filter({ hasText: 'is issued' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Edit FRONT-DESK-01' }).click();
  await dialog.getByLabel('Name or hostname').fill('FRONT-DESK-02');
  await saved(dialog);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Edit FRONT-DESK-02' })).toBeVisible();

  // The report's cover says which revision it is, and that it is a draft.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('link', { name: /Assessment/ }).click();
  await page.getByLabel('Report date').fill('2026-12-01');
  const file = path.join(app.dir, 'juniper.pdf');
  app.dialogAnswers.save = file;
  await page.getByRole('button', { name: 'Save clinic report…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved juniper.pdf.', {
    timeout: 30_000,
  });
  const cover = coverText(new Uint8Array(await readFile(file)));
  expect(cover).toContain('Draft — Revision 2');
  expect(cover).toContain('Juniper Clinic');
});
