/**
 * Scanner imports at size: a generated nmap scan of 10,000 hosts (about 45 MB). Parse
 * and map against bare saxes on the same file in the same run (target: within 2x), with
 * peak memory; and the whole import in Chromium into the encrypted database.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { withBenchPage } from './inPage.bench';
import { round, withBaseline, type BenchResult } from './result';

const HOSTS = 10_000;

export async function benchScan(browser: Browser): Promise<BenchResult[]> {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'scanParse.ts'), String(HOSTS)],
    { encoding: 'utf8' },
  );
  const r = JSON.parse(out) as {
    bytes: number;
    devices: number;
    baseline: { ms: number; peakBytes: number };
    ours: { ms: number; peakBytes: number };
  };
  const mib = (n: number) => round(n / 1024 / 1024);
  const inPage = await withBenchPage(async (url) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => 'benchScanImport' in window);
    const result = await page.evaluate(
      (n) =>
        (
          window as unknown as {
            benchScanImport(
              n: number,
            ): Promise<{ megabytes: number; read: number; total: number; saved: number; stored: number }>;
          }
        ).benchScanImport(n),
      HOSTS,
    );
    await context.close();
    return result;
  });
  if (inPage.stored !== HOSTS) throw new Error(`the import stored ${inPage.stored} of ${HOSTS} devices`);
  return [
    withBaseline(
      `nmap scan of ${HOSTS} hosts (${mib(r.bytes)} MiB): read and map vs bare saxes parse (target 2x)`,
      'ms',
      r.ours.ms,
      r.baseline.ms,
    ),
    withBaseline(
      'peak memory reading and mapping the scan vs bare saxes',
      'MiB',
      mib(r.ours.peakBytes),
      mib(r.baseline.peakBytes),
    ),
    { name: `the same scan read in the app's import worker (Chromium)`, value: round(inPage.read), unit: 'ms' },
    {
      name: `the whole import of ${HOSTS} devices into the encrypted database (Chromium: read, review, seal, one transaction)`,
      value: round(inPage.total),
      unit: 'ms',
    },
  ];
}
