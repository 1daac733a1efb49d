import path from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { startStaticServer } from '../../electron/staticServer';
import { makeTempDir } from '../support/tempDir';
import { median, round, withBaseline, type BenchResult } from './result';

const ASSETS = 10_000;
const RUNS = 2;

type Timings = Record<'plainWrite' | 'plainRead' | 'encryptedWrite' | 'encryptedRead' | 'unlock' | 'bareArgon2id', number>;

/** Encrypted repositories vs plain Dexie (10,000 assets), and unlock vs bare Argon2id, in Chromium. */
export async function benchDatabase(browser: Browser): Promise<BenchResult[]> {
  return withBenchPage(async (url) => {
    const runs: Timings[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => 'benchDatabase' in window);
      runs.push(await page.evaluate((n) => (window as unknown as { benchDatabase(n: number): Promise<Timings> }).benchDatabase(n), ASSETS));
      await context.close();
    }
    const m = (key: keyof Timings) => median(runs.map((r) => r[key]));
    return [
      withBaseline(`write + read ${ASSETS} assets, encrypted vs plain Dexie (target 2x)`, 'ms', median(runs.map((r) => r.encryptedWrite + r.encryptedRead)), median(runs.map((r) => r.plainWrite + r.plainRead))),
      withBaseline(`write ${ASSETS} assets, encrypted vs plain bulkPut`, 'ms', m('encryptedWrite'), m('plainWrite')),
      withBaseline(`read ${ASSETS} assets, encrypted vs plain toArray`, 'ms', m('encryptedRead'), m('plainRead')),
      withBaseline('unlock (Argon2id in a worker) vs bare Argon2id', 'ms', m('unlock'), m('bareArgon2id')),
    ];
  });
}

/** Rules over 5,000 assets and 50 networks: the findings view re-runs them on every change (target < 200 ms). */
export async function benchRules(browser: Browser): Promise<BenchResult[]> {
  return withBenchPage(async (url) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => 'benchRules' in window);
    const result = await page.evaluate(() => (window as unknown as { benchRules(a: number, n: number, r: number): { times: number[]; findings: number } }).benchRules(5000, 50, 9));
    await context.close();
    return [{ name: `rules over 5000 assets and 50 networks (${result.findings} findings)`, value: round(median(result.times)), unit: 'ms' }];
  });
}

/** Builds the bench page once into a temp folder and serves it for `work`. */
async function withBenchPage<T>(work: (url: string) => Promise<T>): Promise<T> {
  const { dir, cleanup } = await makeTempDir('clinic-assessor-bench-page-');
  try {
    await build({
      root: path.join(import.meta.dirname, 'pages'),
      base: './',
      logLevel: 'warn',
      build: { outDir: dir, emptyOutDir: true, target: 'chrome130' },
    });
    const server = await startStaticServer(dir, 0);
    try {
      return await work(`${server.url}/`);
    } finally {
      await server.close();
    }
  } finally {
    await cleanup();
  }
}
