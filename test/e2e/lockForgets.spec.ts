/**
 * Locking forgets: after a manual lock, the idle lock or a passphrase change, the page's
 * heap holds no decrypted record, no data key and no vault.
 *
 * The canaries are typed once, saved, and then the page is reloaded and unlocked: in the
 * page whose heap is inspected they exist only because the vault decrypted them. Each
 * test first checks that a snapshot taken while unlocked does find them, the key and the
 * vault (so the search works), then locks and checks that none of them is left.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from './fixtures';
import { takeHeapSnapshot, type HeapSnapshot } from './heapSnapshot';
import { PASSPHRASE, unlock } from './lockSteps';

/** The vault's own properties: the build minifies its class name, not these. */
const VAULT = { properties: ['db', 'device', 'clock', 'opened'] } as const;
const KEY = { native: 'CryptoKey' } as const;
/** Key derivation and heap snapshots are slow on a busy machine; nothing here measures time. */
const SLOW = { timeout: 60_000 };

test.setTimeout(300_000);

interface Canaries {
  clinic: string;
  contacts: string;
}

/** Saves a clinic holding canaries, then reloads and unlocks so they come back only by decryption, and shows them. */
async function decryptCanaries(page: Page): Promise<Canaries> {
  const canaries = { clinic: `Canary clinic ${randomUUID()}`, contacts: `Canary contact ${randomUUID()}` };
  await page.getByRole('link', { name: 'Clinics', exact: true }).click();
  await page.getByLabel('Clinic name').fill(canaries.clinic);
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await page.getByLabel('Contacts').fill(canaries.contacts);
  await expect(page.getByRole('status').first()).toHaveText('All changes saved');
  await page.reload();
  await unlock(page);
  // The route survives the reload: the clinic is on screen again, read back from the database.
  // (Compared here rather than in a locator, so the canaries are never sent into the page.)
  await expect(page.getByLabel('Contacts')).toBeVisible(SLOW);
  expect(await page.getByLabel('Contacts').inputValue()).toBe(canaries.contacts);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(canaries.clinic);
  return canaries;
}

function expectHeld(heap: HeapSnapshot, canaries: Canaries): void {
  expect(heap.holdsText(canaries.clinic), 'the clinic name while unlocked').toBe(true);
  expect(heap.holdsText(canaries.contacts), 'the contacts while unlocked').toBe(true);
  expect(heap.count(KEY), 'the data key while unlocked').toBeGreaterThan(0);
  expect(heap.count(VAULT), 'the vault while unlocked').toBe(1);
}

function expectForgotten(heap: HeapSnapshot, canaries: Canaries): void {
  expect(heap.holdsText(canaries.clinic), 'the clinic name after locking').toBe(false);
  expect(heap.holdsText(canaries.contacts), 'the contacts after locking').toBe(false);
  expect(heap.count(KEY), `keys after locking:\n${heap.whatHolds(KEY)}`).toBe(0);
  expect(heap.count(VAULT), `vaults after locking:\n${heap.whatHolds(VAULT)}`).toBe(0);
}

const locked = (page: Page) =>
  expect(page.getByRole('heading', { level: 1, name: 'Clinic Assessor is locked' })).toBeVisible(SLOW);

test('the Lock button leaves no decrypted record, key or vault in the page', async ({ app }) => {
  const { page } = app;
  const canaries = await decryptCanaries(page);
  expectHeld(await takeHeapSnapshot(page), canaries);
  await page.getByRole('button', { name: 'Lock' }).click();
  await locked(page);
  expectForgotten(await takeHeapSnapshot(page), canaries);
});

test('the idle lock leaves no decrypted record, key or vault in the page', async ({ app }) => {
  const { page } = app;
  // Installed before the reload in decryptCanaries, so the unlocked app's idle timer runs on this clock.
  await page.clock.install();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Lock automatically after').selectOption({ label: '1 minute without activity' });
  await expect(page.getByLabel('Lock automatically after')).toHaveValue('1');
  const canaries = await decryptCanaries(page);
  expectHeld(await takeHeapSnapshot(page), canaries);
  await page.clock.fastForward('01:05');
  await locked(page);
  expectForgotten(await takeHeapSnapshot(page), canaries);
});

test('a passphrase change locks, leaving no decrypted record, key, vault or passphrase in the page', async ({
  app,
}) => {
  const { page } = app;
  const canaries = await decryptCanaries(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  expectHeld(await takeHeapSnapshot(page), canaries);
  const next = `new passphrase ${randomUUID()}`;
  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill(next);
  await page.getByLabel('Confirm new passphrase').fill(next);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await locked(page);
  await expect(page.getByRole('status')).toHaveText('Passphrase changed. Unlock with the new one.');
  const heap = await takeHeapSnapshot(page);
  expectForgotten(heap, canaries);
  expect(heap.holdsText(next), 'the new passphrase after the change').toBe(false);
  expect(heap.holdsText(PASSPHRASE), 'the old passphrase after the change').toBe(false);
  await unlock(page, next);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible(SLOW);
});
