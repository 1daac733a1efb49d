import path from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { startStaticServer } from '../../electron/staticServer';
import { makeTempDir } from '../support/tempDir';
import { median, withBaseline, type BenchResult } from './result';

const ASSETS = 10_000;
const RUNS = 2;

type Timings = Record<'plainWrite' | 'plainRead' | 'encryptedWrite' | 'encryptedRead' | 'unlock' | 'bareArgon2id', number>;

/** Encrypted repositories vs plain Dexie (10,000 assets), and unlock vs bare Argon2id, in Chromium. */
export async function benchDatabase(browser: Browser): Promise<BenchResult[]> {
  const { dir, cleanup } = await makeTempDir('clinic-assessor-bench-db-');
  try {
    await build({
      root: path.join(import.meta.dirname, 'pages'),
      base: './',
      logLevel: 'warn',
      build: { outDir: dir, emptyOutDir: true, target: 'chrome130' },
    });
    const server = await startStaticServer(dir, 0);
    const runs: Timings[] = [];
    try {
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}/`);
        await page.waitForFunction(() => 'benchDatabase' in window);
        runs.push(await page.evaluate((n) => (window as unknown as { benchDatabase(n: number): Promise<Timings> }).benchDatabase(n), ASSETS));
        await context.close();
      }
    } finally {
      await server.close();
    }
    const m = (key: keyof Timings) => median(runs.map((r) => r[key]));
    return [
      withBaseline(`write ${ASSETS} assets, encrypted vs plain bulkPut`, 'ms', m('encryptedWrite'), m('plainWrite')),
      withBaseline(`read ${ASSETS} assets, encrypted vs plain toArray`, 'ms', m('encryptedRead'), m('plainRead')),
      withBaseline('unlock (Argon2id in a worker) vs bare Argon2id', 'ms', m('unlock'), m('bareArgon2id')),
    ];
  } finally {
    await cleanup();
  }
}
