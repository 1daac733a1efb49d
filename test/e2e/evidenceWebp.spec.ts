/** A WebP photo (what some phones and browsers save) is stored as a JPEG, so the clinic report pictures it. */
import { expect, test } from './fixtures';
import { clinicReport, openSampleDevice } from './evidenceSteps';
import { flatText } from '../support/pdfTools';
import { pdfImages } from '../support/pdfImages';

test('a WebP photo is stored as a JPEG and pictured in the clinic report', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  // A real WebP, made by the browser's own encoder.
  const webp = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(640, 480);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#2a6';
    context.fillRect(0, 0, 640, 480);
    context.fillStyle = '#fff';
    context.fillRect(100, 100, 200, 80);
    const blob = await canvas.convertToBlob({ type: 'image/webp', quality: 0.9 });
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  expect(Buffer.from(webp.slice(8, 12)).toString('ascii')).toBe('WEBP');
  const dialog = await openSampleDevice(page);
  const evidence = dialog.getByRole('region', { name: /Evidence/ });
  await evidence
    .getByLabel('Photos or files to add')
    .setInputFiles([{ name: 'label.webp', mimeType: 'image/webp', buffer: Buffer.from(webp) }]);
  const item = evidence.getByRole('listitem').filter({ hasText: 'label.webp' });
  await expect(item).toContainText('640 × 480', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  const pdf = await clinicReport(page, app.dialogAnswers, app.dir, 'webp.pdf');
  expect(flatText(pdf)).toContain('label.webp');
  expect(pdfImages(pdf).list.filter((i) => i.encoding === 'jpeg')).toEqual([
    { width: 640, height: 480, encoding: 'jpeg' },
  ]);
});
