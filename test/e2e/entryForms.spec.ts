/** The inventory forms for fast entry: a draft until saved, fields by kind in sections, Enter goes on, copies, bulk edits. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openNewAssessmentInventory } from './inventorySteps';
import { unlock } from './lockSteps';

const assetCount = (page: Page) => page.getByRole('status').filter({ hasText: /assets$/ });

/** Opens a new assessment's inventory and a new asset's form with its name typed. */
async function startAsset(page: Page, name: string) {
  await openNewAssessmentInventory(page);
  await page.getByRole('button', { name: 'Add asset' }).click();
  const add = page.getByRole('dialog', { name: 'Add asset' });
  await add.getByLabel('Name or hostname').fill(name);
  return add;
}

test('Add writes nothing until Save: Cancel, Escape and a missing name leave the inventory as it was', async ({
  app,
}) => {
  const { page } = app;
  await openNewAssessmentInventory(page);
  const dialog = page.getByRole('dialog', { name: 'Add asset' });
  await expect(assetCount(page)).toHaveText('0 of 0 assets');

  await page.getByRole('button', { name: 'Add asset' }).click();
  await dialog.getByLabel('Name or hostname').fill('Cancelled PC');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Add asset' }).click();
  await expect(dialog.getByLabel('Name or hostname')).toHaveValue('');
  await dialog.getByLabel('Name or hostname').fill('Escaped PC');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(assetCount(page)).toHaveText('0 of 0 assets');

  // Save without a name says why and writes nothing.
  await page.getByRole('button', { name: 'Add asset' }).click();
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Type a name or hostname for the asset.');
  await dialog.getByLabel('Name or hostname').fill('Front desk PC 1');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(assetCount(page)).toHaveText('1 of 1 assets');

  // Read back from the database after a reload: only the saved one is there.
  await page.reload();
  await unlock(page);
  await expect(assetCount(page)).toHaveText('1 of 1 assets');
  await expect(page.getByRole('button', { name: 'Edit Front desk PC 1' })).toBeVisible();
});

