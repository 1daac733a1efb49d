import { monthsAfter } from '../../shared/rules/decisionRules';
import { todayIso } from '../../renderer/clock/today';
import { expect, test } from './fixtures';
import { saveDraft } from './inventorySteps';

test('an assessment walked through the UI turns into scored findings, and a risk can be accepted', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Clinic name').fill('Birchwood Clinic');
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByRole('link', { name: 'Open checklist' }).click();

  // Checklist: a few answers that matter.
  await page
    .getByRole('navigation', { name: 'Checklist sections' })
    .getByRole('link', { name: /Governance basics/ })
    .click();
  await page
    .getByRole('radiogroup', { name: /Are backups of the EMR/ })
    .getByLabel('No backups')
    .check();
  await page
    .getByRole('navigation', { name: 'Checklist sections' })
    .getByRole('link', { name: /Networks and segmentation/ })
    .click();
  await page
    .getByRole('radiogroup', { name: /parent firm's corporate network reach/ })
    .getByLabel('Planned')
    .check();
  await page
    .getByRole('radiogroup', { name: /Does a firewall separate/ })
    .getByLabel('No', { exact: true })
    .check();
  await expect(
    page.getByRole('radiogroup', { name: /Does a firewall separate/ }).getByLabel('No', { exact: true }),
  ).toBeChecked();

  // Inventory: one network, an XP imaging workstation and an office PC on it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inventory' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Assessment/ })
    .click();
  await page.getByRole('tab', { name: 'Networks' }).click();
  await page.getByRole('button', { name: 'Add network' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill('Clinic LAN');
  await saveDraft(dialog);

  await page.getByRole('tab', { name: 'Assets' }).click();
  for (const [name, kind, os] of [
    ['XRAY-ACQ', 'medical-device', 'Windows XP Embedded'],
    ['FRONTDESK-01', 'workstation', 'Windows 11 Pro 25H2'],
  ] as const) {
    await page.getByRole('button', { name: 'Add asset' }).click();
    await dialog.getByLabel('Name or hostname').fill(name);
    await dialog.getByLabel('Kind').selectOption(kind);
    await dialog.getByLabel('OS version as reported').fill(os);
    await dialog.getByLabel('Network', { exact: true }).selectOption({ label: 'Clinic LAN' });
    await dialog.getByLabel('Transmits patient data').selectOption('Yes');
    await saveDraft(dialog);
  }
  await expect(page.getByRole('row', { name: /XRAY-ACQ/ })).toContainText('Unsupported');
  await page.getByLabel('OS support').selectOption('unsupported');
  await expect(page.getByRole('row')).toHaveCount(2);

  // Findings, live from what was entered.
  await page.getByRole('link', { name: 'Findings' }).last().click();
  const finding = (title: string) =>
    page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(finding('Operating system past end of support')).toContainText('critical');
  await expect(finding('Operating system past end of support')).toContainText(
    'XRAY-ACQ runs Windows XP Embedded: unsupported since 12 Jan 2016.',
  );
  await expect(finding('Flat network: medical devices share a segment with office PCs or guests')).toContainText(
    'critical',
  );
  await expect(finding("The parent's corporate network can reach medical devices")).toContainText('critical');
  await expect(finding('Backups missing, reachable by ransomware, or never tested')).toContainText('critical');
  await expect(finding('No firewall between clinical, office, guest and vendor networks')).toContainText('medium');

  const backups = finding('Backups missing, reachable by ransomware, or never tested');
  await backups.getByLabel('Decision').selectOption('accepted');
  await backups.getByLabel('Person responsible').fill('Dr Lee, practice manager');
  await backups.getByLabel('Accepted until').fill(monthsAfter(todayIso(), 3));
  await backups.getByLabel('Reason for accepting').fill('New backup service ordered; live in February.');
  await backups.getByLabel('Your name').fill('Ann Assessor'); // the assessment names no assessor
  await backups.getByRole('button', { name: 'Accept the risk' }).click();
  await expect(backups.locator('.status-pill')).toHaveText('Risk accepted');
  await page.getByLabel('Show').selectOption('accepted');
  const shown = page.getByRole('list', { name: 'Findings' }).getByRole('listitem');
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText('Risk accepted');
});

test('the sample clinic shows every feature at once', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Open findings by severity' })).toBeVisible();
  const critical = page
    .getByRole('table', { name: 'Open findings by severity' })
    .getByRole('row', { name: /Critical/ });
  await expect(critical).not.toContainText(/^Critical\s*0$/);
  await expect(page.getByRole('listitem').filter({ hasText: 'Always-on vendor remote access' })).toContainText(
    'critical',
  );
  await expect(page.getByRole('listitem').filter({ hasText: 'Internet link too thin' })).toContainText('high');
  const osGroup = page.getByRole('region', { name: /^Operating system past end of support: \d+ findings$/ });
  await osGroup.getByRole('button', { name: /Show each finding/ }).click();
  await expect(osGroup.getByRole('article').filter({ hasText: 'XRAY-ACQ runs Windows XP Embedded' })).toContainText(
    'critical',
  );
  await page.getByRole('main').getByRole('link', { name: 'Checklist' }).click();
  await expect(page.getByText(/^(\d+) of \1 answered$/)).toBeVisible();
});

test('the connectivity section shows the bandwidth verdict with its numbers', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Checklist' }).click();
  await page
    .getByRole('navigation', { name: 'Checklist sections' })
    .getByRole('link', { name: /Connectivity and bandwidth/ })
    .click();
  const panel = page.getByRole('complementary', { name: /Bandwidth/ });
  await expect(panel.getByRole('heading')).toHaveText('Bandwidth: insufficient');
  await expect(panel).toContainText('Upload 1.2 Mbit/s is below the 18.5 Mbit/s needed.');
  await expect(panel.getByRole('row', { name: /^Needed/ })).toContainText('29');
});
