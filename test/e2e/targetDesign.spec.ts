import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { flatText } from '../support/pdfTools';

test('the target design is proposed, edited and exported as a firewall change request, and reported', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const page = app.page;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Integration' }).click();
  await page.getByRole('link', { name: 'Sample: pre-integration assessment' }).click();
  const section = page.getByRole('region', { name: 'Target design' });
  await expect(section.getByText('No target design yet.')).toBeVisible();

  await section.getByRole('button', { name: "Propose from today's flows" }).click();
  await expect(section.getByRole('status')).toHaveText("Proposed 13 target flows from today's flows.");
  // Once a design exists it is edited, not proposed again.
  await expect(section.getByRole('button', { name: "Propose from today's flows" })).toHaveCount(0);
  const targets = section.getByRole('table', { name: 'Target flows' });
  await expect(targets.getByRole('row')).toHaveCount(14);
  await expect(section.getByText('1 added, 2 removed, 8 changed, 2 kept.')).toBeVisible();

  // Narrow the Staff Wi-Fi's open path onto the LAN to HTTPS.
  await targets.getByRole('button', { name: 'Edit Staff Wi-Fi to Clinic LAN' }).click();
  const editor = section.getByRole('group', { name: 'Edit the target flow' });
  await editor.getByLabel('Services').fill('https');
  await editor.getByLabel('Services').blur();
  await expect(editor.getByText('Saved')).toBeVisible();
  await editor.getByRole('button', { name: 'Done' }).click();
  const wifiRow = targets.getByRole('row').filter({ hasText: 'Staff Wi-Fi' }).filter({ hasText: 'Clinic LAN' });
  await expect(wifiRow).toContainText('HTTPS');
  const differences = section.getByRole('table', { name: "Differences from today's flows" });
  await expect(differences).toContainText('services from any service to HTTPS');

  const csvFile = path.join(app.dir, 'change-request.csv');
  app.dialogAnswers.save = csvFile;
  await section.getByRole('button', { name: 'Export change request (CSV)' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved change-request.csv.', { timeout: 20_000 });
  const csv = await readFile(csvFile, 'utf8');
  expect(csv.startsWith('\uFEFFSource,Destination,Service,Action,Reason,Owner,Change\r\n')).toBe(true);
  const lines = csv.trimEnd().split('\r\n');
  const wifiLine = lines.find((l) => l.startsWith('Staff Wi-Fi (192.168.1.0/24),Clinic LAN (192.168.1.0/24),'));
  expect(wifiLine).toContain(',HTTPS (tcp/443),allow,');
  expect(lines.some((l) => l.startsWith('Internet,PM-SRV') && l.includes('RDP (tcp/3389),deny'))).toBe(true);

  const xlsxFile = path.join(app.dir, 'change-request.xlsx');
  app.dialogAnswers.save = xlsxFile;
  await section.getByRole('button', { name: 'Export change request (XLSX)' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved change-request.xlsx.', { timeout: 30_000 });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsxFile);
  const sheet = book.getWorksheet('Change request')!;
  expect(String(sheet.getCell('A1').value)).toBe('Firewall change request — Lakeside Family Health (sample)');
  const rows: string[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 4) rows.push((row.values as unknown[]).slice(1).map(String));
  });
  expect(rows).toHaveLength(lines.length - 1);
  expect(rows.find((r) => r[0] === 'Staff Wi-Fi (192.168.1.0/24)')?.slice(1, 4)).toEqual([
    'Clinic LAN (192.168.1.0/24)',
    'HTTPS (tcp/443)',
    'allow',
  ]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('link', { name: 'Sample: pre-integration assessment' }).click();
  const pdfFile = path.join(app.dir, 'lakeside.pdf');
  app.dialogAnswers.save = pdfFile;
  await page.getByRole('button', { name: 'Save clinic report…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved lakeside.pdf.', {
    timeout: 60_000,
  });
  const text = flatText(new Uint8Array(await readFile(pdfFile)));
  expect(text).toContain('Target design');
  expect(text).toContain('Firewall change request');
  expect(text).toContain('services from any service to HTTPS');
});

test('an issued assessment refuses a proposed target design in one sentence, and nothing is written', async ({
  app,
}) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await page.getByRole('table').getByRole('link', { name: 'Lakeside Family Health (sample)' }).click();
  const workflow = page.getByRole('group', { name: 'Review and issue' });
  await workflow.getByLabel('Reviewer').fill('Rita Reviewer');
  await workflow.getByRole('button', { name: 'Mark reviewed' }).click();
  await workflow.getByRole('button', { name: 'Issue' }).click();
  await expect(workflow).toContainText('Issued, revision 1');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Integration' }).click();
  await page.getByRole('link', { name: 'Sample: pre-integration assessment' }).click();
  const section = page.getByRole('region', { name: 'Target design' });
  await section.getByRole('button', { name: "Propose from today's flows" }).click();
  await expect(section.getByRole('alert')).toHaveText(
    'This assessment is issued (revision 1); start a new revision to change it.',
  );
  await expect(section.getByText('No target design yet.')).toBeVisible();
});
