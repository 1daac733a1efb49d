import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { flatText } from '../support/pdfTools';
import { exportTo, importFrom } from './exchangeSteps';
import { expect, test, type Page } from './fixtures';
import { saved } from './inventorySteps';
import { openSecondLaptop } from './secondLaptop';

test.describe.configure({ timeout: 180_000 });

const SAMPLE = 'Sample: pre-integration assessment';
const FINDING = "Medical device past the vendor's support end";
const WHY = 'XRAY-ACQ is kept off every network and only prints films; the maker services it under contract.';
const STILL = ' Support date corrected on the second visit; the machine is still offline.';

const go = (page: Page, area: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area }).click();
const card = (page: Page) => page.getByRole('article', { name: FINDING });

async function openFindings(page: Page) {
  await go(page, 'Findings');
  await page.getByRole('table').getByRole('link', { name: SAMPLE }).click();
  await expect(card(page)).toBeVisible();
}

test("an override of a rule's rating travels to another computer, is flagged when its facts change, and reaches the comparison and the PDF", async ({
  app,
  browser,
  server,
}) => {
  const first = app.page;
  await first.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();

  // The assessor lowers the rule's rating, and must say why in more than a word.
  const xray = card(first);
  await expect(xray.locator('.badge')).toHaveText('critical');
  await xray.getByRole('button', { name: 'Change the rating' }).click();
  const form = xray.getByRole('group', { name: 'Change the rating' });
  await form.getByLabel('Rating here').selectOption('low');
  await form.getByLabel('Justification').fill('n/a');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    "Write why the rule's rating does not fit here, in a sentence of at least 15 characters.",
  );
  await form.getByLabel('Justification').fill(WHY);
  await form.getByRole('button', { name: 'Save' }).click();
  const inForce = xray.getByRole('note', { name: "Override of the rule's rating" });
  await expect(inForce).toContainText('Rated low by the assessor (rule: critical) · Sample assessor,');
  await expect(inForce).toContainText(WHY);
  await expect(xray.locator('.badge')).toHaveText('low');
  await expect(xray).toContainText('Rule: critical');

  const file = path.join(app.dir, 'lakeside-override.cabundle');
  await exportTo(first, app.dialogAnswers, file);

  // Another computer, a fresh profile: the override arrives with who made it.
  const { page: second, dialogs, close } = await openSecondLaptop(browser, server, 'second laptop passphrase 81');
  await importFrom(second, dialogs, file);
  await second.getByLabel('Import preview').getByRole('button', { name: 'Import' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Imported' })).toContainText(/records? changed/);
  await openFindings(second);
  await expect(card(second).locator('.badge')).toHaveText('low');
  await expect(card(second).getByRole('note', { name: "Override of the rule's rating" })).toContainText(
    `Sample assessor,`,
  );
  await expect(card(second)).toContainText(WHY);

  // A fact the finding rests on changes: the override is flagged and the rule's rating applies.
  await go(second, 'Inventory');
  await second.getByRole('table').getByRole('link', { name: SAMPLE }).click();
  await second.getByRole('button', { name: 'Edit XRAY-ACQ' }).click();
  const dialog = second.getByRole('dialog');
  await dialog.getByLabel('Vendor support ends').fill('2024-06-30');
  await dialog.getByLabel('Vendor support ends').blur();
  await saved(dialog);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await openFindings(second);
  const flagged = card(second).getByRole('note', { name: 'Override due for review' });
  await expect(flagged).toContainText(
    'The facts changed since this override (Sample assessor, ', // then the day it was made
  );
  await expect(flagged).toContainText("the rule's rating applies until you review it.");
  await expect(card(second).locator('.badge')).toHaveText('critical');

  // The assessor looks again and keeps it, saying what changed.
  await flagged.getByRole('button', { name: 'Keep the override' }).click();
  const again = card(second).getByRole('group', { name: 'Change the rating' });
  await expect(again.getByLabel('Rating here')).toHaveValue('low');
  await again.getByLabel('Justification').press('End');
  await again.getByLabel('Justification').pressSequentially(STILL);
  await again.getByRole('button', { name: 'Save' }).click();
  await expect(card(second).getByRole('note', { name: "Override of the rule's rating" })).toContainText(WHY + STILL);
  await expect(card(second).locator('.badge')).toHaveText('low');

  // An earlier visit of the clinic, to compare with.
  await go(second, 'Clinics');
  await second
    .getByRole('table')
    .getByRole('link', { name: /Lakeside/ })
    .click();
  await second.getByLabel('Empty').check();
  await second.getByRole('button', { name: 'New assessment' }).click();
  const prior = second.getByRole('article', { name: /^Assessment \d{4}-/ });
  await prior.getByLabel('Start date').fill('2025-05-06');
  await prior.getByLabel('Title').fill('Visit of 2025');
  await second.getByRole('article', { name: 'Visit of 2025' }).getByLabel('Title').blur();
  await expect(second.getByRole('article', { name: 'Visit of 2025' }).getByRole('status')).toHaveText(
    'All changes saved',
  );
  await openFindings(second);
  await second.getByRole('link', { name: 'Changes since the previous visit' }).click();
  await expect(
    second.getByRole('table', { name: 'New findings' }).getByRole('row', { name: /vendor support ended 2024-06-30/ }),
  ).toContainText('low overridden (rule: critical)');

  // The clinic report: both ratings and the justification, and the comparison with the earlier visit.
  await go(second, 'Reports');
  await second.getByRole('link', { name: SAMPLE }).click();
  await expect(second.getByLabel('Compare with the previous visit')).toHaveValue(/.+/);
  await second.getByLabel('Report date').fill('2026-11-28');
  const pdf = path.join(app.dir, 'lakeside.pdf');
  dialogs.save = pdf;
  await second.getByRole('button', { name: 'Save clinic report…' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved lakeside.pdf.', {
    timeout: 60_000,
  });
  const text = flatText(new Uint8Array(await readFile(pdf)));
  expect(text).toContain('Low (rule: Critical)');
  expect(text).toContain(`who rated it Low where the rule rates it Critical: ${WHY}${STILL}`);
  expect(text).toContain('Override by Sample assessor on ');
  expect(text).toContain('Compared with “Visit of 2025” of 2025-05-06.');
  await close();
});

test('a finding marked not applicable leaves the open findings, and the override asks who makes it when nobody is known', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  const lead = page.getByText(/ open of \d+, updated as/);
  const openBefore = Number((await lead.textContent())?.match(/(\d+) open of/)?.[1]);

  // Nobody is named on the assessment, and this computer signs with no name yet.
  await go(page, 'Clinics');
  await page
    .getByRole('table')
    .getByRole('link', { name: /Lakeside/ })
    .click();
  const assessment = page.getByRole('article', { name: SAMPLE });
  await assessment.getByLabel('Assessor').fill('');
  await assessment.getByLabel('Assessor').blur();
  await expect(assessment.getByRole('status')).toHaveText('All changes saved');
  await openFindings(page);

  const usb = page.getByRole('article', { name: 'USB storage is unrestricted' });
  await usb.getByRole('button', { name: 'Change the rating' }).click();
  const form = usb.getByRole('group', { name: 'Change the rating' });
  await form.getByLabel('Rating here').selectOption('not-applicable');
  await form.getByLabel('Justification').fill('USB ports are glued shut on every PC, checked one by one.');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toHaveText('Write your name, so the override says who made it.');
  await form.getByLabel('Your name').fill('Jo Park');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(usb.getByRole('note', { name: "Override of the rule's rating" })).toContainText(
    'Not applicable here · Jo Park,',
  );
  await expect(usb).toContainText('Not applicable');
  await expect(lead).toContainText(`${openBefore - 1} open of`);

  await page.getByLabel('Show').selectOption('not-applicable');
  const shown = page.getByRole('list', { name: 'Findings' }).getByRole('listitem');
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText('USB storage is unrestricted');

  // Removed, the rule's rating applies again.
  await usb.getByRole('button', { name: 'Remove override' }).click();
  await expect(shown).toHaveCount(0);
  await expect(lead).toContainText(`${openBefore} open of`);
});
