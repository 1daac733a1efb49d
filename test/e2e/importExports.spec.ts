import AxeBuilder from '@axe-core/playwright';
import { fixtureFile } from '../support/fixtureFiles';
import { expect, test } from './fixtures';
import { openBandwidthPanel } from './checklistSteps';
import { openNewAssessmentInventory } from './inventorySteps';

test('an Intune export: the mapping says why each column was chosen and why the email column was not', async ({
  app,
}) => {
  const page = app.page;
  await openNewAssessmentInventory(page);
  app.dialogAnswers.open = fixtureFile('csv', 'intune-devices.csv');
  await page.getByRole('button', { name: 'Import CSV inventory…' }).click();
  const mapping = page.getByLabel('Column mapping');
  const ip = mapping.getByLabel('IP address');
  await expect(ip.locator('option:checked')).toHaveText('WiFiIPv4Address');
  await expect(ip).toHaveAccessibleDescription(
    'Suggested: header contains “IP” and 100 % of values are IPv4 addresses.',
  );
  await expect(mapping.getByLabel('Operating system').locator('option:checked')).toHaveText('OS');
  const notUsed = mapping.getByRole('list', { name: 'Columns not used' });
  await expect(notUsed).toContainText(
    'Primary user email address for IP address: values are email addresses, not IP addresses.',
  );
  await expect(notUsed).toContainText(
    'OS version for operating system: values are version numbers (10.0.19045.3803), not OS names.',
  );
  const scan = await new AxeBuilder({ page })
    .include('[aria-label="Column mapping"]')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // A column changed by hand says so.
  await mapping.getByLabel('Location').selectOption({ label: 'Category' });
  await expect(mapping.getByLabel('Location')).toHaveAccessibleDescription('Chosen for this source.');
  await mapping.getByLabel('Location').selectOption({ label: 'Not imported' });
  await mapping.getByRole('button', { name: 'Review devices' }).click();
  const review = page.getByLabel('Scan review');
  await review.getByText('Columns read').click();
  await expect(review.getByRole('list', { name: 'Columns read' })).toContainText(
    'IP address: “WiFiIPv4Address”, header contains “IP” and 100 % of values are IPv4 addresses',
  );
  await expect(review.getByRole('list', { name: 'Columns read' })).not.toContainText('Location');
  await expect(review.getByRole('row', { name: /FRONTDESK-01/ })).toContainText('192.168.10.21');
  await expect(review.getByRole('row', { name: /FRONTDESK-01/ })).toContainText('Windows');
});

test('a NetBox export: CIDR addresses give their subnets, and the review says how each was read', async ({ app }) => {
  const page = app.page;
  await openNewAssessmentInventory(page);
  app.dialogAnswers.open = fixtureFile('csv', 'netbox-devices.csv');
  await page.getByRole('button', { name: 'Import CSV inventory…' }).click();
  const mapping = page.getByLabel('Column mapping');
  await expect(mapping.getByLabel('Location').locator('option:checked')).toHaveText('Location');
  await expect(mapping.getByRole('list', { name: 'Columns not used' })).toContainText(
    'Site for location: “Location” was chosen for locations (exact header).',
  );
  await mapping.getByRole('button', { name: 'Review devices' }).click();
  const review = page.getByLabel('Scan review');
  await expect(review.getByRole('row', { name: /pacs-01/ })).toContainText(
    'read from 10.0.8.10/23: subnet 10.0.8.0/23',
  );
  await expect(review.getByRole('row', { name: /core-sw-01/ })).toContainText('Network device');
  await expect(review.getByRole('list', { name: 'Networks of the new devices' })).toContainText('10.0.8.0/23');
});

test('iperf3 --bidir fills both directions; a failed run shows iperf3’s own words', async ({ app }) => {
  const page = app.page;
  const panel = await openBandwidthPanel(page);
  app.dialogAnswers.open = fixtureFile('speedtest', 'iperf3-bidir.json');
  await panel.getByRole('button', { name: 'Import speed test…' }).click();
  await expect(panel.getByRole('status')).toHaveText(
    'iperf3 result saved to the main link: down 94.16 Mbit/s, up 19.57 Mbit/s.',
  );
  app.dialogAnswers.open = fixtureFile('speedtest', 'iperf3-error.json');
  await panel.getByRole('button', { name: 'Import speed test…' }).click();
  await expect(panel.getByRole('alert')).toHaveText(
    'The speed test itself failed (“iperf3 said: unable to connect to server: Connection refused”), so nothing was saved.',
  );
});
