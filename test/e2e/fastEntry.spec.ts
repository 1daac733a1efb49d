/**
 * The same reference clinic entered twice: the old way, one full form per device, and the
 * fast way, with duplicates, a bulk edit and Enter to go on. Every click, fill, choice and key
 * press is counted; both end with the same inventory, and the fast way takes at most half.
 */
import type { Locator, Page } from '@playwright/test';
import { ActionCounter } from './actionCounter';
import { expect, test } from './fixtures';
import { openNewAssessmentInventory } from './inventorySteps';
import {
  assetDefaults,
  assetFieldOrder,
  networks,
  others,
  pcs,
  pumps,
  referenceDevices,
  selectLabels,
  type AssetLabel,
  type Device,
} from './referenceClinic';

test.describe.configure({ mode: 'serial' });

type Inventory = Record<string, Record<string, string>>;
const results: { old?: { actions: number; inventory: Inventory }; fast?: { actions: number; inventory: Inventory } } =
  {};

/** Goes down the form, setting each field the device has where the form shows something else. */
async function enterDevice(a: ActionCounter, dialog: Locator, device: Device, skip: readonly AssetLabel[] = []) {
  for (const label of assetFieldOrder) {
    if (skip.includes(label)) continue;
    const control = dialog.getByLabel(label, { exact: true });
    await a.set(control, device[label] ?? assetDefaults[label], selectLabels.has(label), assetDefaults[label]);
  }
}

async function enterNetworks(a: ActionCounter, page: Page, fast: boolean) {
  await a.click(page.getByRole('tab', { name: 'Networks' }));
  await a.click(page.getByRole('button', { name: 'Add network' }));
  const dialog = page.getByRole('dialog', { name: 'Add network' });
  for (const [i, network] of networks.entries()) {
    if (i > 0 && !fast) await a.click(page.getByRole('button', { name: 'Add network' }));
    await a.fill(dialog.getByLabel('Name', { exact: true }), network.name);
    await a.set(dialog.getByLabel('Purpose'), network.purpose, true, 'Corporate / office');
    if (fast && i < networks.length - 1) {
      await a.press(dialog.getByLabel('Name', { exact: true }), 'Enter');
      await expect(dialog.getByRole('status')).toContainText(`Saved ${network.name}.`);
    } else {
      await a.click(dialog.getByRole('button', { name: 'Save', exact: true }));
      await expect(dialog).toBeHidden();
    }
  }
  await a.click(page.getByRole('tab', { name: 'Assets' }));
}

