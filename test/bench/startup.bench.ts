import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../../electron/staticServer';
import { makeTempDir } from '../support/tempDir';
import { median, withBaseline, type BenchResult } from './result';

const RUNS = 7;

/** A page that does the least possible: one script that puts a heading on screen. */
async function writeBarePage(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="./bare.js"></script></head><body></body></html>',
  );
  await writeFile(
    path.join(dir, 'bare.js'),
    "const h = document.createElement('h1'); h.textContent = 'Clinics'; document.body.append(h); performance.mark('clinic-assessor:first-screen');",
  );
}

/** Milliseconds from navigation start to the first screen's mark, in a fresh context each run. */
async function timeToFirstScreen(browser: Browser, url: string): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('clinic-assessor:first-screen').length > 0);
    samples.push(
      await page.evaluate(() => performance.getEntriesByName('clinic-assessor:first-screen')[0]?.startTime ?? NaN),
    );
    await context.close();
  }
  return median(samples);
}

export async function benchStartup(browser: Browser, rendererDist: string): Promise<BenchResult[]> {
  const { dir, cleanup } = await makeTempDir('clinic-assessor-bench-');
  await writeBarePage(dir);
  const app = await startStaticServer(rendererDist, 0);
  const bare = await startStaticServer(dir, 0);
  try {
    const baseline = await timeToFirstScreen(browser, `${bare.url}/`);
    const value = await timeToFirstScreen(browser, `${app.url}/`);
    return [withBaseline('startup: navigation to first screen', 'ms', value, baseline)];
  } finally {
    await app.close();
    await bare.close();
    await cleanup();
  }
}
