import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { fixtureFile } from '../support/fixtureFiles';
import { expect, test } from './fixtures';
import { openBandwidthPanel } from './checklistSteps';
import { openNewAssessmentInventory } from './inventorySteps';

test('an nmap scan becomes reviewed inventory; importing it again duplicates nothing', async ({ app }) => {
  const page = app.page;
  await openNewAssessmentInventory(page);
  app.dialogAnswers.open = fixtureFile('nmap', 'os_scan6.xml');
  await page.getByRole('button', { name: 'Import nmap scan…' }).click();
  const review = page.getByLabel('Scan review');
  await expect(review).toContainText('256 hosts scanned, 3 up: 3 new, 0 already in the inventory; 1 network.');
  await expect(review).toContainText('listen for remote access');
  await expect(review.getByRole('list', { name: 'Networks of the new devices' })).toHaveText(
    '192.168.1.0/24: new devices join a new network (created on import)',
  );
  const hosts = review.getByRole('table', { name: 'Hosts in the scan' });
  await expect(hosts.getByRole('row')).toHaveCount(4);
  await expect(hosts.getByRole('row', { name: /192\.168\.1\.5/ })).toContainText('Microsoft Windows');
  const scan = await new AxeBuilder({ page })
    .include('[aria-label="Scan review"]')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Leave one host out, and keep the router's suggested kind.
  await hosts.getByLabel('Import 192.168.1.5').uncheck();
  await review.getByRole('button', { name: 'Import 2 devices' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported os_scan6.xml: 2 new devices, 0 updated, 1 network added.',
  );
  const inventory = page.getByRole('tabpanel');
  await expect(inventory.getByRole('row', { name: /192\.168\.1\.1\b/ })).toContainText('Network device');

  // The same scan again: both known devices match by MAC; only the one left out is new.
  await page.getByRole('button', { name: 'Import nmap scan…' }).click();
  await expect(review).toContainText('3 up: 1 new, 2 already in the inventory');
  await expect(hosts.getByRole('row', { name: /192\.168\.1\.1\b/ })).toContainText('by MAC address');
  await review.getByRole('button', { name: 'Import 3 devices' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported os_scan6.xml: 1 new device, 0 updated, 0 networks added.',
  );
  await page.getByRole('tab', { name: 'Networks' }).click();
  await expect(page.getByRole('tabpanel').getByRole('row')).toHaveCount(2);

  // The vendor-access questions show the hosts that listen for remote control.
  await page.getByRole('main').getByRole('link', { name: 'Checklist' }).click();
  await page
    .getByRole('navigation', { name: 'Checklist sections' })
    .getByRole('link', { name: /Vendor/ })
    .click();
  const listening = page.getByRole('complementary', { name: 'Listening for remote access' });
  await expect(listening).toContainText('192.168.1.3: RDP on 3389/tcp, VNC on 5900/tcp');
  await expect(listening).toContainText('192.168.1.1: Telnet on 23/tcp');
});

test('a hostile or broken file is refused with a clear message and changes nothing', async ({ app }) => {
  const page = app.page;
  await openNewAssessmentInventory(page);
  app.dialogAnswers.open = fixtureFile('nmap', 'defused_et_local_includer.xml');
  await page.getByRole('button', { name: 'Import nmap scan…' }).click();
  await expect(page.getByRole('alert')).toContainText('DOCTYPE');
  const cut = path.join(app.dir, 'cut.xml');
  await writeFile(
    cut,
    '<?xml version="1.0"?><nmaprun version="7.94"><host><status state="up"/><address addr="10.0.0.1" addrtype="ipv4"/>',
  );
  app.dialogAnswers.open = cut;
  await page.getByRole('button', { name: 'Import nmap scan…' }).click();
  await expect(page.getByRole('alert')).toContainText('broken or was cut short');
  await expect(page.getByLabel('Scan review')).toHaveCount(0);
});

test('a scan with a 200,000-character hostname is refused in one plain sentence naming the host and line', async ({
  app,
}) => {
  const page = app.page;
  await openNewAssessmentInventory(page);
  const giant = path.join(app.dir, 'giant-hostname.xml');
  const host = (ip: string, name: string) =>
    `<host><status state="up"/><address addr="${ip}" addrtype="ipv4"/><hostnames><hostname name="${name}" type="PTR"/></hostnames></host>`;
  await writeFile(
    giant,
    `<?xml version="1.0"?>\n<!DOCTYPE nmaprun>\n<nmaprun scanner="nmap" version="7.94">\n${host('10.0.0.1', 'reception.clinic.local')}\n${host('10.0.0.2', 'x'.repeat(200_000))}\n</nmaprun>\n`,
  );
  app.dialogAnswers.open = giant;
  await page.getByRole('button', { name: 'Import nmap scan…' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(
    'The hostname in host 2 (line 5) is 200,000 characters long; at most 255 are allowed.',
  );
  await expect(page.getByLabel('Scan review')).toHaveCount(0);
});

test('a speed test JSON fills the main link, and the bandwidth verdict follows', async ({ app }) => {
  const page = app.page;
  const panel = await openBandwidthPanel(page);
  await expect(panel.getByRole('heading')).toHaveText('Bandwidth: not measured');
  app.dialogAnswers.open = path.resolve(import.meta.dirname, '..', 'fixtures', 'speedtest', 'ookla.json');
  await panel.getByRole('button', { name: 'Import speed test…' }).click();
  await expect(panel.getByRole('status')).toHaveText(
    'Ookla speedtest result saved to the main link: down 18.5 Mbit/s, up 1.2 Mbit/s, latency 48.23 ms, jitter 34.81 ms, loss 1.5 %.',
  );
  await expect(panel.getByRole('row', { name: /^Measured \(Valley DSL\)/ })).toContainText('18.5');
  await expect(panel.getByRole('heading')).not.toHaveText('Bandwidth: not measured');

  app.dialogAnswers.open = fixtureFile('nmap', 'os_scan6.xml');
  await panel.getByRole('button', { name: 'Import speed test…' }).click();
  await expect(panel.getByRole('alert')).toContainText('not an iperf3 (-J) or speedtest CLI JSON result');
});

test('a CSV inventory in Windows-1252 with semicolons: columns mapped once, remembered, nothing duplicated', async ({
  app,
}) => {
  const page = app.page;
  await openNewAssessmentInventory(page);
  const file = path.join(app.dir, 'msp-assets.csv');
  const text =
    'Gerät;IP;MAC;Betriebssystem;Hersteller;Raum\nRöntgen-PC;192.168.5.20;00:11:22:33:44:55;Windows XP Embedded;Carestream;Radiologie\nEmpfang;192.168.5.21;00:11:22:33:44:56;Windows 10 Pro 22H2;Fujitsu;Empfang\n';
  await writeFile(
    file,
    Uint8Array.from(text, (c) => (c === 'ä' ? 0xe4 : c === 'ö' ? 0xf6 : c.charCodeAt(0))),
  );
  app.dialogAnswers.open = file;
  await page.getByRole('button', { name: 'Import CSV inventory…' }).click();
  const mapping = page.getByLabel('Column mapping');
  await expect(mapping).toContainText('2 rows, read as Windows-1252.');
  await expect(mapping.getByLabel('IP address')).toHaveValue('1');
  // "Gerät" and "Raum" are German: the assessor maps them by hand.
  await mapping.getByLabel('Name').selectOption({ label: 'Gerät' });
  await mapping.getByLabel('Operating system').selectOption({ label: 'Betriebssystem' });
  await mapping.getByLabel('Vendor').selectOption({ label: 'Hersteller' });
  await mapping.getByLabel('Location').selectOption({ label: 'Raum' });
  await expect(mapping.getByRole('table', { name: 'First rows as they will be read' })).toContainText('Röntgen-PC');
  await mapping.getByRole('button', { name: 'Review devices' }).click();
  const review = page.getByLabel('Scan review');
  await expect(review).toContainText('2 rows, 2 devices: 2 new, 0 already in the inventory; 1 network.');
  await expect(review.getByRole('row', { name: /Röntgen-PC/ })).toContainText('Medical device (made by Carestream)');
  await review.getByRole('button', { name: 'Import 2 devices' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported msp-assets.csv: 2 new devices, 0 updated, 1 network added.',
  );
  await expect(page.getByRole('tabpanel').getByRole('row', { name: /Röntgen-PC/ })).toContainText('Medical device');

  // The same export again: the mapping comes back by itself, and both devices match.
  await page.getByRole('button', { name: 'Import CSV inventory…' }).click();
  await expect(mapping.getByLabel('Location')).toHaveValue('5');
  await mapping.getByRole('button', { name: 'Review devices' }).click();
  await expect(review).toContainText('0 new, 2 already in the inventory');
});

test('a scan of a clinic typed in by hand: same address, no MAC on record, is offered as the same device', async ({
  app,
}) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Inventory' }).click();
  app.dialogAnswers.open = fixtureFile('nmap', 'os_scan6.xml');
  await page.getByRole('button', { name: 'Import nmap scan…' }).click();
  const review = page.getByLabel('Scan review');
  const pc = review.getByRole('row', { name: /192\.168\.1\.5\b/ });
  await expect(pc).toContainText('Same device as PM-SRV');
  await expect(review.getByRole('list', { name: 'Networks of the new devices' })).toContainText(
    '192.168.1.0/24: new devices join Clinic LAN (recorded)',
  );
  await review.getByRole('button', { name: /^Import \d+ devices?$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('1 updated');
  await expect(page.getByRole('tabpanel').getByRole('row', { name: /PM-SRV/ })).toHaveCount(1);
});
