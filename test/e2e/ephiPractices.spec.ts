import { expect, test } from './fixtures';
import { addRecord, openNewAssessmentInventory } from './inventorySteps';
import { clinicReportText } from './reportSteps';

/** An ISO date `years` years and a month before today: safely more than a year back. */
function yearsAgo(years: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years, d.getUTCMonth() - 1, 1);
  return d.toISOString().slice(0, 10);
}

test('a patient data store and a practice in place for over a year are recorded and the clinic report covers them', async ({
  app,
}) => {
  const { page } = app;
  await openNewAssessmentInventory(page);

  // The empty tab says why it matters.
  await page.getByRole('tab', { name: 'Patient data', exact: true }).click();
  await expect(page.getByText('A HIPAA risk analysis starts from where electronic patient data lives')).toBeVisible();

  // The device the imaging archive lives on, then the archive on it.
  await addRecord(page, 'Assets', 'asset', async (dialog) => {
    await dialog.getByLabel('Name or hostname').fill('XRAY-ACQ');
  });
  await addRecord(page, 'Patient data', 'patient data store', async (dialog) => {
    await dialog.getByLabel('Name', { exact: true }).fill('X-ray image archive');
    await dialog.getByLabel('Kind').selectOption({ label: 'Imaging (PACS, device storage)' });
    await dialog.getByLabel('Where it is').fill('D: drive, X-ray room');
    await dialog.getByLabel('Lives on').selectOption({ label: 'XRAY-ACQ' });
    await dialog.getByLabel('How much').fill('6 years of studies');
    await dialog.getByLabel('Encryption at rest').selectOption({ label: 'Not encrypted' });
    await dialog.getByLabel('Backup').selectOption({ label: 'Not backed up' });
  });
  await addRecord(page, 'Patient data', 'patient data store', async (dialog) => {
    await dialog.getByLabel('Name', { exact: true }).fill('USB backup disk');
    await dialog.getByLabel('Kind').selectOption({ label: 'Backups' });
    await dialog.getByLabel('Assessed in this visit').uncheck();
  });
  const archive = page.getByRole('row', { name: /X-ray image archive/ });
  await expect(archive).toContainText('Imaging');
  await expect(archive).toContainText('on XRAY-ACQ');
  await expect(archive).toContainText('None');
  await expect(page.getByRole('row', { name: /USB backup disk/ })).toContainText('No');

  // The assessor's own High finding on endpoints: open against endpoint protection and vulnerability management.
  const main = page.getByRole('navigation', { name: 'Main' });
  await main.getByRole('link', { name: 'Findings' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Assessment/ })
    .click();
  await page.getByRole('button', { name: 'Add a finding' }).click();
  const finding = page.getByRole('dialog', { name: 'Add a finding' });
  await finding.getByLabel('Title').fill('Patches not installed for two years');
  await finding.getByLabel('Area').selectOption({ label: 'Endpoints and OS' });
  await finding.getByLabel('What was seen').fill('The front-desk PCs last installed updates in 2024.');
  await finding.getByLabel('Likelihood').selectOption({ label: '3 · Likely' });
  await finding.getByLabel('Impact').selectOption({ label: '3 · Major' });
  await finding.getByLabel('Reason for the rating').fill('Known exploited flaws on PCs that open patient records.');
  await finding.getByRole('button', { name: 'Save finding' }).click();
  await expect(finding).toBeHidden();
  await main.getByRole('link', { name: 'Inventory' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Assessment/ })
    .click();

  // HICP practices: email protection in place for over a year, access management only since last month.
  await page.getByRole('tab', { name: 'HICP practices', exact: true }).click();
  await expect(page.getByText('Public Law 116-321')).toBeVisible();
  await page.getByLabel('State of 1. Email protection systems').selectOption({ label: 'In place' });
  const since = page.getByLabel('1. Email protection systems in place since');
  await since.fill(yearsAgo(2));
  await page.getByLabel('What shows 1. Email protection systems').fill('Defender for Office 365 console');
  await page.getByLabel('What shows 1. Email protection systems').blur();
  await page.getByLabel('State of 3. Access management').selectOption({ label: 'Partly in place' });
  const email = page.getByRole('row', { name: /1\. Email protection systems/ });
  await expect(email.getByText('Yes', { exact: true })).toBeVisible();
  // "12 months" rests on the date the clinic states, and the tab says what HHS expects to see.
  await expect(page.getByRole('columnheader', { name: '12 months or more (as stated)' })).toBeVisible();
  await expect(page.getByText('HHS expects documented evidence')).toBeVisible();
  // Vulnerability management stated in place for years, with the High finding open against it.
  await page.getByLabel('State of 7. Vulnerability management').selectOption({ label: 'In place' });
  await page.getByLabel('7. Vulnerability management in place since').fill(yearsAgo(3));
  await page.getByLabel('7. Vulnerability management in place since').blur();
  const vulnerability = page.getByRole('row', { name: /7\. Vulnerability management/ });
  await expect(vulnerability.getByText('Yes', { exact: true })).toBeVisible();
  await expect(vulnerability.getByText('— but 1 open High or Critical finding', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'In place 12 months or more' })).toContainText(
    'as stated by the clinic: 2 of 10',
  );
  // A date after today is refused with a sentence, and nothing changes.
  await page.getByLabel('2. Endpoint protection systems in place since').fill('2999-01-01');
  await page.getByLabel('2. Endpoint protection systems in place since').blur();
  await expect(page.getByRole('alert')).toContainText('cannot be after today');
  // Kept after leaving and coming back.
  await page.getByRole('tab', { name: 'Assets', exact: true }).click();
  await page.getByRole('tab', { name: 'HICP practices', exact: true }).click();
  await expect(page.getByLabel('1. Email protection systems in place since')).toHaveValue(yearsAgo(2));
  await expect(page.getByLabel('State of 3. Access management')).toHaveValue('partial');
  await expect(page.getByLabel('2. Endpoint protection systems in place since')).toHaveValue('');

  // The clinic report: the stores, what was covered, and the practice in place 12 months or more.
  const text = await clinicReportText(page, app.dialogAnswers, app.dir, 'coverage.pdf');
  const chapter = text.slice(text.lastIndexOf('Patient data and practices'));
  expect(chapter).toContain('The assessment covered 1 of the 2 places where patient data lives.');
  expect(chapter).toContain('Not covered, so outside what this report can say: USB backup disk.');
  expect(chapter).toMatch(
    /X-ray image archive 6 years of studies Imaging \(PACS, device storage\) D: drive, X-ray room On XRAY-ACQ Not encrypted Not backed up Yes/,
  );
  expect(chapter).toContain(`1. Email protection systems In place ${yearsAgo(2)} Yes`);
  expect(chapter).toMatch(/3\. Access management Partly in place — No/);
  expect(chapter).toContain('2 of the ten practices had been in place for 12 months or more');
  expect(chapter).toContain('as stated by the clinic');
  expect(chapter).toContain('HHS expects documented evidence that a practice was in place for the prior 12 months.');
  expect(chapter).toMatch(/7\. Vulnerability management In place \S+ Yes — but 1 open High or/);
});
