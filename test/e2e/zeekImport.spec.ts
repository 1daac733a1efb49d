import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { addRecord, openNewAssessmentInventory } from './inventorySteps';

const connLog = path.resolve(import.meta.dirname, '..', 'fixtures', 'zeek', 'clinic-conn.log');

/** An imaging zone with an ultrasound, an office zone with the PACS, and the DICOM flow staff told us about. */
async function recordClinic(page: Page) {
  await openNewAssessmentInventory(page, 'Elm Street Clinic');
  for (const [name, purpose, subnet] of [
    ['Imaging', 'Clinical', '10.20.30.0/24'],
    ['Front office', 'Corporate / office', '10.20.10.0/24'],
  ] as const)
    await addRecord(page, 'Networks', 'network', async (dialog) => {
      await dialog.getByLabel('Name', { exact: true }).fill(name);
      await dialog.getByLabel('Purpose').selectOption({ label: purpose });
      await dialog.getByLabel('Subnet').fill(subnet);
    });
  for (const [name, kind, ip, network] of [
    ['US-1', 'medical-device', '10.20.30.15', 'Imaging'],
    ['PACS', 'server', '10.20.10.5', 'Front office'],
  ] as const)
    await addRecord(page, 'Assets', 'asset', async (dialog) => {
      await dialog.getByLabel('Name or hostname').fill(name);
      await dialog.getByLabel('Kind').selectOption(kind);
      await dialog.getByLabel('IP address').fill(ip);
      await dialog.getByLabel('Network', { exact: true }).selectOption({ label: network });
    });
  await addRecord(page, 'Flows', 'flow', async (dialog) => {
    await dialog.getByLabel('From').selectOption({ label: 'US-1' });
    await dialog.getByLabel('To', { exact: true }).selectOption({ label: 'PACS' });
    await dialog.getByLabel('Services').fill('DICOM');
    await dialog.getByLabel('Services').blur();
  });
}

