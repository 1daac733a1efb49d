/** Steps an assessor takes in the inventory: wait for a form to save, add a record through its tab's dialog. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Waits until every change in the form (a dialog, a flow editor) is saved. */
export async function saved(scope: Locator): Promise<void> {
  await expect(scope.getByRole('status')).toHaveText('All changes saved');
}

/** Opens the tab, adds a record, fills its form (a draft until then) and saves it, which closes the dialog. */
export async function addRecord(
  page: Page,
  tab: string,
  singular: string,
  fill: (dialog: Locator) => Promise<void>,
): Promise<void> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await page.getByRole('button', { name: `Add ${singular}` }).click();
  const dialog = page.getByRole('dialog');
  await fill(dialog);
  await saveDraft(dialog);
}

/** Saves the new record of an open Add dialog and waits for the dialog to close. */
export async function saveDraft(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Creates a clinic and an assessment and opens that assessment's inventory. */
export async function openNewAssessmentInventory(page: Page, clinicName = 'Birchwood Clinic'): Promise<void> {
  await page.getByLabel('Clinic name').fill(clinicName);
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inventory' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Assessment/ })
    .click();
}
