/** Inventory tables read in words, name their row buttons, fit at 1024 px. */
import { expect, test } from './fixtures';
import { addRecord, openNewAssessmentInventory } from './inventorySteps';

test('tables show labels, not stored values, and name each row button after its record', async ({ app }) => {
  const { page } = app;
  await openNewAssessmentInventory(page);
  await addRecord(page, 'Internet links', 'internet link', async (dialog) => {
    await dialog.getByLabel('Provider (ISP)').fill('Lumen');
    await dialog.getByLabel('Type').selectOption({ label: 'DSL' });
  });
  await expect(page.getByRole('row', { name: /Lumen/ }).getByRole('cell', { name: 'DSL', exact: true })).toBeVisible();

  await addRecord(page, 'Applications', 'application', async (dialog) => {
    await dialog.getByLabel('Name', { exact: true }).fill('PracticeMate');
    await dialog.getByLabel('Category').selectOption({ label: 'Practice management' });
    await dialog.getByLabel('Hosting').selectOption({ label: 'Vendor cloud' });
  });
  const app1 = page.getByRole('row', { name: /PracticeMate/ });
  for (const label of ['Practice management', 'Vendor cloud'])
    await expect(app1.getByRole('cell', { name: label, exact: true })).toBeVisible();
  await page.getByLabel('Search applications').fill('vendor cloud');
  await expect(app1).toBeVisible();

  await addRecord(page, 'Vendor access', 'vendor link', async (dialog) => {
    await dialog.getByLabel('Vendor', { exact: true }).fill('CardioLink');
    await dialog.getByLabel('Tool or product').fill('TeamViewer');
  });
  await expect(
    page
      .getByRole('row', { name: /CardioLink/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('Remote-control tool · TeamViewer');

  await addRecord(page, 'Assets', 'asset', async (dialog) => {
    await dialog.getByLabel('Name or hostname').fill('Front desk PC 1');
  });
  for (const action of ['Edit', 'Duplicate', 'Delete'])
    await expect(page.getByRole('button', { name: `${action} Front desk PC 1`, exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Internet links' }).click();
  await expect(page.getByRole('button', { name: 'Delete Lumen', exact: true })).toBeVisible();
});

test('at 1024 by 768 every row button sits inside its cell and the window', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 768 });
  await openNewAssessmentInventory(page);
  await addRecord(page, 'Assets', 'asset', async (dialog) => {
    await dialog.getByLabel('Name or hostname').fill('Front desk PC 1');
    await dialog.getByLabel('OS version as reported').fill('Windows 10 Pro 22H2');
  });
  await addRecord(page, 'Admin access', 'admin holder', async (dialog) => {
    await dialog.getByLabel('Person holding the access').fill('Dana Admin');
  });
  await addRecord(page, 'Vendor access', 'vendor link', async (dialog) => {
    await dialog.getByLabel('Vendor', { exact: true }).fill('CardioLink');
  });
  for (const [tab, name] of [
    ['Assets', 'Front desk PC 1'],
    ['Admin access', 'Dana Admin · Firewall'],
    ['Vendor access', 'CardioLink'],
  ] as const) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    const remove = page.getByRole('button', { name: `Delete ${name}`, exact: true });
    const cell = page.getByRole('cell').filter({ has: remove });
    const [button, box] = [await remove.boundingBox(), await cell.boundingBox()];
    expect(button && box, `${tab}: the Delete button and its cell are on screen`).toBeTruthy();
    expect(button!.x + button!.width, `${tab}: Delete ends inside its cell`).toBeLessThanOrEqual(box!.x + box!.width);
    expect(button!.x + button!.width, `${tab}: Delete ends inside the window`).toBeLessThanOrEqual(1024);
    expect(button!.x, `${tab}: Delete starts inside its cell`).toBeGreaterThanOrEqual(box!.x);
  }
});

test('at 1280 by 800 an asset row shows its whole IP address beside the row buttons', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await openNewAssessmentInventory(page);
  await addRecord(page, 'Assets', 'asset', async (dialog) => {
    await dialog.getByLabel('Name or hostname').fill('Front desk PC 1');
    await dialog.getByLabel('IP address').fill('192.168.100.254');
  });
  const ip = page.getByRole('row', { name: /Front desk PC 1/ }).getByRole('cell', { name: '192.168.100.254' });
  await expect(ip).toBeVisible();
  // The cell holds the address without cutting it ("192.168…").
  expect(await ip.evaluate((cell) => cell.scrollWidth <= cell.clientWidth)).toBe(true);
});

test('at 1280 and at 1024 an asset row shows its OS release and its whole support badge', async ({ app }) => {
  const { page } = app;
  await openNewAssessmentInventory(page);
  await addRecord(page, 'Assets', 'asset', async (dialog) => {
    await dialog.getByLabel('Name or hostname').fill('Front desk PC 1');
    await dialog.getByLabel('OS version as reported').fill('Windows 10 Pro 22H2');
  });
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    const row = page.getByRole('row', { name: /Front desk PC 1/ });
    const release = row.getByTitle('Windows 10 Pro 22H2', { exact: true });
    const badge = row.getByText('Extended only', { exact: true });
    await expect(release).toBeVisible();
    await expect(badge).toBeVisible();
    const cell = row.getByRole('cell').filter({ hasText: 'Extended only' });
    expect(
      await release.evaluate((line) => line.scrollWidth <= line.clientWidth),
      `${width}: the release shows whole`,
    ).toBe(true);
    const [b, c] = [await badge.boundingBox(), await cell.boundingBox()];
    expect(b!.x + b!.width, `${width}: the badge ends inside its cell`).toBeLessThanOrEqual(c!.x + c!.width);
  }
});
