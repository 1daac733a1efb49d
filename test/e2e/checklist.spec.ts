import { expect, test, type Page } from './fixtures';
import { unlock } from './lockSteps';

async function newAssessment(page: Page, clinic: string): Promise<void> {
  await page.getByLabel('Clinic name').fill(clinic);
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByRole('link', { name: 'Open checklist' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Clinic profile' })).toBeVisible();
}

test('walk the checklist: answers save, follow-up questions appear, progress counts', async ({ app }) => {
  const { page } = app;
  await newAssessment(page, 'Maple Street Clinic');
  const progress = page.getByText(/of \d+ answered/);
  const before = await progress.textContent();

  await page.getByRole('spinbutton', { name: 'How many sites does the clinic operate?' }).fill('2');
  await page.getByRole('spinbutton', { name: 'How many staff work at the busiest site at the same time?' }).fill('14');
  await expect(page.getByRole('radiogroup', { name: 'Where is the EMR hosted?' })).toHaveCount(0);
  await page
    .getByRole('radiogroup', { name: 'Is an electronic medical record (EMR) system in use?' })
    .getByLabel('Yes')
    .check();
  const hosting = page.getByRole('radiogroup', { name: 'Where is the EMR hosted?' });
  await expect(hosting).toBeVisible();
  await hosting.getByLabel('Vendor cloud (SaaS)').check();
  await expect(progress).not.toHaveText(before ?? '');
  await expect(page.getByRole('link', { name: /Clinic profile/ }).getByLabel(/of \d+ answered/)).toHaveAttribute(
    'aria-label',
    '4 of 8 answered',
  );

  await page.getByRole('spinbutton', { name: 'How many sites does the clinic operate?' }).fill('0');
  await page.getByRole('spinbutton', { name: 'How many sites does the clinic operate?' }).blur();
  await expect(page.getByRole('alert')).toContainText('Enter at least 1.');
  await page.getByRole('spinbutton', { name: 'How many sites does the clinic operate?' }).fill('3');
  await page.getByRole('spinbutton', { name: 'How many sites does the clinic operate?' }).blur();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByRole('link', { name: 'Next: Endpoints and OS versions →' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Endpoints and OS versions' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Checklist sections' })
    .getByRole('link', { name: /Wireless and RF/ })
    .click();
  await page
    .getByRole('radiogroup', { name: 'What security does the staff Wi-Fi use?' })
    .getByLabel('WEP or open')
    .check();
  await page
    .getByRole('radiogroup', { name: /medical devices .* connect over Wi-Fi/ })
    .getByLabel('Yes')
    .check();
  await expect(page.getByRole('radiogroup', { name: 'Are those devices on their own SSID and VLAN?' })).toBeVisible();
  await page
    .getByRole('radiogroup', { name: 'What security does the staff Wi-Fi use?' })
    .getByLabel('No Wi-Fi')
    .check();
  await expect(page.getByRole('radiogroup', { name: 'Are those devices on their own SSID and VLAN?' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Lock' }).click();
  await unlock(page);
  await page
    .getByRole('navigation', { name: 'Checklist sections' })
    .getByRole('link', { name: /Clinic profile/ })
    .click();
  await expect(page.getByRole('spinbutton', { name: 'How many sites does the clinic operate?' })).toHaveValue('3');
  await expect(
    page.getByRole('radiogroup', { name: 'Where is the EMR hosted?' }).getByLabel('Vendor cloud (SaaS)'),
  ).toBeChecked();
});

test('a note and a "not known" answer are kept', async ({ app }) => {
  const { page } = app;
  await newAssessment(page, 'Willow Clinic');
  const incidents = page.locator('[data-question="profile.prior-incidents"]');
  await incidents.getByLabel('Not known').check();
  await incidents.getByText('Note', { exact: true }).click();
  await incidents.getByLabel(/^Note on:/).fill('Manager new since spring; will ask the owner.');
  await incidents.getByLabel(/^Note on:/).blur();
  await expect(incidents.getByRole('status')).toHaveText('All changes saved');
  await page.reload();
  await unlock(page);
  await expect(page.locator('[data-question="profile.prior-incidents"]').getByLabel('Not known')).toBeChecked();
  await expect(page.locator('[data-question="profile.prior-incidents"]').getByLabel(/^Note on:/)).toHaveValue(
    'Manager new since spring; will ask the owner.',
  );
});

test('the checklist area lists assessments to open', async ({ app }) => {
  const { page } = app;
  await newAssessment(page, 'Aspen Clinic');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Checklist' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Choose an assessment' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Aspen Clinic/ })).toBeVisible();
  await page
    .getByRole('row', { name: /Aspen Clinic/ })
    .getByRole('link')
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Clinic profile' })).toBeVisible();
});
