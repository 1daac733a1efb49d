/**
 * Assessment files larger than a piece pass through the chunked file handles: a file
 * of several MiB is chosen and read a piece at a time, everything is exported again a
 * piece at a time, and the exported file is whole and opens. A cancelled export leaves
 * no file, finished or not, behind.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { buildBundleContent } from '../../shared/bundle/bundleContent';
import { readContent } from '../../shared/bundle/contentStream';
import { openStream } from '../../shared/bundle/readBundle';
import { sealBundle } from '../../shared/bundle/writeBundle';
import { utf8 } from '../../shared/crypto/bytes';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { READ_CHUNK_BYTES } from '../../shared/ipc';
import { portfolioRecords, recordCount } from '../support/bundleFixture';
import { FILE_PASS, importFrom } from './exchangeSteps';
import { expect, test } from './fixtures';
import { count } from '../../shared/model/plural';

test.describe.configure({ timeout: 240_000 });

const PORTFOLIO_PASS = 'portfolio quartz meadow 4471 lantern';

test('a multi-piece file is imported, exported again and re-imported through the file handles; a cancelled export leaves nothing', async ({
  app,
}) => {
  const page = app.page;
  const records = await portfolioRecords(1, 900, 'firm-laptop');
  const source = path.join(app.dir, 'portfolio.cabundle');
  const content = buildBundleContent(records, { kind: 'all' }, 'firm-laptop', '');
  await fsp.writeFile(
    source,
    await sealBundle(utf8(JSON.stringify(content)), {
      recipients: [{ type: 'passphrase', passphrase: PORTFOLIO_PASS, derive: deriveKeyBytes }],
    }),
  );
  expect((await fsp.stat(source)).size).toBeGreaterThan(2 * READ_CHUNK_BYTES);

  await importFrom(page, app.dialogAnswers, source, PORTFOLIO_PASS);
  const preview = page.getByLabel('Import preview');
  await expect(preview).toContainText(`New records${recordCount(records)}`, { timeout: 60_000 });
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    `${count(recordCount(records), 'record')} changed`,
    { timeout: 60_000 },
  );

  const exported = path.join(app.dir, 'everything.cabundle');
  app.dialogAnswers.save = exported;
  await page.getByLabel('File passphrase', { exact: true }).fill(FILE_PASS);
  await page.getByLabel('Confirm file passphrase').fill(FILE_PASS);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved everything.cabundle.', {
    timeout: 60_000,
  });
  expect((await fsp.readdir(app.dir)).sort()).toEqual(['everything.cabundle', 'portfolio.cabundle']);
  const file = new Uint8Array(await fsp.readFile(exported));
  expect(file.byteLength).toBeGreaterThan(2 * READ_CHUNK_BYTES);
  const opened = await readContent(
    openStream([file], { key: { type: 'passphrase', passphrase: FILE_PASS, derive: deriveKeyBytes } }),
  );
  expect(recordCount(opened.content.records)).toBe(recordCount(records));

  await importFrom(page, app.dialogAnswers, exported);
  await expect(preview).toContainText(`Unchanged${recordCount(records)}`, { timeout: 60_000 });
  await preview.getByRole('button', { name: 'Cancel' }).click();

  // Cancelled while the key is derived: neither the file nor its temporary file stays.
  app.dialogAnswers.save = path.join(app.dir, 'cancelled.cabundle');
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('button', { name: 'Cancel export' }).click();
  await expect(page.getByRole('alert')).toHaveText('Cancelled: nothing was written or changed.');
  await expect
    .poll(async () => (await fsp.readdir(app.dir)).sort())
    .toEqual(['everything.cabundle', 'portfolio.cabundle']);
});
