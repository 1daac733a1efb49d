import { expect, test } from './fixtures';
import { makeTempDir } from '../support/tempDir';
import { setUpPassphrase, unlock } from './lockSteps';
import { killProfileProcesses, launchWithProfile } from './persistentApp';

test.describe.configure({ timeout: 120_000 });

test('killing the browser in the middle of a burst of edits leaves a consistent database', async ({ server }) => {
  const { dir: profile, cleanup } = await makeTempDir('clinic-assessor-crash-');
  try {
    const first = await launchWithProfile(profile, `${server.url}/`);
    await setUpPassphrase(first.page);
    await first.page.getByLabel('Clinic name').fill('Harbourview');
    await first.page.getByRole('button', { name: 'Create clinic' }).click();
    const name = first.page.getByLabel('Clinic name');
    const address = first.page.getByLabel('Address');
    await expect(address).toBeVisible();
    // A burst of edits, each field left with Tab so every edit is saved at once; the plug is pulled mid-stream.
    let edits = 0;
    const burst = (async () => {
      for (let i = 1; i < 10_000; i++) {
        await name.fill(`Harbourview ${i}`);
        await name.press('Tab');
        await address.fill(`${i} Quay Street`);
        await address.press('Tab');
        edits = i;
      }
    })().catch(() => undefined);
    await expect.poll(() => edits, { timeout: 20_000 }).toBeGreaterThan(5);
    expect(killProfileProcesses(profile)).toBeGreaterThan(0);
    await burst;
    await first.context.close().catch(() => undefined);

    const second = await launchWithProfile(profile, `${server.url}/`);
    await unlock(second.page);
    const link = second.page.getByRole('table').getByRole('link');
    await expect(link).toHaveCount(1);
    const savedName = (await link.textContent()) ?? '';
    await link.click();
    await expect(second.page.getByRole('alert')).toHaveCount(0);
    // Whatever landed is a whole state the form went through: name and address from the same or neighbouring edits.
    const n = Number(/^Harbourview (\d+)$/.exec(savedName)?.[1]);
    const a = Number(/^(\d+) Quay Street$/.exec(await second.page.getByLabel('Address').inputValue())?.[1]);
    expect(n).toBeGreaterThan(0);
    expect(a).toBeGreaterThanOrEqual(n - 1);
    expect(a).toBeLessThanOrEqual(n);
    await expect(second.page.getByLabel('Clinic name')).toHaveValue(savedName);
    await second.context.close();
  } finally {
    await cleanup();
  }
});
