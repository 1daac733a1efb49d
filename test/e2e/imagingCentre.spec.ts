import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { addRecord, saved } from './inventorySteps';
import { flatText } from '../support/pdfTools';

const PATH = 'MedScan Service VPN → Imaging VLAN (vendor tunnel) → Parent corporate network (routed)';

test("a segmented imaging centre entered by hand: the vendor's way into the parent is found, shown with its path and reported", async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.getByLabel('Clinic name').fill('Harbourside Imaging Centre');
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await expect(page.getByRole('link', { name: 'Open checklist' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inventory' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Assessment/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible();

  // Three zones: imaging, office, guests.
  for (const [name, purpose] of [
    ['Imaging VLAN', 'Clinical'],
    ['Office VLAN', 'Corporate / office'],
    ['Guest Wi-Fi', 'Guest'],
  ] as const) {
    await addRecord(page, 'Networks', 'network', async (dialog) => {
      await dialog.getByLabel('Name', { exact: true }).fill(name);
      await dialog.getByLabel('Purpose').selectOption({ label: purpose });
    });
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText(purpose);
  }

  // The two scanner consoles on the imaging VLAN.
  for (const [name, os] of [
    ['CT-CONSOLE', 'Windows 10 IoT Enterprise LTSC 2021'],
    ['MRI-CONSOLE', 'Windows 7 Embedded Standard SP1'],
  ] as const) {
    await addRecord(page, 'Assets', 'asset', async (dialog) => {
      await dialog.getByLabel('Name or hostname').fill(name);
      await dialog.getByLabel('Kind').selectOption({ label: 'Medical device' });
      await dialog.getByLabel('OS family').selectOption({ label: 'Windows' });
      await dialog.getByLabel('OS version as reported').fill(os);
      await dialog.getByLabel('Network', { exact: true }).selectOption({ label: 'Imaging VLAN' });
    });
  }
  await expect(page.getByRole('row', { name: /CT-CONSOLE/ })).toContainText('Imaging VLAN');
  await expect(page.getByRole('row', { name: /MRI-CONSOLE/ })).toContainText('Windows 7 Embedded Standard SP1');

  // The scanner maker's service VPN: always on, with MFA, landing on the imaging VLAN, far end in its own network.
  await addRecord(page, 'Vendor access', 'vendor link', async (dialog) => {
    await dialog.getByLabel('Vendor', { exact: true }).fill('MedScan Service');
    await dialog.getByLabel('Method').selectOption({ label: 'VPN' });
    await dialog.getByLabel('Availability').selectOption({ label: 'Always on' });
    await dialog.getByLabel('Multi-factor authentication').selectOption({ label: 'Yes' });
    await dialog.getByLabel('Where the far end connects').selectOption({ label: "The vendor's own network" });
    await dialog.getByRole('group', { name: 'Networks it reaches' }).getByLabel('Imaging VLAN').check();
  });
  const vendorRow = page.getByRole('row', { name: /MedScan Service/ });
  await expect(vendorRow).toContainText('Always on');
  await expect(vendorRow).toContainText('Imaging VLAN');

  // From the imaging VLAN's page: a routed flow to the parent's corporate network, tested.
  await page.getByRole('tab', { name: 'Networks' }).click();
  await page.getByRole('button', { name: 'Edit Imaging VLAN' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Add flow from this zone' }).click();
  const flowEditor = dialog.getByRole('region', { name: /^Flow:/ });
  await expect(flowEditor.getByLabel('From').locator('option:checked')).toHaveText('Imaging VLAN');
  await flowEditor.getByLabel('To', { exact: true }).selectOption({ label: 'Parent corporate network' });
  await flowEditor.getByLabel('How it gets through').selectOption({ label: 'Routed (no filtering)' });
  await flowEditor.getByLabel('How you know').selectOption({ label: 'Tested' });
  await saved(flowEditor);
  await expect(dialog.getByRole('row', { name: /Parent corporate network/ })).toContainText('Tested');
  await dialog.getByRole('button', { name: 'Done with this flow' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Findings: the vendor reaches the parent through the imaging VLAN, critical, with the path that proves it.
  await page.getByRole('link', { name: 'Findings' }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  const bridge = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: "Vendor link reaches the parent's corporate network" }) });
  await expect(bridge).toHaveCount(1);
  await expect(bridge.getByRole('article')).toHaveClass(/finding-critical/);
  await expect(bridge.locator('.finding-head .badge')).toHaveText('critical');
  await expect(bridge).toContainText("MedScan Service VPN reaches the parent's corporate network.");
  await expect(bridge.getByRole('list', { name: 'Path evidence' })).toHaveText(`Path: ${PATH}`);

  // Reachability between zones: every zone a row and a column; the imaging VLAN reaches the parent.
  const section = page.getByRole('region', { name: 'Reachability between zones' });
  const matrix = section.getByRole('table', { name: /Reachability between zones/ });
  await expect(matrix).toBeVisible();
  for (const zone of ['Parent corporate network', 'Internet', 'Imaging VLAN', 'Office VLAN', 'Guest Wi-Fi']) {
    await expect(matrix.getByRole('rowheader', { name: zone })).toBeVisible();
    await expect(matrix.getByRole('columnheader', { name: new RegExp(`^${zone}`) })).toBeVisible();
  }
  await expect(matrix.getByRole('columnheader', { name: /Imaging VLAN/ })).toContainText('clinical');
  const cell = matrix.getByRole('button', { name: /^Imaging VLAN to Parent corporate network: / });
  await expect(cell).toHaveAccessibleName('Imaging VLAN to Parent corporate network: any, tested');
  await cell.click();
  const details = section.getByRole('region', { name: 'Path from Imaging VLAN to Parent corporate network' });
  await expect(details).toContainText(/Path\s*Imaging VLAN → Parent corporate network \(routed\)/);
  // The guests reach nothing recorded.
  await expect(matrix.getByRole('button', { name: /^Guest Wi-Fi to / })).toHaveCount(0);

  // The clinic report, made from the Reports page and saved through the (scripted) dialog.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Assessment/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic report' })).toBeVisible();
  await expect(page.getByLabel('Report summary')).toContainText('Overall ratingCritical');
  await page.getByLabel('Report date').fill('2026-11-28');
  const file = path.join(app.dir, 'harbourside.pdf');
  app.dialogAnswers.save = file;
  await page.getByRole('button', { name: 'Save clinic report…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved harbourside.pdf.', {
    timeout: 60_000,
  });

  const text = flatText(new Uint8Array(await readFile(file)));
  expect(text).toContain('Harbourside Imaging Centre');
  expect(text).toContain("Vendor link reaches the parent's corporate network");
  expect(text).toContain(`Path: ${PATH}`);
  expect(text).toContain('Reachability between zones');
});
