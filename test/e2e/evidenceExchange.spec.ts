import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildBundleContent } from '../../shared/bundle/bundleContent';
import { photoBytes, readWithBlobs, recordsWithPhotos, sealWithBlobs } from '../support/evidenceFiles';
import { expect, test } from './fixtures';
import { exportTo, FILE_PASS, importFrom } from './exchangeSteps';

test.describe.configure({ timeout: 180_000 });

test('evidence comes in with a 1.4 file and goes out with the export; a redacted export can leave it out', async ({
  app,
}) => {
  const page = app.page;
  // A file made in Node with the shared writer: the sample clinic with three photos on a device.
  const photos = [photoBytes(0, 1), photoBytes(5000, 2), photoBytes(700 * 1024 + 3, 3)];
  const { records, blobs } = await recordsWithPhotos(photos);
  const incoming = path.join(app.dir, 'with-photos.cabundle');
  await writeFile(
    incoming,
    await sealWithBlobs(
      buildBundleContent(records, { kind: 'all' }, 'field-laptop', 'Test Assessor'),
      blobs,
      FILE_PASS,
    ),
  );

  await importFrom(page, app.dialogAnswers, incoming);
  const preview = page.getByLabel('Import preview');
  await expect(preview).toContainText('It carries 3 photos and files as evidence.');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(/records? changed/);

  const out = path.join(app.dir, 'out.cabundle');
  await exportTo(page, app.dialogAnswers, out);
  const exported = await readWithBlobs(await readFile(out), FILE_PASS);
  expect(exported.content.records.evidence).toHaveLength(3);
  expect(exported.blobs.size).toBe(3);
  for (const [sha, bytes] of blobs) expect(exported.blobs.get(sha)).toEqual(bytes);

  // Redacted, photos and files left out: neither records nor bytes, and the manifest says so.
  const redacted = path.join(app.dir, 'redacted.cabundle');
  app.dialogAnswers.save = redacted;
  await page.getByLabel('File passphrase', { exact: true }).fill(FILE_PASS);
  await page.getByLabel('Confirm file passphrase').fill(FILE_PASS);
  await page.getByLabel('Redact: leave out clinic contacts and free-text notes').check();
  await page.getByLabel('Leave out photos and files').check();
  await expect(page.getByText('The file will carry no evidence')).toBeVisible();
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved redacted.cabundle.');
  const left = await readWithBlobs(await readFile(redacted), FILE_PASS);
  expect(left.content.records.evidence).toEqual([]);
  expect(left.blobs.size).toBe(0);
  expect(left.content.manifest).toMatchObject({ redacted: true, evidenceLeftOut: true });
});
