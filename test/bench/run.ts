/**
 * `npm run bench`: runs every benchmark against the built app in Debian's Chromium,
 * prints a table and writes the results as JSON to $BENCH_OUT (bench-results.json).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../e2e/chromium';
import type { BenchResult } from './result';
import { benchDatabase, benchReports, benchRules, benchTopology } from './inPage.bench';
import { benchStartup } from './startup.bench';
import { benchBundle } from './bundle.bench';
import { benchScan } from './scan.bench';
import { benchCli } from './cli.bench';
import { benchPortfolioCli } from './portfolioCli.bench';
import { benchAppExchange } from './appExchange.bench';
import { benchEvidenceAttach } from './evidenceAttach.bench';
import { benchEvidenceExport } from './evidenceExport.bench';

const root = path.resolve(import.meta.dirname, '..', '..');
const rendererDist = path.join(root, 'dist', 'renderer');
const out = path.resolve(process.env.BENCH_OUT ?? path.join(root, 'bench-results.json'));

const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
const results: BenchResult[] = [];
try {
  results.push(...(await benchStartup(browser, rendererDist)));
  results.push(...(await benchDatabase(browser)));
  results.push(...(await benchRules(browser)));
  results.push(...(await benchTopology(browser)));
  results.push(...(await benchReports(browser)));
  results.push(...(await benchScan(browser)));
  results.push(...(await benchEvidenceAttach(browser)));
} finally {
  await browser.close();
}
results.push(...(await benchBundle()));
results.push(...(await benchCli()));
results.push(...(await benchPortfolioCli()));
results.push(...(await benchEvidenceExport()));
results.push(...benchAppExchange());

console.table(
  results.map((r) => ({
    benchmark: r.name,
    value: r.value,
    unit: r.unit,
    baseline: r.baseline ?? '',
    ratio: r.ratio ?? '',
  })),
);
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`Wrote ${out}`);
