import AxeBuilder from '@axe-core/playwright';
import { todayIso } from '../../renderer/clock/today';
import { latestAcceptance, monthsAfter } from '../../shared/rules/decisionRules';
import { expect, test, type Page } from './fixtures';
import { addRecord } from './inventorySteps';

const today = todayIso();
const OS_FINDING = 'Operating system past end of support';

async function clinicPage(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await page.getByRole('table').getByRole('link', { name: 'Birchwood Clinic' }).click();
}

/** Sets an assessment's fields on the clinic page (findings are judged on its start date), then its title. */
async function editAssessment(page: Page, name: string | RegExp, fields: Record<string, string>, title?: string) {
  let article = page.getByRole('article', { name });
  for (const [label, value] of Object.entries(fields)) {
    await article.getByLabel(label, { exact: true }).fill(value);
    await article.getByLabel(label, { exact: true }).blur();
  }
  if (title) {
    await article.getByLabel('Title', { exact: true }).fill(title);
    await page.keyboard.press('Tab'); // the article is named by its title: it is now another locator
    article = page.getByRole('article', { name: title });
  }
  await expect(article.getByRole('status')).toHaveText('All changes saved');
}

async function open(page: Page, area: 'Inventory' | 'Findings', assessment: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area }).click();
  await page.getByRole('table').getByRole('link', { name: assessment }).click();
}

async function addWindows7(page: Page, assessment: string) {
  await open(page, 'Inventory', assessment);
  await addRecord(page, 'Assets', 'asset', async (dialog) => {
    await dialog.getByLabel('Name or hostname').fill('FRONTDESK-01');
    await dialog.getByLabel('Kind').selectOption('workstation');
    await dialog.getByLabel('OS version as reported').fill('Windows 7 Professional SP1');
  });
}

async function expectAccessible(page: Page) {
  const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

const osFinding = (page: Page) =>
  page
    .getByRole('list', { name: 'Findings' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: OS_FINDING }) });

test('a decision needs its owner, reason, expiry or retest; an expired acceptance reopens; a resolved finding that is back is a regression', async ({
  app,
}) => {
  test.setTimeout(180_000); // two visits walked through the UI
  const { page } = app;
  await page.getByLabel('Clinic name').fill('Birchwood Clinic');
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await editAssessment(page, /^Assessment/, { Assessor: 'Ann Assessor', 'Start date': today }, 'First visit');
  await addWindows7(page, 'First visit');
  await open(page, 'Findings', 'First visit');

  // Accepting is refused until the person responsible, the reason and the date are given.
  const finding = osFinding(page);
  await finding.getByLabel('Decision').selectOption('accepted');
  await finding.getByRole('button', { name: 'Accept the risk' }).click();
  await expect(finding.getByRole('alert')).toHaveText(
    'To accept the risk, give the person responsible, the reason and the date it is accepted until.',
  );
  await expect(finding.locator('.status-pill')).toHaveText('Open');
  await expectAccessible(page);
  await finding.getByLabel('Person responsible').fill('Dr Lee, practice manager');
  await finding.getByLabel('Reason for accepting').fill('Replacement PC ordered; swap booked.');
  // At most 12 months: the date picker stops there, and a later date typed in is refused.
  await expect(finding.getByLabel('Accepted until')).toHaveAttribute('max', latestAcceptance(today));
  await finding.getByLabel('Accepted until').fill(monthsAfter(today, 13));
  await finding.getByRole('button', { name: 'Accept the risk' }).click();
  await expect(finding.getByRole('alert')).toHaveText(
    `A risk is accepted for at most 12 months: choose a date no later than ${latestAcceptance(today)}.`,
  );
  await expect(finding.locator('.status-pill')).toHaveText('Open');
  const until = monthsAfter(today, 1);
  await finding.getByLabel('Accepted until').fill(until);
  await finding.getByRole('button', { name: 'Accept the risk' }).click();
  await expect(finding.locator('.status-pill')).toHaveText('Risk accepted');
  await expect(finding).toContainText(`Risk accepted until ${until}, Dr Lee, practice manager responsible`);
  await expect(finding).toContainText(`Recorded by Ann Assessor on ${today}.`);

  // Judged on a later day (the assessment's start date), the acceptance has run out: the finding is open again.
  await clinicPage(page);
  await editAssessment(page, 'First visit', { 'Start date': monthsAfter(today, 2) });
  await open(page, 'Findings', 'First visit');
  await expect(finding.locator('.status-pill')).toHaveText('Acceptance expired');
  await expect(finding).toContainText(`The acceptance ran until ${until}, so the finding is open again.`);
  await page.getByLabel('Show').selectOption('open');
  await expect(osFinding(page)).toBeVisible();
  await page.getByLabel('Show').selectOption('all');

  // Resolving needs who fixed it and the retest: what, when (not ahead of today), by whom.
  await finding.getByLabel('Decision').selectOption('resolved');
  await finding.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(finding.getByRole('alert')).toHaveText(
    'To mark it resolved, give who fixed it, what the retest checked, when it was retested and who retested it.',
  );
  await finding.getByLabel('Fixed by').selectOption({ label: "The clinic's MSP" });
  await finding.getByLabel('What the retest checked').fill('winver shows Windows 11 Pro 24H2');
  await finding.getByLabel('Retested by').fill('Jo Tech');
  await finding.getByLabel('Retested on').fill(monthsAfter(today, 1));
  await finding.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(finding.getByRole('alert')).toHaveText(
    'The retest date is in the future: record a retest that was done.',
  );
  await finding.getByLabel('Retested on').fill(today);
  await finding.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(finding.locator('.status-pill')).toHaveText('Resolved');
  await expect(finding).toContainText(
    `Fixed by: The clinic's MSP. Retest: winver shows Windows 11 Pro 24H2, on ${today} by Jo Tech.`,
  );

  // The next visit finds Windows 7 on the front desk again: a regression, open.
  await clinicPage(page);
  // Entered afresh, not carried from the last visit: the record is typed in again below.
  await page.getByLabel('Empty').check();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await expect(page.getByRole('article')).toHaveCount(2);
  await editAssessment(
    page,
    /^Assessment/,
    { Assessor: 'Ann Assessor', 'Start date': monthsAfter(today, 3) },
    'Second visit',
  );
  await addWindows7(page, 'Second visit');
  await open(page, 'Findings', 'Second visit');
  const regression = `Regression — resolved on the last visit (${today}, fixed by the clinic's MSP; retest: winver shows Windows 11 Pro 24H2 on ${today} by Jo Tech), found again now.`;
  await expect(osFinding(page)).toContainText(regression);
  await expect(osFinding(page).locator('.status-pill')).toHaveText('Open');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Changes since the previous visit' }).click();
  const regressions = page.getByRole('table', { name: 'Regressions' });
  await expect(regressions.getByRole('row', { name: /FRONTDESK-01 runs Windows 7/ })).toContainText(regression);
});
