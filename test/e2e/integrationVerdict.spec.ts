import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { todayIso } from '../../renderer/clock/today';
import { monthsAfter } from '../../shared/rules/decisionRules';
import { nmapScanXml } from '../support/nmapGenerator';
import { coverText, flatText } from '../support/pdfTools';
import { expect, test, type Page } from './fixtures';
import { openNewAssessmentInventory } from './inventorySteps';

const SAMPLE = 'Sample: pre-integration assessment';
const INDICATOR = 'AnyDesk running as a service on the front desk PC; nobody at the clinic installed it';
const SHARED_ACCOUNTS = 'Vendors use shared accounts';

async function openArea(page: Page, area: 'Integration' | 'Findings' | 'Reports') {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area }).click();
  await page.getByRole('link', { name: SAMPLE }).click();
}

const verdict = (page: Page) => page.getByTestId('verdict');
const conditions = (page: Page) => page.getByRole('list', { name: 'Conditions' });

async function saveReport(page: Page, file: string, dialogAnswers: { save?: string }): Promise<Uint8Array> {
  await openArea(page, 'Reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic report' })).toBeVisible();
  dialogAnswers.save = file;
  await page.getByRole('button', { name: 'Save clinic report…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(`Saved ${path.basename(file)}.`, {
    timeout: 60_000,
  });
  return new Uint8Array(await readFile(file));
}

test('the integration verdict: conditional on the sample, no-go on a sign of compromise until it is cleared, a condition gone once its risk is accepted', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  // The Findings page carries the verdict in one line, with the way to its conditions.
  await expect(page.getByTestId('verdict-banner')).toHaveText('Conditional');
  await expect(page.getByRole('link', { name: 'Integration: the verdict and its conditions' })).toBeVisible();

  await openArea(page, 'Integration');
  await expect(verdict(page)).toHaveText('Conditional');
  await expect(page.getByText(/^Conditional: connect once \d+ conditions are met\.$/)).toBeVisible();
  await expect(conditions(page)).toContainText(SHARED_ACCOUNTS);
  await expect(conditions(page)).toContainText('Operating system past end of support');
  await expect(page.getByRole('list', { name: 'Blockers' })).toHaveCount(0);
  const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // An unknown remote-access tool: the verdict turns no-go, the indicator a blocker.
  const add = page.getByRole('form', { name: 'Add an indicator' });
  await add.getByLabel('Kind').selectOption({ label: 'Unknown remote-access tool' });
  await add.getByLabel('Machine').selectOption({ label: 'EXAM-PC-1' });
  await add.getByRole('button', { name: 'Add indicator' }).click();
  await expect(add.getByRole('alert')).toHaveText(
    'Say what was seen: the tool and port, the account, the task or the destination.',
  );
  await add.getByLabel('What was seen').fill(INDICATOR);
  await add.getByRole('button', { name: 'Add indicator' }).click();
  await expect(verdict(page)).toHaveText('No-go');
  await expect(page.getByText('No-go: do not connect — 1 sign of compromise not cleared.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Blockers' })).toContainText(
    `Unknown remote-access tool on EXAM-PC-1: ${INDICATOR}`,
  );
  const row = page.getByRole('table', { name: 'Indicators' }).getByRole('row').filter({ hasText: INDICATOR });
  await expect(row).toContainText('Not yet explained');

  // The report's cover says no-go and names the blocker; its chapter lists the indicator.
  const pdf = await saveReport(page, path.join(app.dir, 'no-go.pdf'), app.dialogAnswers);
  const cover = coverText(pdf);
  expect(cover).toMatch(/Overall rating Integration verdict Critical No-go /);
  expect(cover).toContain('No-go: do not connect — 1 sign of compromise not cleared.');
  expect(cover).toContain(`Unknown remote-access tool on EXAM-PC-1: ${INDICATOR}`);
  const text = flatText(pdf);
  expect(text).toContain("Connecting to the parent's network");
  expect(text).toContain('Possible compromise not cleared before connecting');

  // Cleared with a real reason, by whom and when: the block lifts.
  await openArea(page, 'Integration');
  await row.getByRole('button', { name: 'Clear…' }).click();
  await row.getByLabel('Why it is benign').fill('ok');
  if (!(await row.getByLabel('Cleared by').inputValue())) await row.getByLabel('Cleared by').fill('Sam Lee');
  await row.getByRole('button', { name: 'Clear the indicator' }).click();
  await expect(row.getByRole('alert')).toHaveText(
    'Say why it is benign, so someone can check it later: who uses it and how that was confirmed.',
  );
  await expect(verdict(page)).toHaveText('No-go');
  await row
    .getByLabel('Why it is benign')
    .fill("The billing vendor's support tool, installed by the clinic's MSP under ticket 4411; removed on site.");
  await row.getByRole('button', { name: 'Clear the indicator' }).click();
  await expect(row).toContainText(`on ${todayIso()}: The billing vendor's support tool`);
  await expect(verdict(page)).toHaveText('Conditional');

  // Accepting the risk of a must-fix finding takes its condition off the list.
  await openArea(page, 'Findings');
  const finding = page
    .getByRole('list', { name: 'Findings' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: SHARED_ACCOUNTS }) });
  await finding.getByLabel('Decision').selectOption('accepted');
  await finding.getByLabel('Person responsible').fill('Dana Ruiz, practice manager');
  await finding.getByLabel('Reason for accepting').fill('Named vendor accounts are set up at the January cut-over.');
  await finding.getByLabel('Accepted until').fill(monthsAfter(todayIso(), 2));
  const name = finding.getByLabel('Your name');
  if (await name.isVisible()) await name.fill('Sam Lee');
  await finding.getByRole('button', { name: 'Accept the risk' }).click();
  await expect(finding.locator('.status-pill')).toHaveText('Risk accepted');
  await openArea(page, 'Integration');
  await expect(verdict(page)).toHaveText('Conditional');
  await expect(conditions(page)).not.toContainText(SHARED_ACCOUNTS);
  await expect(page.getByText(/must-fix finding is accepted as a risk/)).toBeVisible();
  expect(app.problems).toEqual([]);
});

