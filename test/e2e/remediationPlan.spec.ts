import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { exportTo, importFrom } from './exchangeSteps';
import { expect, test } from './fixtures';
import { openSecondLaptop } from './secondLaptop';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function openSamplePlan(page: Page) {
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await nav(page).getByRole('link', { name: 'Plan' }).click();
  await page.getByRole('link', { name: 'Sample: pre-integration assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Remediation plan' })).toBeVisible();
  return page.getByRole('table', { name: 'Remediation plan' });
}

async function expectAccessible(page: Page) {
  const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(scan.violations.map((v) => `${v.id} ${v.help}`)).toEqual([]);
}

/** The plan's row of a finding, by its title. */
const rowOf = (table: Locator, title: string) => table.getByRole('row').filter({ hasText: title });

/** The titles of the plan's rows, in order. */
async function titles(table: Locator): Promise<string[]> {
  const edits = await table.getByRole('button', { name: /^Edit the plan for / }).all();
  return Promise.all(edits.map(async (b) => (await b.getAttribute('aria-label'))!.replace('Edit the plan for ', '')));
}

/** The Plan sheet's header row and the column of each header. */
function planSheet(book: ExcelJS.Workbook) {
  const sheet = book.getWorksheet('Plan');
  if (!sheet) throw new Error('no Plan sheet');
  let headerRow = 0;
  sheet.eachRow((row, n) => {
    if (!headerRow && (row.values as unknown[]).includes('Finding key')) headerRow = n;
  });
  const columns = new Map<string, number>();
  (sheet.getRow(headerRow).values as unknown[]).forEach((v, i) => columns.set(String(v), i));
  const col = (header: string) => {
    const at = columns.get(header);
    if (at === undefined) throw new Error(`no column ${header}`);
    return at;
  };
  return { sheet, headerRow, col };
}

test('the remediation plan is edited, exported to Excel, edited there and read back after a review', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const table = await openSamplePlan(page);
  const order = await titles(table);
  expect(order.length).toBeGreaterThan(3);
  const [first = '', second = ''] = order;

  // Edit the most severe item: owner, date, status and a milestone.
  await rowOf(table, first)
    .getByRole('button', { name: /^Edit the plan for/ })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/^Empty: \d{4}-\d{2}-\d{2} \(default for (Critical|High)\)\.$/)).toBeVisible();
  await dialog.getByLabel('Owner').fill('Parent IT – network team');
  await dialog.getByLabel('Target date').fill('2027-02-15');
  await dialog.getByLabel('Status').selectOption({ label: 'In progress' });
  await dialog.getByRole('button', { name: 'Add a milestone' }).click();
  await dialog.getByLabel('Milestone 1', { exact: true }).fill('Order the replacement firewall');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const edited = rowOf(table, first);
  await expect(edited).toContainText('Parent IT – network team');
  await expect(edited).toContainText('2027-02-15');
  await expect(edited).toContainText('In progress');
  await expect(edited).toContainText('0 of 1 milestone done');
  await expect(rowOf(table, second)).toContainText('(default for');

  // Cancel writes nothing.
  await rowOf(table, second)
    .getByRole('button', { name: /^Edit the plan for/ })
    .click();
  await dialog.getByLabel('Owner').fill('Nobody');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(rowOf(table, second)).toContainText('Not assigned');

  // Export as Excel.
  const exported = path.join(app.dir, 'plan.xlsx');
  app.dialogAnswers.save = exported;
  const files = page.getByRole('region', { name: 'Plan as a file' });
  await files.getByRole('button', { name: 'Plan as Excel (.xlsx)' }).click();
  await expect(files.getByRole('status')).toHaveText('Saved plan.xlsx.', { timeout: 30_000 });

  // The firm edits the second item in Excel: status, owner, target date.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(exported);
  const { sheet, headerRow, col } = planSheet(book);
  const rowNumber = (title: string) => {
    let at = 0;
    sheet.eachRow((row, n) => {
      if (n > headerRow && String(row.getCell(col('Finding')).value) === title) at = n;
    });
    expect(at, title).toBeGreaterThan(headerRow);
    return at;
  };
  expect(String(sheet.getRow(rowNumber(first)).getCell(col('Owner')).value)).toBe('Parent IT – network team');
  const row = sheet.getRow(rowNumber(second));
  row.getCell(col('Status')).value = 'Blocked';
  row.getCell(col('Owner')).value = 'Clinic office manager';
  row.getCell(col('Target date')).value = new Date(Date.UTC(2027, 3, 30));
  const editedFile = path.join(app.dir, 'plan-edited.xlsx');
  await book.xlsx.writeFile(editedFile);

  // Import it back: the review shows the three changes, nothing is saved before Apply.
  app.dialogAnswers.open = editedFile;
  await files.getByRole('button', { name: 'Import edited plan…' }).click();
  const review = files.getByRole('group', { name: 'Review of plan-edited.xlsx' });
  await expect(review).toBeVisible({ timeout: 30_000 });
  const changes = review.getByRole('table', { name: `Changes to ${second}` });
  await expect(changes.getByRole('row')).toHaveCount(4);
  await expect(changes.getByRole('row', { name: /^Owner/ })).toContainText('Clinic office manager');
  await expect(changes.getByRole('row', { name: /^Target date/ })).toContainText('2027-04-30');
  await expect(changes.getByRole('row', { name: /^Status/ })).toContainText('Not started');
  await expect(changes.getByRole('row', { name: /^Status/ })).toContainText('Blocked');
  await expect(rowOf(table, second)).toContainText('Not assigned');
  await expectAccessible(page);
  await review.getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(files.getByRole('status')).toHaveText('Applied 1 change from plan-edited.xlsx.');
  const applied = rowOf(table, second);
  await expect(applied).toContainText('Clinic office manager');
  await expect(applied).toContainText('2027-04-30');
  await expect(applied).toContainText('Blocked');
  await expect(rowOf(table, first)).toContainText('Parent IT – network team');

  // A file that is no plan gives its one sentence and changes nothing.
  const random = path.join(app.dir, 'not-a-plan.xlsx');
  await writeFile(random, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
  app.dialogAnswers.open = random;
  await files.getByRole('button', { name: 'Import edited plan…' }).click();
  const alert = files.getByRole('alert');
  await expect(alert).toContainText('not-a-plan.xlsx', { timeout: 30_000 });
  await expect(alert).toHaveText(/^[A-Z].+\.$/);
  expect(await alert.innerText()).not.toMatch(/[.!?] +[A-Z]/);
  await expect(files.getByRole('group')).toHaveCount(0);
  await expect(applied).toContainText('Clinic office manager');
});

