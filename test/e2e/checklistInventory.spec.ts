import { expect, test } from './fixtures';

test('the checklist shows what the inventory already answers, and flags an answer it contradicts', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Checklist' }).click();
  await page
    .getByRole('navigation', { name: 'Checklist sections' })
    .getByRole('link', { name: /Networks and segmentation/ })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Networks and segmentation' })).toBeVisible();

  // Settled by the records: shown, with why, and not asked again.
  const flat = page.locator('[data-question="network.flat"]');
  await expect(flat).toContainText('From the inventory: Yes');
  await expect(flat).toContainText(
    '2 zones hold medical devices alongside 3 office PCs and guests: Clinic LAN, Staff Wi-Fi (bridged with Guest Wi-Fi).',
  );
  await expect(flat.getByRole('radiogroup')).toHaveCount(0);
  await expect(flat.getByRole('note')).toHaveCount(0);
  await expect(page.locator('[data-question="network.parent-reachable"]')).toContainText(
    'From the inventory: Planned — Once the planned link is in place: Parent corporate network → Clinic LAN (VPN, planned).',
  );

  // The practice manager's answer disagrees with the bridge the assessor tested.
  const guest = page.locator('[data-question="network.guest-wifi-isolated"]');
  await expect(guest.getByRole('note')).toHaveText('Your answer says Yes, the inventory shows No.');
  await expect(guest).toContainText(
    'From the inventory: No — Guest Wi-Fi reaches Clinic LAN, Staff Wi-Fi: Guest Wi-Fi → Clinic LAN (bridged).',
  );

  // What the records do not settle is still asked; settled questions count as answered.
  await expect(page.getByRole('radiogroup', { name: /Does a firewall separate/ })).toBeVisible();
  await expect(page.getByText(/^(\d+) of \1 answered$/)).toBeVisible();

  await flat.getByRole('link', { name: 'See the records in the inventory' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Networks', selected: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Guest Wi-Fi', exact: true })).toBeVisible();
});