test("the scan's remote-control tools are candidates: raised once as an indicator, or recorded as benign with the reason", async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  await openNewAssessmentInventory(page);
  const scan = path.join(app.dir, 'scan.xml');
  await writeFile(scan, [...nmapScanXml(3)].join(''));
  app.dialogAnswers.open = scan;
  await page.getByRole('button', { name: 'Import nmap scan…' }).click();
  await page.getByLabel('Scan review').getByRole('button', { name: 'Import 3 devices' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('3 new devices');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Integration' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Assessment/ })
    .click();
  // Nothing recorded of the compromise check: "no positives" is not "checked".
  await expect(conditions(page)).toContainText('Compromise check not done');
  const tools = page.getByRole('table', { name: 'Remote-control tools found by the scan' });
  const vnc = tools.getByRole('row', { name: /host-1/ });
  const rdp = tools.getByRole('row', { name: /host-2/ });
  await expect(vnc).toContainText('VNC on 5900/tcp');
  await expect(rdp).toContainText('RDP on 3389/tcp');
  await expect(verdict(page)).toHaveText('Conditional');

  await vnc.getByRole('button', { name: 'Raise as indicator' }).click();
  await expect(vnc).toContainText('Raised as an indicator: Not yet explained');
  await expect(vnc.getByRole('button', { name: 'Raise as indicator' })).toHaveCount(0);
  await expect(verdict(page)).toHaveText('No-go');
  await expect(page.getByRole('list', { name: 'Blockers' })).toContainText(
    'Unknown remote-access tool on host-1: VNC listening on host-1 (VNC on 5900/tcp); no recorded vendor link explains it',
  );

  await rdp.getByRole('button', { name: 'Known, benign…' }).click();
  await rdp
    .getByLabel('Why it is benign')
    .fill("The MSP's remote desktop, reached only over its VPN; confirmed with the MSP");
  const name = rdp.getByLabel('Cleared by');
  if (!(await name.inputValue())) await name.fill('Sam Lee');
  await rdp.getByRole('button', { name: 'Record as benign' }).click();
  await expect(rdp).toContainText('Raised as an indicator: Cleared by Sam Lee on');
  await expect(page.getByRole('table', { name: 'Indicators' }).getByRole('row')).toHaveCount(3);
  await expect(page.getByText('No-go: do not connect — 1 sign of compromise not cleared.')).toBeVisible();
  expect(app.problems).toEqual([]);
});