test('a CSV plan with a formula is refused in one sentence and changes nothing; the CSV export is inert', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const table = await openSamplePlan(page);
  const [first = ''] = await titles(table);
  const files = page.getByRole('region', { name: 'Plan as a file' });
  const csvFile = path.join(app.dir, 'plan.csv');
  app.dialogAnswers.save = csvFile;
  await files.getByRole('button', { name: 'Plan as CSV' }).click();
  await expect(files.getByRole('status')).toHaveText('Saved plan.csv.', { timeout: 30_000 });
  const csv = await readFile(csvFile, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain(first);

  // The same file with a formula put in the owner of its first item.
  const grid = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const ownerAt = grid[0]?.indexOf('Owner') ?? -1;
  expect(ownerAt).toBeGreaterThan(0);
  grid[1]![ownerAt] = '=HYPERLINK("http://example.invalid","x")';
  const hostile = path.join(app.dir, 'hostile.csv');
  await writeFile(hostile, Papa.unparse(grid));
  app.dialogAnswers.open = hostile;
  await files.getByRole('button', { name: 'Import edited plan…' }).click();
  await expect(files.getByRole('alert')).toHaveText(
    'Row 2 of hostile.csv: the Owner cell holds a formula, and the plan reads typed values only.',
    { timeout: 30_000 },
  );
  await expect(files.getByRole('group')).toHaveCount(0);
  await expect(rowOf(table, first)).toContainText('Not assigned');
});

test('a plan item travels in the assessment file to another computer', async ({ app, browser, server }) => {
  test.setTimeout(180_000);
  const table = await openSamplePlan(app.page);
  const [first = ''] = await titles(table);
  await rowOf(table, first)
    .getByRole('button', { name: /^Edit the plan for/ })
    .click();
  const dialog = app.page.getByRole('dialog');
  await dialog.getByLabel('Owner').fill('Parent IT – identity team');
  await dialog.getByLabel('Cost band').selectOption({ label: '$1,000 – $10,000' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(rowOf(table, first)).toContainText('Parent IT – identity team');

  const file = path.join(app.dir, 'lakeside-plan.cabundle');
  await exportTo(app.page, app.dialogAnswers, file);
  const { page: second, dialogs, close } = await openSecondLaptop(browser, server, 'second laptop passphrase 81');
  await importFrom(second, dialogs, file);
  await second.getByLabel('Import preview').getByRole('button', { name: 'Import' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Imported' })).toContainText(/records? changed/);
  await nav(second).getByRole('link', { name: 'Plan' }).click();
  await second.getByRole('link', { name: 'Sample: pre-integration assessment' }).click();
  const there = rowOf(second.getByRole('table', { name: 'Remediation plan' }), first);
  await expect(there).toContainText('Parent IT – identity team');
  await expect(there).toContainText('$1,000 – $10,000');
  await close();
});
