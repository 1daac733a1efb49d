import { readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { flatText } from '../support/pdfTools';
import { exportTo, importFrom } from './exchangeSteps';
import { expect, test, type Page } from './fixtures';
import { openSecondLaptop } from './secondLaptop';

test.describe.configure({ timeout: 180_000 });

const TITLE = 'Server console password on a sticky note';
const REASON = 'Seen on the day: anyone in the back office can read it and log on to PM-SRV.';
const SAMPLE = 'Sample: pre-integration assessment';

async function expectAccessible(page: Page) {
  const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function openFindings(page: Page, assessment: string | RegExp) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Findings' }).click();
  await page.getByRole('table').getByRole('link', { name: assessment }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
}

/** The card of the assessor's finding: marked as the assessor's, at its severity. */
async function expectCard(page: Page, severity: string) {
  const card = page.getByRole('article', { name: TITLE });
  await expect(card).toBeVisible();
  await expect(card.locator('.finding-head')).toContainText(`${severity}Assessor's finding${TITLE}Governance`);
  await expect(card).toContainText(`Why ${severity}: ${REASON}`);
  await expect(card).toContainText('Evidence: PM-SRV');
  return card;
}

test("the assessor's own finding travels through a file, a second laptop, the next visit's changes and the PDF", async ({
  app,
  browser,
  server,
}) => {
  const first = app.page;
  await first.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();

  // Cancel drops what was typed; Save says what is missing.
  await first.getByRole('button', { name: 'Add a finding' }).click();
  let dialog = first.getByRole('dialog', { name: 'Add a finding' });
  await dialog.getByLabel('Title').fill('Never saved');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await first.getByRole('button', { name: 'Add a finding' }).click();
  dialog = first.getByRole('dialog', { name: 'Add a finding' });
  await expect(dialog.getByLabel('Title')).toHaveValue('');
  await dialog.getByRole('button', { name: 'Save finding' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'To save the finding, give it a title, an area, a likelihood, an impact and the reason for the rating.',
  );

  await dialog.getByLabel('Title').fill(TITLE);
  await dialog.getByLabel('Area').selectOption({ label: 'Governance' });
  await dialog.getByLabel('What was seen').fill('The PM-SRV console password is on a note taped to the monitor.');
  await dialog.getByLabel('Likelihood').selectOption({ label: '3 · Likely' });
  await dialog.getByLabel('Impact').selectOption({ label: '3 · Major' });
  await expect(dialog.getByRole('status', { name: 'Severity' })).toHaveText(
    'Severity: High (likelihood 3 × impact 3 = 9)',
  );
  await dialog.getByLabel('Reason for the rating').fill(REASON);
  await dialog.getByLabel('Evidence: records').selectOption({ label: 'PM-SRV' });
  await dialog.getByLabel('Evidence: checklist answers').selectOption({ index: 0 });
  await dialog.getByLabel('Remediation').fill('Change the password and keep it in the password manager.');
  await expectAccessible(first);
  await dialog.getByRole('button', { name: 'Save finding' }).click();
  await expect(dialog).toBeHidden();
  await expect(first.getByRole('article', { name: 'Never saved' })).toHaveCount(0);
  let card = await expectCard(first, 'high');
  await expect(card).toContainText('Evidence: PM-SRV, answer to');
  await expectAccessible(first);

  // Edit keeps the severity with the rating.
  await card.getByRole('button', { name: 'Edit finding' }).click();
  const edit = first.getByRole('dialog', { name: `Edit finding: ${TITLE}` });
  await expect(edit.getByLabel('Reason for the rating')).toHaveValue(REASON);
  await edit.getByLabel('Likelihood').selectOption({ label: '4 · Almost certain' });
  await expect(edit.getByRole('status', { name: 'Severity' })).toContainText('Critical');
  await edit.getByRole('button', { name: 'Save finding' }).click();
  await expect(edit).toBeHidden();
  card = await expectCard(first, 'critical');

  const file = path.join(app.dir, 'lakeside.cabundle');
  await exportTo(first, app.dialogAnswers, file);

  // A second laptop, a fresh profile: the finding arrives in the file, still the assessor's.
  const { page: second, dialogs, close } = await openSecondLaptop(browser, server, 'second laptop passphrase 77');
  await importFrom(second, dialogs, file);
  const preview = second.getByLabel('Import preview');
  await expect(preview).toContainText('Conflicts to review0', { timeout: 30_000 });
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Imported' })).toContainText(/records? changed/);
  await openFindings(second, SAMPLE);
  await expectCard(second, 'critical');

  // The next visit of the clinic, a month on: the finding was not seen again, so it is resolved.
  await second.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await second
    .getByRole('table')
    .getByRole('link', { name: /Lakeside/ })
    .click();
  await second.getByLabel('Empty').check();
  await second.getByRole('button', { name: 'New assessment' }).click();
  const later = second.getByRole('article', { name: /^Assessment \d{4}-/ });
  const nextMonth = new Date(Date.now() + 31 * 86_400_000).toISOString().slice(0, 10);
  await later.getByLabel('Start date').fill(nextMonth);
  await later.getByLabel('Start date').blur();
  await expect(later.getByRole('status')).toHaveText('All changes saved');
  await openFindings(second, /^Assessment \d{4}-/);
  await second.getByRole('link', { name: 'Changes since the previous visit' }).click();
  await expect(second.getByLabel('Compare with').locator('option:checked')).toHaveText(/\(previous visit\)$/);
  await expect(
    second.getByRole('table', { name: 'Resolved findings' }).getByRole('row', { name: new RegExp(TITLE) }),
  ).toContainText(`critical${TITLE} Assessor's finding`);

  // The clinic report of the sample visit marks it and gives its reason.
  await second.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await second.getByRole('link', { name: SAMPLE }).click();
  await second.getByLabel('Report date').fill(nextMonth);
  const pdfFile = path.join(app.dir, 'lakeside.pdf');
  dialogs.save = pdfFile;
  await second.getByRole('button', { name: 'Save clinic report…' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved lakeside.pdf.', {
    timeout: 30_000,
  });
  const text = flatText(new Uint8Array(await readFile(pdfFile)));
  expect(text).toContain(`${TITLE} Assessor's finding`);
  expect(text).toContain(`Why: ${REASON} (likelihood 4 × impact 3)`);
  await close();

  // Deleting it on the first laptop asks first, then it is gone.
  await openFindings(first, SAMPLE);
  await first.getByRole('article', { name: TITLE }).getByRole('button', { name: 'Delete finding' }).click();
  await first
    .getByRole('dialog', { name: 'Delete finding?' })
    .getByRole('button', { name: `Delete ${TITLE}` })
    .click();
  await expect(first.getByRole('article', { name: TITLE })).toHaveCount(0);
});
