import { expect, test } from './fixtures';
import { makeTempDir } from '../support/tempDir';
import { PASSPHRASE, setUpPassphrase, unlock } from './lockSteps';
import { filesContaining, launchWithProfile } from './persistentApp';

test.describe.configure({ timeout: 120_000 });

test('a stolen browser profile reveals nothing of a clinic, and the right passphrase brings it back', async ({
  server,
}) => {
  const { dir: profile, cleanup } = await makeTempDir('clinic-assessor-profile-');
  const canary = `Canary${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const control = `Control${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
  try {
    const first = await launchWithProfile(profile, `${server.url}/`);
    await setUpPassphrase(first.page);
    await first.page.getByLabel('Clinic name').fill(`${canary} Family Clinic`);
    await first.page.getByRole('button', { name: 'Create clinic' }).click();
    await first.page.getByLabel('Address').fill(`1 ${canary} Road, Springfield`);
    await first.page.getByLabel('Contacts').fill(`Dr ${canary}, 555-0100`);
    await expect(first.page.getByRole('status').first()).toHaveText('All changes saved');
    // Positive control: the same kind of text stored unencrypted in IndexedDB must be found by the scan.
    await first.page.evaluate(
      (text) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('scan-control', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('plain');
          request.onsuccess = () => {
            const tx = request.result.transaction('plain', 'readwrite');
            tx.objectStore('plain').put({ name: `${text} Family Clinic`, wide: `${text} Zürich Łódź` }, 1);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      control,
    );
    await first.context.close();

    expect(await filesContaining(profile, control), 'the scan must find unencrypted text').not.toEqual([]);
    expect(await filesContaining(profile, canary)).toEqual([]);

    const second = await launchWithProfile(profile, `${server.url}/`);
    await unlock(second.page, 'not the passphrase at all');
    await expect(second.page.getByRole('alert')).toHaveText(
      'That passphrase does not unlock Clinic Assessor on this computer. Check it (and Caps Lock) and try again.',
    );
    await unlock(second.page, PASSPHRASE);
    await expect(second.page.getByRole('link', { name: `${canary} Family Clinic` })).toBeVisible();
    await second.page.getByRole('link', { name: `${canary} Family Clinic` }).click();
    await expect(second.page.getByLabel('Address')).toHaveValue(`1 ${canary} Road, Springfield`);
    await second.context.close();
  } finally {
    await cleanup();
  }
});