test('the asset form asks each kind its own fields, in sections, and never hides a value entered', async ({ app }) => {
  const { page } = app;
  await openNewAssessmentInventory(page);
  await page.getByRole('button', { name: 'Add asset' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add asset' });
  for (const section of ['What it is', 'Location and physical access', 'Operating system and updates'])
    await expect(dialog.getByRole('group', { name: section })).toBeVisible();
  // A PC: no FDA facts, no device type, nothing plugged in by USB.
  await expect(dialog.getByRole('group', { name: 'Medical device' })).toHaveCount(0);
  await expect(dialog.getByLabel('FDA clearance date')).toHaveCount(0);
  await expect(dialog.getByLabel('Device type')).toHaveCount(0);
  await expect(dialog.getByLabel('Plugged into')).toHaveCount(0);
  await expect(dialog.getByLabel('Paid extended security updates')).toBeVisible();

  await dialog.getByLabel('Kind').selectOption({ label: 'Medical device' });
  const medical = dialog.getByRole('group', { name: 'Medical device' });
  await medical.getByLabel('FDA clearance date').fill('2019-04-02');
  await expect(dialog.getByLabel('Plugged into')).toBeVisible();
  // Back to a workstation: the date typed stays on screen, the other medical questions go.
  await dialog.getByLabel('Kind').selectOption({ label: 'Workstation' });
  await expect(medical.getByLabel('FDA clearance date')).toHaveValue('2019-04-02');
  await expect(dialog.getByLabel(/maker allows third-party agents/)).toHaveCount(0);

  // A printer is not asked about paid extended updates.
  await dialog.getByLabel('Kind').selectOption({ label: 'IoT / other' });
  await expect(dialog.getByLabel('Paid extended security updates')).toHaveCount(0);
  await expect(dialog.getByLabel('Device type')).toBeVisible();
});

test('Enter saves and opens the next: a fresh draft keeping kind and place, or the next row to edit', async ({
  app,
}) => {
  const { page } = app;
  const add = await startAsset(page, 'Pump A');
  await add.getByLabel('Kind').selectOption({ label: 'Medical device' });
  await add.getByLabel('Location').fill('Treatment room');
  await add.getByLabel('IP address').fill('10.0.20.11');
  await add.getByLabel('Serial number').fill('SN-1');
  await add.getByLabel('Serial number').press('Enter');
  await expect(add.getByRole('status')).toHaveText('Saved Pump A. A new asset is ready.');
  await expect(add.getByLabel('Name or hostname')).toBeFocused();
  await expect(add.getByLabel('Name or hostname')).toHaveValue('');
  await expect(add.getByLabel('Kind')).toHaveValue('medical-device');
  await expect(add.getByLabel('Location')).toHaveValue('Treatment room');
  await expect(add.getByLabel('IP address')).toHaveValue('');
  await expect(add.getByLabel('Serial number')).toHaveValue('');
  // A textarea keeps Enter for a new line.
  await add.getByLabel('Name or hostname').fill('Pump B');
  await add.getByLabel('Notes').fill('Line one');
  await add.getByLabel('Notes').press('Enter');
  await add.getByLabel('Notes').pressSequentially('Line two');
  await expect(add.getByLabel('Notes')).toHaveValue('Line one\nLine two');
  await add.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(add).toBeHidden();
  await expect(assetCount(page)).toHaveText('2 of 2 assets');

  // Editing: Enter saves the change and opens the next row, focus on its first field.
  await page.getByRole('button', { name: 'Edit Pump A' }).click();
  const editA = page.getByRole('dialog', { name: 'Edit asset: Pump A' });
  await editA.getByLabel('Location').fill('Infusion bay');
  await editA.getByLabel('Location').press('Enter');
  const editB = page.getByRole('dialog', { name: 'Edit asset: Pump B' });
  await expect(editB).toBeVisible();
  await expect(editB.getByLabel('Name or hostname')).toBeFocused();
  await editB.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Edit Pump A' }).click();
  await expect(editA.getByLabel('Location')).toHaveValue('Infusion bay');
});

test('a record is duplicated with numbered names and blank addresses; ticked rows get one field at once', async ({
  app,
}) => {
  const { page } = app;
  const add = await startAsset(page, 'Front desk PC');
  await add.getByLabel('IP address').fill('10.0.10.21');
  await add.getByLabel('MAC address').fill('00:11:22:33:44:55');
  await add.getByLabel('Serial number').fill('7XK2Q13');
  await add.getByLabel('OS version as reported').fill('Windows 10 Pro 22H2');
  await add.getByRole('button', { name: 'Save', exact: true }).click();

  await page.getByRole('button', { name: 'Duplicate Front desk PC' }).click();
  const duplicate = page.getByRole('dialog', { name: 'Duplicate Front desk PC' });
  await duplicate.getByLabel(/How many copies/).fill('51');
  await duplicate.getByRole('button', { name: 'Add copies' }).click();
  await expect(duplicate.getByRole('alert')).toHaveText('Type a number of copies from 1 to 50.');
  await expect(assetCount(page)).toHaveText('1 of 1 assets');
  await duplicate.getByLabel(/How many copies/).fill('3');
  await expect(duplicate).toContainText('Named Front desk PC 2 to Front desk PC 4');
  await duplicate.getByLabel(/How many copies/).press('Enter');
  await expect(duplicate).toBeHidden();
  await expect(assetCount(page)).toHaveText('4 of 4 assets');
  await expect(page.getByRole('row', { name: /Front desk PC 3/ })).toContainText('Windows 10 Pro 22H2');
  await page.getByRole('button', { name: 'Edit Front desk PC 3' }).click();
  const copy = page.getByRole('dialog', { name: 'Edit asset: Front desk PC 3' });
  for (const label of ['IP address', 'MAC address', 'Serial number'])
    await expect(copy.getByLabel(label)).toHaveValue('');
  await expect(copy.getByLabel('OS version as reported')).toHaveValue('Windows 10 Pro 22H2');
  await copy.getByRole('button', { name: 'Close' }).click();

  // Tick two rows (a click, and Space on the next row from the keyboard), then set their location at once.
  await page.getByLabel('Select Front desk PC 2').check();
  await page.getByRole('row', { name: /Front desk PC 3/ }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Select Front desk PC 3')).toBeChecked();
  await page.getByRole('button', { name: 'Edit 2 selected' }).click();
  const bulk = page.getByRole('dialog', { name: 'Edit 2 selected assets' });
  await expect(bulk.getByLabel('Field to set').locator('option', { hasText: 'Name or hostname' })).toHaveCount(0);
  await expect(bulk.getByLabel('Field to set').locator('option', { hasText: 'IP address' })).toHaveCount(0);
  await bulk.getByLabel('Field to set').selectOption({ label: 'Location' });
  await bulk.getByLabel('Location').fill('Exam room 1');
  await bulk.getByRole('button', { name: 'Apply to 2 assets' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changed' })).toHaveText('Changed 2 assets.');
  await page.getByRole('button', { name: 'Edit Front desk PC 2' }).click();
  await expect(page.getByRole('dialog').getByLabel('Location')).toHaveValue('Exam room 1');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Edit Front desk PC 4' }).click();
  await expect(page.getByRole('dialog').getByLabel('Location')).toHaveValue('');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  // "Select all" ticks every row shown by the search, from the keyboard too.
  await page.getByLabel('Search assets').fill('Front desk PC 4');
  await expect(page.getByLabel('Select Front desk PC 3')).toHaveCount(0);
  await page.getByLabel(/^Select all \d+ shown$/).focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Select Front desk PC 4')).toBeChecked();
  await page.getByLabel('Search assets').fill('');
  await expect(page.getByLabel('Select Front desk PC 2')).toBeChecked();
  await expect(page.getByLabel('Select Front desk PC 3')).toBeChecked();
});
