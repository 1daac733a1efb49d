import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { flatText } from '../support/pdfTools';
import { expect, test } from './fixtures';
import { addRecord, openNewAssessmentInventory } from './inventorySteps';

test('admin holders and email answers entered through the UI become findings, and the report prints the register', async ({
  app,
}) => {
  const { page } = app;
  await openNewAssessmentInventory(page);

  // Inventory › Admin access: the seller's office manager who left, still on the firewall; the MSP's shared domain admin.
  await addRecord(page, 'Admin access', 'admin holder', async (dialog) => {
    await dialog.getByLabel('System').selectOption({ label: 'Firewall' });
    await dialog.getByLabel('Which one').fill('SonicWall TZ370');
    await dialog.getByLabel('Person holding the access').fill('Maria Okafor');
    await dialog.getByLabel('Works for').selectOption({ label: 'The seller (former owner)' });
    await dialog.getByLabel('Still works there').selectOption('No');
    await dialog.getByLabel('Multi-factor authentication').selectOption('No');
    await dialog.getByLabel('Account type').selectOption({ label: 'Personal' });
  });
  await addRecord(page, 'Admin access', 'admin holder', async (dialog) => {
    await dialog.getByLabel('System').selectOption({ label: 'Windows domain / directory' });
    await dialog.getByLabel('Person holding the access').fill('admin (BrightDesk technicians)');
    await dialog.getByLabel('Works for').selectOption({ label: "The clinic's MSP" });
    await dialog.getByLabel('Still works there').selectOption('Yes');
    await dialog.getByLabel('Multi-factor authentication').selectOption('No');
    await dialog.getByLabel('Account type').selectOption({ label: 'Shared' });
  });
  const leaver = page.getByRole('row', { name: /Maria Okafor/ });
  await expect(leaver).toContainText('Seller');
  await expect(leaver).toContainText('Left');
  await expect(leaver).toContainText('SonicWall TZ370');
  await expect(page.getByRole('row', { name: /BrightDesk/ })).toContainText('MSP');
  await expect(page.getByRole('row', { name: /BrightDesk/ })).toContainText('Shared');
  // Plain labels, never the stored values.
  await expect(page.getByRole('table')).not.toContainText('email-tenant');
  await expect(page.getByRole('table')).not.toContainText('seller');

  // Checklist › Identity and email: Microsoft 365 without MFA enforced, DMARC at p=none.
  await page.getByRole('link', { name: 'Checklist', exact: true }).last().click();
  await page
    .getByRole('navigation', { name: 'Checklist sections' })
    .getByRole('link', { name: /Identity and email/ })
    .click();
  await page
    .getByRole('radiogroup', { name: /Where is the clinic's email hosted/ })
    .getByLabel('Microsoft 365')
    .check();
  await page
    .getByRole('radiogroup', { name: /Is multi-factor authentication enforced for every mailbox/ })
    .getByLabel('No', { exact: true })
    .check();
  await page
    .getByRole('radiogroup', { name: /What DMARC policy/ })
    .getByLabel('p=none (monitoring only)')
    .check();
  await expect(
    page.getByRole('radiogroup', { name: /What DMARC policy/ }).getByLabel('p=none (monitoring only)'),
  ).toBeChecked();

  // Findings, live, with who and what.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Findings' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Assessment/ })
    .click();
  const finding = (title: string) =>
    page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(finding('Departed staff still hold admin access')).toContainText('critical');
  await expect(finding('Departed staff still hold admin access')).toContainText(
    "Maria Okafor, the seller's staff, on the firewall (SonicWall TZ370): no longer works there and still holds admin access",
  );
  await expect(finding('Shared admin account')).toContainText('high');
  await expect(finding('Shared admin account')).toContainText(
    "admin (BrightDesk technicians), the clinic's MSP, on the Windows domain",
  );
  await expect(finding('The MSP holds standing admin access')).toContainText('high');
  await expect(finding('Email without enforced MFA')).toContainText('high');
  await expect(finding("Others can send email as the clinic's domain")).toContainText('medium');
  await expect(finding("Others can send email as the clinic's domain")).toContainText('p=none');

  // The clinic report: the chapter with the register and the email answers, and the findings.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: /Assessment/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic report' })).toBeVisible();
  const file = path.join(app.dir, 'birchwood.pdf');
  app.dialogAnswers.save = file;
  await page.getByRole('button', { name: 'Save clinic report…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved birchwood.pdf.', {
    timeout: 60_000,
  });
  const text = flatText(new Uint8Array(await readFile(file)));
  const chapter = text.slice(text.lastIndexOf('Identity and administration'));
  expect(chapter).toContain('Admin register');
  expect(chapter).toContain('Maria Okafor');
  expect(chapter).toContain('No, left');
  expect(chapter).toContain('admin (BrightDesk technicians)');
  expect(chapter).toContain('p=none (monitoring only)');
  expect(text).toContain('Departed staff still hold admin access');
  expect(text).toContain('Email without enforced MFA');
});
