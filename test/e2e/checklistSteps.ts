import type { Page } from '@playwright/test';

/** A new clinic and assessment, opened at the checklist's connectivity section: its Bandwidth panel. */
export async function openBandwidthPanel(page: Page, clinicName = 'Birchwood Clinic') {
  await page.getByLabel('Clinic name').fill(clinicName);
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByRole('link', { name: 'Open checklist' }).click();
  await page
    .getByRole('navigation', { name: 'Checklist sections' })
    .getByRole('link', { name: /Connectivity and bandwidth/ })
    .click();
  return page.getByRole('complementary', { name: /Bandwidth/ });
}