/** Every field each device's edit form shows, read back from the screen. */
async function readInventory(page: Page): Promise<Inventory> {
  await expect(page.getByRole('status').filter({ hasText: /assets$/ })).toHaveText(
    `${referenceDevices.length} of ${referenceDevices.length} assets`,
  );
  const inventory: Inventory = {};
  const search = page.getByLabel('Search assets');
  for (const { 'Name or hostname': name } of referenceDevices) {
    await search.fill(name);
    await page.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Edit asset: ${name}` });
    await expect(dialog.getByLabel('Name or hostname')).toHaveValue(name);
    inventory[name] = await dialog.evaluate((root) => {
      const out: Record<string, string> = {};
      for (const el of root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
        'input, select, textarea',
      )) {
        const label = el.id
          ? root.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent
          : el.closest('label')?.textContent;
        const group = el.closest('fieldset.field')?.querySelector('legend')?.textContent;
        const key = [group, label].filter(Boolean).join(' / ');
        out[key] =
          el instanceof HTMLInputElement && el.type === 'checkbox'
            ? String(el.checked)
            : el instanceof HTMLSelectElement
              ? (el.selectedOptions[0]?.textContent ?? '')
              : el.value;
      }
      return out;
    });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  }
  await search.fill('');
  return inventory;
}

test('the old way: one full form per device', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await openNewAssessmentInventory(page, 'Reference Clinic');
  const a = new ActionCounter();
  await enterNetworks(a, page, false);
  for (const device of referenceDevices) {
    await a.click(page.getByRole('button', { name: 'Add asset' }));
    const dialog = page.getByRole('dialog', { name: 'Add asset' });
    await enterDevice(a, dialog, device);
    await a.click(dialog.getByRole('button', { name: 'Save', exact: true }));
    await expect(dialog).toBeHidden();
  }
  results.old = { actions: a.count, inventory: await readInventory(page) };
});

test('the fast way: duplicate, edit the selected rows at once, Enter to go on', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await openNewAssessmentInventory(page, 'Reference Clinic');
  const a = new ActionCounter();
  await enterNetworks(a, page, true);
  const add = page.getByRole('dialog', { name: 'Add asset' });
  const save = add.getByRole('button', { name: 'Save', exact: true });

  // One PC, then eight copies of it; where they stand and who patches them set on all nine at once.
  await a.click(page.getByRole('button', { name: 'Add asset' }));
  await enterDevice(a, add, pcs[0]!, ['Physical access', 'Patched by']);
  await a.click(save);
  await a.click(page.getByRole('button', { name: 'Duplicate Exam PC 1' }));
  await a.fill(page.getByRole('dialog').getByLabel(/How many copies/), String(pcs.length - 1));
  await a.click(page.getByRole('dialog').getByRole('button', { name: 'Add copies' }));
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText('Added Exam PC 2 to Exam PC 9.');
  await expect(page.getByRole('dialog')).toBeHidden();
  await a.fill(page.getByLabel('Search assets'), 'Exam PC');
  await a.check(page.getByLabel(`Select all ${pcs.length} shown`));
  for (const label of ['Physical access', 'Patched by'] as const) {
    await a.click(page.getByRole('button', { name: `Edit ${pcs.length} selected` }));
    const bulk = page.getByRole('dialog', { name: `Edit ${pcs.length} selected assets` });
    await a.select(bulk.getByLabel('Field to set'), label);
    await a.select(bulk.getByLabel(label, { exact: true }), pcs[0]![label]!);
    await a.click(bulk.getByRole('button', { name: `Apply to ${pcs.length} assets` }));
    await expect(bulk).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Changed' })).toHaveText(`Changed ${pcs.length} assets.`);
  }
  await a.fill(page.getByLabel('Search assets'), '');
  await expect(page.getByRole('status').filter({ hasText: /assets$/ })).toHaveText('9 of 9 assets');

  // One pump, then two copies.
  await a.click(page.getByRole('button', { name: 'Add asset' }));
  await enterDevice(a, add, pumps[0]!);
  await a.click(save);
  await a.click(page.getByRole('button', { name: 'Duplicate Infusion pump 1' }));
  await a.fill(page.getByRole('dialog').getByLabel(/How many copies/), String(pumps.length - 1));
  await a.click(page.getByRole('dialog').getByRole('button', { name: 'Add copies' }));
  await expect(page.getByRole('status').filter({ hasText: /assets$/ })).toHaveText('12 of 12 assets');

  // The rest one after the other: Enter saves each and opens the next, keeping kind, network, location and OS.
  await a.click(page.getByRole('button', { name: 'Add asset' }));
  for (const [i, device] of others.entries()) {
    await enterDevice(a, add, device);
    if (i === others.length - 1) {
      await a.click(save);
      await expect(add).toBeHidden();
    } else {
      await a.press(add.getByLabel('IP address'), 'Enter');
      await expect(add.getByRole('status')).toContainText(`Saved ${device['Name or hostname']}.`);
      await expect(add.getByLabel('Name or hostname')).toBeFocused();
      await expect(add.getByLabel('Name or hostname')).toHaveValue('');
    }
  }
  results.fast = { actions: a.count, inventory: await readInventory(page) };
});

test('both ways end with the same inventory, and the fast way takes at most half the actions', () => {
  const { old, fast } = results;
  expect(old && fast, 'both ways ran').toBeTruthy();
  expect(fast!.inventory).toEqual(old!.inventory);
  expect(Object.keys(old!.inventory)).toHaveLength(18);
  console.log(`Actions: ${old!.actions} the old way, ${fast!.actions} the fast way.`);
  expect(fast!.actions * 2).toBeLessThanOrEqual(old!.actions);
});
