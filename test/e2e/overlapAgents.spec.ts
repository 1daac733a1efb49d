import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from './fixtures';
import { addRecord, openNewAssessmentInventory } from './inventorySteps';
import { applyPack } from './packSteps';
import { flatText } from '../support/pdfTools';
import { northwindProfile } from '../support/packWith';

/** A clinical LAN inside the parent's 10.0.0.0/8, an office LAN clear of it, a pump whose maker forbids agents, a Windows 7 PC. */
async function recordClinic(page: Page): Promise<void> {
  await openNewAssessmentInventory(page);
  for (const [name, subnet] of [
    ['Clinical LAN', '10.20.30.0/24'],
    ['Office LAN', '192.168.1.0/24'],
  ] as const)
    await addRecord(page, 'Networks', 'network', async (dialog) => {
      await dialog.getByLabel('Name', { exact: true }).fill(name);
      await dialog.getByLabel('Subnet').fill(subnet);
      await dialog.getByLabel('Subnet').blur();
    });
  await addRecord(page, 'Assets', 'asset', async (dialog) => {
    await dialog.getByLabel('Name or hostname').fill('PUMP-1');
    await dialog.getByLabel('Kind').selectOption('medical-device');
    await dialog.getByLabel('OS version as reported').fill('Windows 10 IoT Enterprise LTSC 2021');
    await dialog.getByLabel('Network', { exact: true }).selectOption({ label: 'Clinical LAN' });
    await dialog.getByLabel(/maker allows third-party agents/).selectOption({ label: 'No' });
  });
  await addRecord(page, 'Assets', 'asset', async (dialog) => {
    await dialog.getByLabel('Name or hostname').fill('XRAY-PC');
    await dialog.getByLabel('OS version as reported').fill('Windows 7 Professional SP1');
    await dialog.getByLabel('Network', { exact: true }).selectOption({ label: 'Office LAN' });
  });
}

async function answerNetworks(page: Page, monitoring: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Checklist' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Assessment/ })
    .click();
  await page
    .getByRole('navigation', { name: 'Checklist sections' })
    .getByRole('link', { name: /Networks and segmentation/ })
    .click();
  await page
    .getByRole('radiogroup', { name: /parent firm's corporate network reach/ })
    .getByLabel('Yes, already')
    .check();
  const watched = page
    .getByRole('radiogroup', { name: /monitored passively for attacks/ })
    .getByLabel(monitoring, { exact: true });
  await watched.check();
  await expect(watched).toBeChecked();
}

async function openIntegration(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Integration' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Assessment/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Integration/ })).toBeVisible();
}

async function saveReport(page: Page, app: { dir: string; dialogAnswers: { save?: string } }): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Assessment/ })
    .click();
  const file = path.join(app.dir, 'birchwood.pdf');
  app.dialogAnswers.save = file;
  await page.getByRole('button', { name: 'Save clinic report…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved birchwood.pdf.', {
    timeout: 30_000,
  });
  return flatText(new Uint8Array(await readFile(file)));
}

test("without a content pack, the Integration page and the report say to import one, and the maker's word on agents is kept", async ({
  app,
}) => {
  const { page } = app;
  await recordClinic(page);
  // The maker's "no agents" stays recorded on the device.
  await page.getByRole('tab', { name: 'Assets', exact: true }).click();
  await page.getByRole('button', { name: 'Edit PUMP-1' }).click();
  await expect(page.getByRole('dialog').getByLabel(/maker allows third-party agents/)).toHaveValue('false');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await answerNetworks(page, 'No');

  await openIntegration(page);
  const plan = page.getByRole('region', { name: 'Address plan' });
  await expect(plan).toContainText("No address plan in force: import the parent's content pack in Settings.");
  await expect(plan.getByRole('row', { name: /Clinical LAN/ })).toContainText('10.20.30.0/24');
  await expect(plan.getByRole('row', { name: /Clinical LAN/ })).toContainText('No plan to check against');
  const agents = page.getByRole('region', { name: 'Agent coverage' });
  await expect(agents).toContainText("No required agents in force: import the parent's content pack in Settings.");
  await expect(agents.getByRole('table')).toHaveCount(0);

  const text = await saveReport(page, app);
  expect(text).toContain('Address plan and agent coverage');
  expect(text).toContain("No address plan in force: import the parent's content pack in Settings.");
});

test("under the parent's pack: the overlap, the agents that cannot run and the missing controls, in the UI and the PDF", async ({
  app,
}) => {
  const { page } = app;
  await applyPack(page, northwindProfile);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await recordClinic(page);
  await answerNetworks(page, 'No');

  await openIntegration(page);
  const plan = page.getByRole('region', { name: 'Address plan' });
  await expect(plan).toContainText('10.0.0.0/8 (Corporate data centres)');
  await expect(plan.getByRole('row', { name: /Clinical LAN/ })).toContainText(
    "10.20.30.0/24 overlaps the parent's 10.0.0.0/8 (Corporate data centres): 10.20.30.0/24 is in both",
  );
  await expect(plan.getByRole('row', { name: /Office LAN/ })).toContainText('No overlap');
  const agents = page.getByRole('region', { name: 'Agent coverage' });
  await expect(agents.getByRole('row', { name: /PUMP-1/ })).toContainText(
    'Falcon EDR: Cannot run (the maker does not allow third-party agents)',
  );
  await expect(agents.getByRole('row', { name: /XRAY-PC/ })).toContainText(
    'Falcon EDR: Cannot run (Windows 7 is not among the systems it supports)',
  );
  await expect(agents.getByRole('row', { name: /XRAY-PC/ })).toContainText('None in place');

  await page.getByRole('link', { name: 'Findings' }).last().click();
  const finding = (title: string) =>
    page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(finding("Clinic subnet overlaps the parent's address plan")).toContainText(
    "Clinical LAN (10.20.30.0/24): 10.20.30.0/24 overlaps the parent's 10.0.0.0/8 (Corporate data centres)",
  );
  const agentFindings = finding('Required agent cannot run and nothing compensates').first();
  await agentFindings.getByRole('button', { name: /Show each finding/ }).click();
  await expect(agentFindings).toContainText('XRAY-PC');
  await expect(agentFindings).toContainText('PUMP-1');

  const text = await saveReport(page, app);
  expect(text).toContain('Address plan and agent coverage');
  expect(text).toContain("10.20.30.0/24 overlaps the parent's 10.0.0.0/8");
  expect(text).toContain('Required agent cannot run and nothing compensates');

  // Passive monitoring with reviewed alerts stands in: the agent findings go.
  await answerNetworks(page, 'Yes, alerts reviewed');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Findings' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Assessment/ })
    .click();
  await expect(page.getByRole('heading', { name: "Clinic subnet overlaps the parent's address plan" })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Required agent cannot run and nothing compensates' })).toHaveCount(0);
});
