import path from 'node:path';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import AxeBuilder from '@axe-core/playwright';
import { nmapScanXml } from '../support/nmapGenerator';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { openNewAssessmentInventory } from './inventorySteps';

const HOSTS = 10_000;
// Generous for 10,000 rows on a busy machine; most of the time goes to reading and saving the scan.
const slow = { timeout: 180_000 };

/** How many rows the page holds for a table: only those in view (and a few more), whatever its length. */
const renderedRows = (table: Locator) => table.locator('tbody tr[aria-rowindex]').count();

test('a 10,000-host scan: every host reachable in the review and the inventory, with only the rows in view rendered', async ({
  app,
}) => {
  test.setTimeout(600_000);
  const page = app.page;
  const file = path.join(app.dir, 'large-scan.xml');
  await pipeline(Readable.from(nmapScanXml(HOSTS, { lean: true })), createWriteStream(file));
  await openNewAssessmentInventory(page);
  app.dialogAnswers.open = file;
  await page.getByRole('button', { name: 'Import nmap scan…' }).click();

  // Every host is in the review: counted, and in aria-rowcount (with the header row), but only a window is rendered.
  const review = page.getByLabel('Scan review');
  await expect(review).toContainText('10,000 hosts scanned, 10,000 up: 10,000 new', slow);
  await expect(review.getByRole('status')).toHaveText('10,000 hosts, 10,000 chosen for import');
  const hosts = review.getByRole('table', { name: 'Hosts in the scan' });
  await expect(hosts).toHaveAttribute('aria-rowcount', String(HOSTS + 1));
  expect(await renderedRows(hosts)).toBeLessThan(200);
  const axe = await new AxeBuilder({ page })
    .include('[aria-label="Scan review"]')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The last host is found by the search.
  const search = review.getByLabel('Search hosts');
  await search.fill('host-9999');
  await expect(review.getByRole('status')).toHaveText('1 of 10,000 hosts, 10,000 chosen for import');
  await expect(hosts.getByRole('row')).toHaveCount(2);
  await expect(hosts.getByRole('row', { name: /host-9999\b/ })).toContainText('10.20.39.15');
  await search.fill('');

  // Sorting by host name, then the other way: numbers in names sort as numbers.
  const hostHeader = hosts.getByRole('columnheader', { name: 'Host' });
  await expect(hostHeader).toHaveAttribute('aria-sort', 'none');
  await hostHeader.getByRole('button').click();
  await expect(hostHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(hosts.locator('tbody tr[aria-rowindex="3"]')).toContainText('host-1');
  await hostHeader.getByRole('button').press('Enter');
  await expect(hostHeader).toHaveAttribute('aria-sort', 'descending');
  const firstRow = hosts.locator('tbody tr[aria-rowindex="2"]');
  await expect(firstRow).toContainText('host-9999');
  await hostHeader.getByRole('button').press('Space');
  await expect(hostHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(firstRow).toContainText('host-0');

  // By keyboard: into the rows, End to the last host (scrolled into view), up one, Space leaves it out.
  await firstRow.getByRole('rowheader').click();
  await expect(firstRow).toBeFocused();
  await page.keyboard.press('End');
  const last = hosts.getByRole('row', { name: /host-9999\b/ });
  await expect(last).toBeFocused();
  await expect(last).toHaveAttribute('aria-rowindex', String(HOSTS + 1));
  await expect(last).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(hosts.getByRole('row', { name: /host-9998\b/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(hosts.getByLabel('Import host-9998', { exact: true })).not.toBeChecked();
  await expect(review.getByRole('status')).toHaveText('10,000 hosts, 9,999 chosen for import');
  expect(await renderedRows(hosts)).toBeLessThan(200);
  await page.keyboard.press('Home');
  await expect(firstRow).toBeFocused();

  await review.getByRole('button', { name: 'Import 9,999 devices' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported large-scan.xml: 9,999 new devices, 0 updated, 40 networks added.',
    slow,
  );

  // The inventory holds them all and renders a window of them; the last is reached by search and by keyboard.
  const inventory = page.getByRole('tabpanel');
  const assets = inventory.getByRole('table', { name: 'Assets' });
  await expect(inventory.getByText('9999 of 9999 assets')).toBeVisible();
  await expect(assets).toHaveAttribute('aria-rowcount', String(HOSTS));
  expect(await renderedRows(assets)).toBeLessThan(200);
  await inventory.getByLabel('Search assets').fill('host-9999');
  await expect(inventory.getByText('1 of 9999 assets')).toBeVisible();
  await expect(assets.getByRole('row', { name: /host-9999\b/ })).toContainText('10.20.39.15');
  await inventory.getByLabel('Search assets').fill('');
  // The first cell holds the row's tick box; a click on the name puts the focus on the row.
  await assets.locator('tbody tr[aria-rowindex="2"] td').nth(1).click();
  await page.keyboard.press('End');
  const lastAsset = assets.getByRole('row', { name: /host-9999\b/ });
  await expect(lastAsset).toBeFocused();
  await expect(lastAsset).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Edit asset: host-9999' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  const axeInventory = await new AxeBuilder({ page })
    .include('[role="tabpanel"]')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(axeInventory.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
