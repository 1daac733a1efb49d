/**
 * Child process of the app exchange benchmark (run with --expose-gc): the app's export
 * and import of a portfolio in Chromium, through the REAL main-process file handlers
 * (the e2e bridge), sampling peak memory above the start on both sides: the handlers
 * alone (handlerMemory.ts), this Node process while it serves the page (the handlers
 * and Playwright's transport, which stands in for Electron's IPC), the page's main thread (JS heap, by
 * CDP) and the renderer processes as a whole (resident memory, with the worker, which
 * holds the plaintext records as the app does). Prints one JSON line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type CDPSession } from 'playwright-core';
import { scriptedDialogs } from '../support/fakeDialogs';
import { makeTempDir } from '../support/tempDir';
import { installBridge } from '../e2e/bridge';
import { chromiumArgs, chromiumExecutable } from '../e2e/chromium';
import { handlerPeaks } from './handlerMemory';
import { withBenchPage } from './inPage.bench';

const [clinics = 20, records = 50_000] = process.argv.slice(2).map(Number);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const nodeLive = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;

/** This process's Chromium renderers (Linux /proc), found once: scanning /proc while sampling would hold up the handlers. */
function rendererPids(): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const mine = (pid: number): boolean => pid === process.pid || (pid > 1 && mine(parent.get(pid) ?? 0));
  return [...parent.keys()].filter((pid) => {
    try {
      return (
        pid !== process.pid && mine(pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')
      );
    } catch {
      return false;
    }
  });
}

function residentBytes(pids: number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

async function sampled<T>(cdp: CDPSession, work: () => Promise<T>) {
  gc?.();
  await cdp.send('HeapProfiler.collectGarbage');
  const heapUsed = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const pids = rendererPids();
  const start = { node: nodeLive(), page: await heapUsed(), renderers: residentBytes(pids) };
  const peak = { node: 0, page: 0, renderers: 0 };
  let samples = 0;
  let busy = false;
  const timer = setInterval(() => {
    if (++samples % 20 === 0) gc?.();
    peak.node = Math.max(peak.node, nodeLive() - start.node);
    if (busy) return;
    busy = true;
    peak.renderers = Math.max(peak.renderers, residentBytes(pids) - start.renderers);
    void heapUsed()
      .then((used) => (peak.page = Math.max(peak.page, used - start.page)))
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, 50);
  try {
    return { value: await work(), peak };
  } finally {
    clearInterval(timer);
  }
}

type Api = {
  benchAppExchange: {
    prepare(c: number, r: number): Promise<number>;
    exportFile(): Promise<{ ms: number; bytes: number }>;
    importFile(): Promise<{ ms: number; records: number }>;
  };
};

const { dir, cleanup } = await makeTempDir('clinic-assessor-bench-exchange-');
const file = path.join(dir, 'portfolio.cabundle');
const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
try {
  const handlers = await handlerPeaks(clinics, records, dir, gc);
  const result = await withBenchPage(async (url) => {
    const context = await browser.newContext();
    await installBridge(context, new URL(url).origin, {
      dialogs: scriptedDialogs({ open: file, save: file }),
      identity: { name: 'Clinic Assessor', version: 'bench', versions: {}, platform: process.platform },
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => 'benchAppExchange' in window);
    const count = await page.evaluate(([c, r]) => (window as unknown as Api).benchAppExchange.prepare(c, r), [
      clinics,
      records,
    ] as const);
    const cdp = await context.newCDPSession(page);
    const exported = await sampled(cdp, () =>
      page.evaluate(() => (window as unknown as Api).benchAppExchange.exportFile()),
    );
    const imported = await sampled(cdp, () =>
      page.evaluate(() => (window as unknown as Api).benchAppExchange.importFile()),
    );
    if (imported.value.records !== count) throw new Error('the import lost records');
    await context.close();
    return {
      handlers,
      records: count,
      fileBytes: exported.value.bytes,
      exportMs: exported.value.ms,
      importMs: imported.value.ms,
      exportPeak: exported.peak,
      importPeak: imported.peak,
    };
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await browser.close();
  await cleanup();
}
