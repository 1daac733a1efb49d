import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { startStaticServer } from '../../electron/staticServer';
import { makeTempDir } from '../support/tempDir';
import { median, round, withBaseline, type BenchResult } from './result';

const ASSETS = 10_000;
const RUNS = 2;

type Timings = Record<
  'plainWrite' | 'plainRead' | 'encryptedWrite' | 'encryptedRead' | 'unlock' | 'bareArgon2id',
  number
>;

/** Encrypted repositories vs plain Dexie (10,000 assets), and unlock vs bare Argon2id, in Chromium. */
export async function benchDatabase(browser: Browser): Promise<BenchResult[]> {
  return withBenchPage(async (url) => {
    const runs: Timings[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => 'benchDatabase' in window);
      runs.push(
        await page.evaluate(
          (n) => (window as unknown as { benchDatabase(n: number): Promise<Timings> }).benchDatabase(n),
          ASSETS,
        ),
      );
      await context.close();
    }
    const m = (key: keyof Timings) => median(runs.map((r) => r[key]));
    return [
      withBaseline(
        `write + read ${ASSETS} assets, encrypted vs plain Dexie (target 2x)`,
        'ms',
        median(runs.map((r) => r.encryptedWrite + r.encryptedRead)),
        median(runs.map((r) => r.plainWrite + r.plainRead)),
      ),
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
    const result = await page.evaluate(() =>
      (
        window as unknown as { benchRules(a: number, n: number, r: number): { times: number[]; findings: number } }
      ).benchRules(5000, 50, 9),
    );
    await context.close();
    return [
      {
        name: `rules over 5000 assets and 50 networks (${result.findings} findings)`,
        value: round(median(result.times)),
        unit: 'ms',
      },
    ];
  });
}

/** Reachability at clinic-group size: target under 100 ms for the rule evaluation that asks it. */
export async function benchTopology(browser: Browser): Promise<BenchResult[]> {
  return withBenchPage(async (url) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => 'benchTopology' in window);
    type Run = { rules: number[]; matrix: number[]; findings: number; cells: number; flows: number };
    const r = await page.evaluate(() => (window as unknown as { benchTopology(runs: number): Run }).benchTopology(7));
    await context.close();
    return [
      {
        name: `reachability: rules over 5000 assets, 200 zones, ${r.flows} flows (${r.findings} findings)`,
        value: round(median(r.rules)),
        unit: 'ms',
      },
      {
        name: `reachability: zones × zones matrix (${r.cells} reachable pairs)`,
        value: round(median(r.matrix)),
        unit: 'ms',
      },
    ];
  });
}

const DEVICES = 2000;
const VULNERABLE = 70;
const CLINICS = 200;

function peakMemory(kind: 'clinic' | 'portfolio', size: number): number {
  const out = execFileSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'reportMemory.ts'),
      kind,
      String(size),
      String(VULNERABLE),
    ],
    { encoding: 'utf8' },
  );
  return round((JSON.parse(out) as { peakBytes: number }).peakBytes / 1024 / 1024);
}

/**
 * Reports in the app's worker (target: a 2,000-device clinic report under 5 s, no main
 * thread task over 100 ms meanwhile), and peak memory under Node for the same work.
 */
export async function benchReports(browser: Browser): Promise<BenchResult[]> {
  return withBenchPage(async (url) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => 'benchReports' in window);
    type Run = { ms: number; bytes: number; longestTask: number };
    const r = await page.evaluate(
      ([d, v, c]) =>
        (
          window as unknown as {
            benchReports(d: number, v: number, c: number): Promise<{ findings: number; clinic: Run; portfolio: Run }>;
          }
        ).benchReports(d, v, c),
      [DEVICES, VULNERABLE, CLINICS] as const,
    );
    await context.close();
    const mib = (n: number) => round(n / 1024 / 1024);
    return [
      {
        name: `clinic report PDF, ${DEVICES} devices and ${r.findings} findings, in the app's worker (target < 5000 ms; ${mib(r.clinic.bytes)} MiB)`,
        value: round(r.clinic.ms),
        unit: 'ms',
      },
      {
        name: 'longest main-thread task while the clinic report is made (target < 100 ms)',
        value: round(r.clinic.longestTask),
        unit: 'ms',
      },
      {
        name: `portfolio report PDF, ${CLINICS} clinics, in the app's worker (${mib(r.portfolio.bytes)} MiB)`,
        value: round(r.portfolio.ms),
        unit: 'ms',
      },
      {
        name: 'longest main-thread task while the portfolio report is made (target < 100 ms)',
        value: round(r.portfolio.longestTask),
        unit: 'ms',
      },
      {
        name: `peak memory above the start while making the ${DEVICES}-device clinic report (Node)`,
        value: peakMemory('clinic', DEVICES),
        unit: 'MiB',
      },
      {
        name: `peak memory above the start while making the ${CLINICS}-clinic portfolio report (Node)`,
        value: peakMemory('portfolio', CLINICS),
        unit: 'MiB',
      },
    ];
  });
}

/** Builds the bench page once into a temp folder and serves it for `work`. */
export async function withBenchPage<T>(work: (url: string) => Promise<T>): Promise<T> {
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
