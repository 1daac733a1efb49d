/**
 * The arrow keys on the Inventory tabs: every press moves one tab, and the focus stays on the
 * tabs. Run on a slowed CPU too: two quick presses once moved one tab (Radix moved the focus in
 * a timer, so the second press started from the old tab; see renderer/components/tabKeys.ts).
 */
import { expect, test } from './fixtures';
import { openNewAssessmentInventory } from './inventorySteps';

test('the arrow keys move between the Inventory tabs and the focus stays on the tabs', async ({ app }) => {
  const { page } = app;
  await openNewAssessmentInventory(page);
  const assets = page.getByRole('tab', { name: 'Assets' });
  await assets.focus();
  await page.keyboard.press('ArrowRight');
  const networks = page.getByRole('tab', { name: 'Networks' });
  await expect(networks).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/\/networks$/);
  await expect(page.getByRole('button', { name: 'Add network' })).toBeVisible();
  await expect(networks).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Vendor access' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Vendor access' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(assets).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Inventory', level: 1 })).not.toBeFocused();
  // Going to another page still takes the focus to its heading.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Findings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
