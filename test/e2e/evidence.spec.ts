import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { clinicReport, openSampleDevice, SAMPLE } from './evidenceSteps';
import { flatText } from '../support/pdfTools';
import { pdfImages } from '../support/pdfImages';
import { holds, jpegWithExif, markers } from '../support/photoMetadata';

const closet = new Uint8Array(
  readFileSync(path.join(import.meta.dirname, '../fixtures/evidence/closet-3000x2000.jpg')),
);
const CAPTION = 'Network closet: switch label';

test('a photo with GPS and a serial is stored without them, downscaled, and shown in the clinic report', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const page = app.page;
  // A phone's photo: EXIF with GPS, the camera's serial and "rotate 90°", XMP naming the serial.
  const phonePhoto = jpegWithExif(closet, 6);
  expect(holds(phonePhoto, markers.serial)).toBe(true);
  const dialog = await openSampleDevice(page);
  const evidence = dialog.getByRole('region', { name: /Evidence/ });
  await expect(evidence.getByText('No photos or files yet.', { exact: false })).toBeVisible();

  // A file over the limit is refused from its size alone, with the limit in a sentence.
  await evidence.getByLabel('Photos or files to add').setInputFiles([
    { name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(30 * 1024 * 1024, 0xff) },
    { name: 'closet.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(phonePhoto) },
  ]);
  await expect(evidence.getByRole('alert')).toHaveText('huge.jpg is 30 MB; one file may be at most 25 MB.');
  await expect(evidence.getByText('1 file added; 1 not added.')).toBeVisible({ timeout: 30_000 });
  const item = evidence.getByRole('listitem').filter({ hasText: 'closet.jpg' });
  // Turned upright, then its longer side brought down to 2048 pixels.
  await expect(item).toContainText('1365 × 2048');
  await expect(item.getByRole('img', { name: 'closet.jpg' })).toBeVisible();
  await item.getByLabel('Caption').fill(CAPTION);
  await expect(item.getByText('Caption saved')).toBeVisible();
  await expect(item.getByRole('img', { name: CAPTION })).toBeVisible();
  await item.getByRole('button', { name: 'Open closet.jpg full size' }).click();
  const full = page.getByRole('dialog', { name: 'closet.jpg' });
  await expect(full.getByRole('img', { name: CAPTION })).toBeVisible();
  await full.getByRole('button', { name: 'Close' }).click();
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  // The report's appendix holds the photo as stored: no EXIF, GPS, XMP or serial left in it.
  const pdf = await clinicReport(page, app.dialogAnswers, app.dir, 'with-photo.pdf');
  const text = flatText(pdf);
  expect(text).toContain('Appendix: evidence');
  expect(text).toContain(CAPTION);
  expect(text).toContain('Device: XRAY-ACQ');
  const images = pdfImages(pdf);
  const photo = images.list.filter((i) => i.encoding === 'jpeg');
  expect(photo).toEqual([{ width: 1365, height: 2048, encoding: 'jpeg' }]);
  const jpeg = images.files.find((f) => f[0] === 0xff && f[1] === 0xd8);
  expect(jpeg).toBeDefined();
  for (const marker of [markers.serial, markers.make, 'Exif\0\0', 'http://ns.adobe.com/xap/1.0/'])
    expect(holds(jpeg!, marker), marker).toBe(false);
  expect(holds(jpeg!, new Uint8Array([0xff, 0xe1]))).toBe(false);

  // Removed (after saying yes), it is gone from the device and from the next report.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inventory' }).click();
  await page.getByRole('table').getByRole('link', { name: SAMPLE }).click();
  await page.getByRole('button', { name: 'Edit XRAY-ACQ' }).click();
  const again = page.getByRole('dialog', { name: 'Edit asset: XRAY-ACQ' }).getByRole('region', { name: /Evidence/ });
  await again.getByRole('button', { name: 'Remove' }).click();
  await again.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(again.getByText('No photos or files yet.', { exact: false })).toBeVisible();
  await page
    .getByRole('dialog', { name: 'Edit asset: XRAY-ACQ' })
    .getByRole('button', { name: 'Close' })
    .first()
    .click();
  const after = await clinicReport(page, app.dialogAnswers, app.dir, 'without-photo.pdf');
  expect(flatText(after)).not.toContain('Appendix: evidence');
  expect(pdfImages(after).list.filter((i) => i.encoding === 'jpeg')).toEqual([]);
});

test('a HEIC photo and a file of another kind are refused by name; a PDF is kept as it came', async ({ app }) => {
  const page = app.page;
  const dialog = await openSampleDevice(page);
  const evidence = dialog.getByRole('region', { name: /Evidence/ });
  const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(64)]);
  await evidence.getByLabel('Photos or files to add').setInputFiles([
    { name: 'IMG_0412.HEIC', mimeType: 'image/heic', buffer: heic },
    { name: 'tool.exe', mimeType: 'application/octet-stream', buffer: Buffer.from([0x4d, 0x5a, 0x90, 0, 3]) },
    { name: 'mds2.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') },
  ]);
  await expect(evidence.getByText('1 file added; 2 not added.')).toBeVisible({ timeout: 30_000 });
  const alert = evidence.getByRole('alert');
  await expect(alert).toContainText('IMG_0412.HEIC is a HEIC photo, which cannot be read here: export it as JPEG');
  await expect(alert).toContainText('tool.exe is not a kind of file kept as evidence');
  const pdf = evidence.getByRole('listitem').filter({ hasText: 'mds2.pdf' });
  await expect(pdf).toContainText('keeps its own metadata');
});
