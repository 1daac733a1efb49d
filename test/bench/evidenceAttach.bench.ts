/**
 * "attach 50 photos of 4 MB": camera-size JPEGs attached to one device through the real
 * evidence worker (kind check, orientation, downscale to 2048 px, re-encode, metadata
 * check) and the sealed blob store, in Chromium; time and the page's peak JS heap.
 */
import type { Browser } from 'playwright-core';
import { withBenchPage } from './inPage.bench';
import { round, type BenchResult } from './result';

const PHOTOS = 50;

export async function benchEvidenceAttach(browser: Browser): Promise<BenchResult[]> {
  const r = await withBenchPage(async (url) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => 'benchAttachPhotos' in window);
    const result = await page.evaluate(
      (n) =>
        (
          window as unknown as {
            benchAttachPhotos(n: number): Promise<{
              ms: number;
              added: number;
              failures: string[];
              pickedMegabytes: number;
              storedMegabytes: number;
              peakHeapMegabytes: number;
            }>;
          }
        ).benchAttachPhotos(n),
      PHOTOS,
    );
    await context.close();
    return result;
  });
  if (r.added !== PHOTOS) throw new Error(`attached ${r.added} of ${PHOTOS} photos: ${r.failures.join(' ')}`);
  const each = round(r.pickedMegabytes / PHOTOS);
  return [
    {
      name: `attach ${PHOTOS} photos of ${each} MB (${round(r.pickedMegabytes)} MB picked)`,
      value: round(r.ms),
      unit: 'ms',
    },
    { name: `attach ${PHOTOS} photos: per photo`, value: round(r.ms / PHOTOS), unit: 'ms' },
    {
      name: `attach ${PHOTOS} photos: stored after downscaling and cleaning`,
      value: round(r.storedMegabytes),
      unit: 'MB',
    },
    {
      name: `attach ${PHOTOS} photos: peak JS heap of the page's main thread above the start`,
      value: round(r.peakHeapMegabytes),
      unit: 'MB',
    },
  ];
}
