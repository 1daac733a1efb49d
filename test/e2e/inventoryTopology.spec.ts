import { expect, test } from './fixtures';
import { addRecord, openNewAssessmentInventory, saved } from './inventorySteps';
import { unlock } from './lockSteps';

test('zones, devices, vendor links and flows are entered in the inventory and kept', async ({ app }) => {
  const { page } = app;
  await openNewAssessmentInventory(page, 'Juniper Clinic');

  // Two zones; the legacy "can reach" fields are gone from the network form.
  await addRecord(page, 'Networks', 'network', async (dialog) => {
    await dialog.getByLabel('Name', { exact: true }).fill('Clinic LAN');
    await dialog.getByLabel('Purpose').selectOption({ label: 'Clinical' });
    await expect(dialog.getByText('Can reach these networks')).toHaveCount(0);
    await expect(dialog.getByText(/Reachable from the parent/)).toHaveCount(0);
  });
  await addRecord(page, 'Networks', 'network', async (dialog) => {
    await dialog.getByLabel('Name', { exact: true }).fill('Waiting room Wi-Fi');
    await dialog.getByLabel('Purpose').selectOption({ label: 'Patient / waiting room' });
  });
  await expect(page.getByRole('row', { name: /Waiting room Wi-Fi/ })).toContainText('Patient / waiting room');

  await addRecord(page, 'Applications', 'application', async (dialog) => {
    await dialog.getByLabel('Name', { exact: true }).fill('PracticeMate PM');
    await dialog.getByLabel('Name', { exact: true }).blur();
  });

  // A server that hosts the PM application, and a spirometer plugged into it.
  await addRecord(page, 'Assets', 'asset', async (dialog) => {
    await dialog.getByLabel('Name or hostname').fill('PM-SRV');
    await dialog.getByLabel('Kind').selectOption('server');
    await expect(dialog.getByLabel('FDA clearance date')).toHaveCount(0);
    await dialog.getByLabel('OS version as reported').fill('Windows Server 2012 R2 Standard');
    await dialog.getByLabel('Network', { exact: true }).selectOption({ label: 'Clinic LAN' });
    await expect(dialog.getByLabel('Extended updates paid until')).toHaveCount(0);
    await dialog.getByLabel('Paid extended security updates').selectOption({ label: 'Enrolled' });
    await dialog.getByLabel('Extended updates paid until').fill('2026-10-13');
    await dialog.getByLabel('Newest security update installed on').fill('2025-09-09');
    await dialog.getByLabel('Build or patch level after it').fill('KB5065507');
    await dialog.getByLabel('Physical access').selectOption({ label: 'Locked room' });
    await dialog.getByRole('group', { name: 'Applications it hosts' }).getByLabel('PracticeMate PM').check();
  });
  await addRecord(page, 'Assets', 'asset', async (dialog) => {
    await dialog.getByLabel('Name or hostname').fill('SPIRO-01');
    await dialog.getByLabel('Kind').selectOption('medical-device');
    await dialog.getByLabel('OS family').selectOption({ label: 'Embedded / RTOS' });
    await expect(dialog.getByLabel('Paid extended security updates')).toHaveCount(0);
    await dialog.getByLabel('FDA clearance date').fill('2023-06-01');
    await dialog.getByLabel('Upgrade or patch not validated by the maker').selectOption({ label: 'Not known' });
    await expect(dialog.getByLabel('Plugged in by')).toHaveCount(0);
    await dialog.getByLabel('Plugged into').selectOption({ label: 'PM-SRV' });
    await expect(dialog.getByLabel('Plugged into').locator('option', { hasText: 'SPIRO-01' })).toHaveCount(0);
    await dialog.getByLabel('Plugged in by').selectOption({ label: 'USB' });
    await dialog.getByLabel('Physical access').selectOption({ label: 'Goes home with the patient' });
  });

  // A vendor link that lands on the server and comes out in the vendor's cloud.
  await addRecord(page, 'Vendor access', 'vendor link', async (dialog) => {
    await dialog.getByLabel('Vendor', { exact: true }).fill('RadiView Imaging');
    await dialog.getByLabel('Tool or product').fill('TeamViewer');
    await expect(dialog.getByLabel('Availability')).toHaveValue('unknown');
    await dialog.getByLabel('Availability').selectOption({ label: 'Always on' });
    await dialog.getByLabel('Where the far end connects').selectOption({ label: "The vendor's cloud service" });
    await dialog.getByRole('group', { name: 'Devices it lands on' }).getByLabel('PM-SRV').check();
  });
  const vendorRow = page.getByRole('row', { name: /RadiView Imaging/ });
  await expect(vendorRow).toContainText("The vendor's cloud service");
  await expect(vendorRow).toContainText('PM-SRV');

  // A flow added from the zone's own page.
  await page.getByRole('tab', { name: 'Networks' }).click();
  await page.getByRole('button', { name: 'Edit Clinic LAN' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Flows from and to this zone' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Add flow from this zone' }).click();
  const flowEditor = dialog.getByRole('region', { name: /^Flow:/ });
  await expect(flowEditor.getByLabel('From')).toHaveValue(/.+/);
  await expect(flowEditor.getByLabel('From').locator('option:checked')).toHaveText('Clinic LAN');
  await expect(flowEditor.getByText(/Choose where the flow goes/)).toBeVisible();
  await flowEditor.getByLabel('To', { exact: true }).selectOption({ label: 'Parent corporate network' });
  await flowEditor.getByLabel('Services').fill('DICOM, tcp/443');
  await flowEditor.getByLabel('Services').blur();
  await expect(flowEditor.getByLabel('Services')).toHaveValue('dicom, tcp/443');
  await flowEditor.getByLabel('How it gets through').selectOption({ label: 'Firewall rule' });
  await flowEditor.getByLabel('How you know').selectOption({ label: 'Tested' });
  await saved(flowEditor);
  await expect(flowEditor.getByText(/Choose where the flow goes/)).toHaveCount(0);
  await expect(dialog.getByRole('row', { name: /Parent corporate network/ })).toContainText('DICOM, tcp/443 (HTTPS)');
  await dialog.getByRole('button', { name: 'Done with this flow' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The vendor link's page adds a flow from the link.
  await page.getByRole('tab', { name: 'Vendor access' }).click();
  await page.getByRole('button', { name: 'Edit RadiView Imaging' }).click();
  await dialog.getByRole('button', { name: 'Add flow from this link' }).click();
  await flowEditor.getByLabel('To', { exact: true }).selectOption({ label: 'PM-SRV' });
  await flowEditor.getByLabel('Services').fill('rdp');
  await flowEditor.getByLabel('How it gets through').selectOption({ label: 'Vendor tunnel' });
  await flowEditor.getByLabel('Services').blur();
  await saved(flowEditor);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Both in the Flows tab; the first one edited there.
  await page.getByRole('tab', { name: 'Flows' }).click();
  await expect(page.getByRole('columnheader')).toHaveText([
    'From',
    'To',
    'Services',
    'How',
    'Known by',
    'Status',
    'Approved',
    'Actions',
  ]);
  const corporate = page.getByRole('row', { name: /Clinic LAN.*Parent corporate network/ });
  await expect(corporate.getByRole('cell')).toHaveText([
    'Clinic LAN',
    'Parent corporate network',
    'DICOM, tcp/443 (HTTPS)',
    'Firewall rule',
    'Tested',
    'In place',
    'No',
    /Edit/,
  ]);
  await expect(page.getByRole('row', { name: /RadiView Imaging.*PM-SRV/ })).toContainText('Vendor tunnel');
  await page.getByRole('button', { name: 'Edit Clinic LAN → Parent corporate network' }).click();
  await dialog.getByLabel('Status').selectOption({ label: 'Planned' });
  await dialog.getByLabel('Approved by (parent firm)').fill('J. Ortiz, parent CISO');
  await dialog.getByLabel('Reason for approval').fill('Prior studies to the parent imaging archive');
  await dialog.getByLabel('Services').fill('dicom-tls');
  await dialog.getByLabel('Services').blur();
  await saved(dialog);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(corporate.getByRole('cell')).toHaveText([
    'Clinic LAN',
    'Parent corporate network',
    'DICOM over TLS',
    'Firewall rule',
    'Tested',
    'Planned',
    'Yes, by J. Ortiz, parent CISO',
    /Edit/,
  ]);

  // After a reload (and unlock) everything is still there.
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('tab', { name: 'Flows' })).toHaveAttribute('aria-selected', 'true');
  await expect(corporate).toContainText('Planned');
  await page.getByRole('button', { name: 'Edit Clinic LAN → Parent corporate network' }).click();
  await expect(dialog.getByLabel('Services')).toHaveValue('dicom-tls');
  await expect(dialog.getByLabel('Reason for approval')).toHaveValue('Prior studies to the parent imaging archive');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('tab', { name: 'Networks' }).click();
  await page.getByRole('button', { name: 'Edit Clinic LAN' }).click();
  await expect(dialog.getByRole('row', { name: /Parent corporate network/ })).toContainText('DICOM over TLS');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('tab', { name: 'Assets' }).click();
  await page.getByRole('button', { name: 'Edit PM-SRV' }).click();
  await expect(dialog.getByLabel('Paid extended security updates')).toHaveValue('enrolled');
  await expect(dialog.getByLabel('Extended updates paid until')).toHaveValue('2026-10-13');
  await expect(dialog.getByLabel('Newest security update installed on')).toHaveValue('2025-09-09');
  await expect(dialog.getByLabel('Build or patch level after it')).toHaveValue('KB5065507');
  await expect(dialog.getByLabel('Physical access')).toHaveValue('locked-room');
  await expect(
    dialog.getByRole('group', { name: 'Applications it hosts' }).getByLabel('PracticeMate PM'),
  ).toBeChecked();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Edit SPIRO-01' }).click();
  await expect(dialog.getByLabel('Plugged into').locator('option:checked')).toHaveText('PM-SRV');
  await expect(dialog.getByLabel('Plugged in by')).toHaveValue('usb');
  await expect(dialog.getByLabel('FDA clearance date')).toHaveValue('2023-06-01');
  await expect(dialog.getByLabel('Physical access')).toHaveValue('with-patient');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('tab', { name: 'Vendor access' }).click();
  await page.getByRole('button', { name: 'Edit RadiView Imaging' }).click();
  await expect(dialog.getByLabel('Where the far end connects')).toHaveValue('vendor-cloud');
  await expect(dialog.getByRole('group', { name: 'Devices it lands on' }).getByLabel('PM-SRV')).toBeChecked();
  await expect(dialog.getByRole('row', { name: /PM-SRV/ })).toContainText('Vendor tunnel');
});

test('deleting a network deletes the flows from and to it, and takes it off the records that named it', async ({
  app,
}) => {
  const { page } = app;
  await page.getByLabel('Clinic name').fill('Larch Clinic');
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inventory' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Assessment/ })
    .click();

  for (const name of ['Clinic LAN', 'Staff Wi-Fi']) {
    await addRecord(page, 'Networks', 'network', async (dialog) => {
      await dialog.getByLabel('Name', { exact: true }).fill(name);
      await dialog.getByLabel('Name', { exact: true }).blur();
    });
  }
  await addRecord(page, 'Assets', 'asset', async (dialog) => {
    await dialog.getByLabel('Name or hostname').fill('ECG-01');
    await dialog.getByLabel('Network', { exact: true }).selectOption({ label: 'Clinic LAN' });
  });
  await addRecord(page, 'Vendor access', 'vendor link', async (dialog) => {
    await dialog.getByLabel('Vendor', { exact: true }).fill('CardioLink');
    await dialog.getByRole('group', { name: 'Networks it reaches' }).getByLabel('Clinic LAN').check();
    await dialog.getByRole('group', { name: 'Networks it reaches' }).getByLabel('Staff Wi-Fi').check();
  });

  // Two flows at the LAN (one from it, one to it) and one that does not touch it.
  await page.getByRole('tab', { name: 'Networks' }).click();
  await page.getByRole('button', { name: 'Edit Clinic LAN' }).click();
  const dialog = page.getByRole('dialog');
  const flowEditor = dialog.getByRole('region', { name: /^Flow:/ });
  for (const [from, to] of [
    ['Clinic LAN', 'Internet'],
    ['Staff Wi-Fi', 'Clinic LAN'],
    ['Staff Wi-Fi', 'Internet'],
  ] as const) {
    await dialog.getByRole('button', { name: 'Add flow from this zone' }).click();
    await flowEditor.getByLabel('From').selectOption({ label: from });
    await flowEditor.getByLabel('To', { exact: true }).selectOption({ label: to });
    await saved(flowEditor);
    await dialog.getByRole('button', { name: 'Done with this flow' }).click();
  }
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('tab', { name: 'Flows' }).click();
  await expect(page.getByRole('status').filter({ hasText: /flows$/ })).toHaveText('3 of 3 flows');

  // The confirmation says what goes with the network.
  await page.getByRole('tab', { name: 'Networks' }).click();
  await page.getByRole('button', { name: 'Delete Clinic LAN' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete network?' });
  await expect(confirm).toContainText('Clinic LAN will disappear from this assessment and its findings.');
  await expect(confirm).toContainText('This also deletes 2 flows from and to it.');
  await expect(confirm).toContainText('1 asset on it is left without a network.');
  await expect(confirm).toContainText('1 vendor link no longer reaches it.');
  await confirm.getByRole('button', { name: 'Delete Clinic LAN' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row', { name: /Clinic LAN/ })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Flows' }).click();
  await expect(page.getByRole('status').filter({ hasText: /flows$/ })).toHaveText('1 of 1 flows');
  await expect(page.getByRole('row', { name: /Staff Wi-Fi.*Internet/ })).toBeVisible();
  await expect(page.getByText('Deleted record')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Assets' }).click();
  await expect(
    page
      .getByRole('row', { name: /ECG-01/ })
      .getByRole('cell')
      .nth(4),
  ).toHaveText('—');
  await page.getByRole('tab', { name: 'Vendor access' }).click();
  await expect(
    page
      .getByRole('row', { name: /CardioLink/ })
      .getByRole('cell')
      .nth(6),
  ).toHaveText('Staff Wi-Fi');

  // Still so after a reload.
  await page.reload();
  await unlock(page);
  await page.getByRole('tab', { name: 'Flows' }).click();
  await expect(page.getByRole('status').filter({ hasText: /flows$/ })).toHaveText('1 of 1 flows');
});