test('a Zeek conn.log becomes reviewed observed flows, with counts in the flow list and their findings', async ({
  app,
}) => {
  const { page } = app;
  await recordClinic(page);

  app.dialogAnswers.open = connLog;
  await page.getByRole('button', { name: 'Import Zeek conn.log…' }).click();
  const review = page.getByLabel('Traffic review');
  await expect(review).toContainText(
    '23 connections read (3–5 Nov): 4 flows between recorded places, 3 new, 1 already recorded (their counts and dates are updated).',
  );
  const setAside = review.getByRole('list', { name: 'Traffic not proposed as flows' });
  await expect(setAside).toContainText('1 connection inside one zone');
  await expect(setAside).toContainText('2 connections to broadcast or multicast addresses.');
  await expect(setAside).toContainText('192.168.50.7 (1)');
  await expect(setAside).toContainText('1 attempt nobody answered');
  await expect(setAside).toContainText('Front office to US-1 on Telnet (2)');
  const flows = review.getByRole('table', { name: 'Observed flows' });
  await expect(flows.getByRole('row', { name: /US-1 PACS DICOM/ })).toContainText('Recorded: counts and dates updated');
  await expect(flows.getByRole('row', { name: /Internet US-1 VNC/ })).toContainText('4–5 Nov');
  const scan = await new AxeBuilder({ page })
    .include('[aria-label="Traffic review"]')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Skip the ultrasound's telemetry; keep the rest.
  await review.getByLabel('Import US-1 to Internet on HTTPS').uncheck();
  await review.getByRole('button', { name: 'Import 3 flows' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported clinic-conn.log: 2 new flows, 1 updated.',
  );
  await page.getByRole('tab', { name: 'Flows', exact: true }).click();
  const table = page.getByRole('tabpanel');
  await expect(table.getByRole('row', { name: /US-1 PACS/ })).toContainText('Observed: 12 connections, 3–5 Nov');
  const vnc = table.getByRole('row', { name: /Internet US-1/ });
  await expect(vnc).toContainText('VNC');
  await expect(vnc).toContainText('Firewall rule');
  await expect(vnc).toContainText('Observed: 2 connections, 4–5 Nov');
  await expect(table.getByRole('row', { name: /Front office Internet/ })).toContainText(
    'Observed: 1 connection, 3 Nov',
  );
  await expect(table.getByRole('row', { name: /US-1 Internet/ })).toHaveCount(0);

  // The same log again counts nothing twice.
  await page.getByRole('button', { name: 'Import Zeek conn.log…' }).click();
  await expect(review).toContainText('4 flows between recorded places, 1 new, 3 already recorded');
  await review.getByLabel('Import US-1 to Internet on HTTPS').uncheck();
  await review.getByRole('button', { name: 'Import 3 flows' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported clinic-conn.log: 0 new flows, 3 updated.',
  );
  await expect(table.getByRole('row', { name: /US-1 PACS/ })).toContainText('Observed: 12 connections, 3–5 Nov');

  // The zone's own flow list shows the observation too.
  await page.getByRole('tab', { name: 'Networks' }).click();
  await page.getByRole('button', { name: 'Edit Front office' }).click();
  await expect(page.getByRole('dialog').getByRole('row', { name: /Front office Internet/ })).toContainText(
    'Observed: 1 connection, 3 Nov',
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  // The VNC the internet was seen reaching on the ultrasound is a finding.
  await page.getByRole('link', { name: 'Findings' }).last().click();
  const finding = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Remote-access or file-sharing service reachable from the internet' }),
  });
  await expect(finding).toContainText('VNC on US-1 can be reached from the internet.');
});

test('a file that is not a conn.log is refused in one sentence and changes nothing', async ({ app }) => {
  const { page } = app;
  await openNewAssessmentInventory(page);
  app.dialogAnswers.open = path.resolve(import.meta.dirname, '..', 'fixtures', 'speedtest', 'ookla.json');
  await page.getByRole('button', { name: 'Import Zeek conn.log…' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Line 1 has no conn_state, which every conn.log line has, so this is another Zeek log.',
  );
  await expect(page.getByLabel('Traffic review')).toHaveCount(0);
});

test('the scanning section proposes passive capture for the imaging zone and a full scan of the office only in the window', async ({
  app,
}) => {
  const { page } = app;
  await recordClinic(page);
  await page.getByRole('main').getByRole('link', { name: 'Checklist' }).click();
  await page
    .getByRole('navigation', { name: 'Checklist sections' })
    .getByRole('link', { name: /Scanning plan/ })
    .click();
  const panel = page.getByRole('complementary', { name: 'Scan commands per zone' });
  const imaging = panel.getByRole('region', { name: 'Scanning Imaging' });
  const office = panel.getByRole('region', { name: 'Scanning Front office' });
  await expect(imaging).toContainText('Passive first');
  await expect(imaging.locator('code').first()).toHaveText(/^sudo zeek -C -i eth1/);
  await expect(imaging.locator('code').last()).toHaveText(
    'sudo nmap -sn -PR -n --max-rate 10 --scan-delay 200ms --excludefile imaging-exclude.txt -oX imaging-discovery.xml 10.20.30.0/24',
  );
  await expect(imaging.locator('code', { hasText: 'printf' })).toHaveText(
    "printf '%s\\n' 10.20.30.15 > imaging-exclude.txt",
  );
  for (const code of await imaging.locator('code').allTextContents()) expect(code).not.toMatch(/ -O| -sV| -A|--script/);
  await expect(office).toContainText('only in an agreed window: agree one first');
  await expect(office.locator('code')).toHaveCount(0);

  await page
    .getByRole('radiogroup', { name: 'Has an off-hours window for active scanning been agreed?' })
    .getByLabel('Yes')
    .check();
  await page.getByRole('textbox', { name: 'When is the scanning window?' }).fill('Sunday 02:00–05:00');
  await page.getByRole('textbox', { name: 'When is the scanning window?' }).blur();
  await expect(office.locator('code')).toHaveText(
    'sudo nmap -sS -sV -O --top-ports 1000 -T3 --max-retries 2 -n -oX front-office.xml 10.20.10.0/24',
  );
  await expect(office).toContainText('Only in the agreed window (Sunday 02:00–05:00).');
  await office.getByRole('button', { name: /^Copy: sudo nmap -sS/ }).click();
  await expect(office.getByRole('status')).toHaveText(/^(Copied\.|Selected: press Ctrl\+C to copy\.)$/);
});
