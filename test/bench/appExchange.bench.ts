/**
 * The app's own export and import of a portfolio-size assessment file (20 clinics,
 * 50,000 records, about 125 MiB) through the chunked file handles, with the peak memory
 * above the start on each side (appExchangeMemory.ts, in a child process), each against
 * the file size: the main process and the page's main thread should stay near a few
 * pieces; the renderer as a whole also holds the plaintext records, as the app does.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { round, withBaseline, type BenchResult } from './result';

const CLINICS = 20;
const RECORDS = 50_000;

interface Peaks {
  node: number;
  page: number;
  renderers: number;
}

export function benchAppExchange(): BenchResult[] {
  const out = execFileSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'appExchangeMemory.ts'),
      String(CLINICS),
      String(RECORDS),
    ],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
    handlers: { write: number; read: number };
    records: number;
    fileBytes: number;
    exportMs: number;
    importMs: number;
    exportPeak: Peaks;
    importPeak: Peaks;
  };
  const mib = (n: number) => round(n / 1024 / 1024);
  const size = mib(r.fileBytes);
  const label = `${CLINICS} clinics, ${r.records} records, ${size} MiB`;
  const peaks = (what: string, p: Peaks) => [
    withBaseline(
      `app ${what} ${label}: peak memory of the bench process serving the page (handlers and Playwright's transport for IPC), vs the file size`,
      'MiB',
      mib(p.node),
      size,
    ),
    withBaseline(`app ${what}: peak JS heap of the page's main thread, vs the file size`, 'MiB', mib(p.page), size),
    withBaseline(
      `app ${what}: peak resident memory of the renderer (worker and plaintext records included), vs the file size`,
      'MiB',
      mib(p.renderers),
      size,
    ),
  ];
  return [
    withBaseline(
      `main-process file handlers alone, writing the ${size} MiB file in 1 MiB pieces: peak memory vs the file size`,
      'MiB',
      mib(r.handlers.write),
      size,
    ),
    withBaseline(
      'main-process file handlers alone, reading it back 1 MiB at a time into openStream: peak memory vs the file size',
      'MiB',
      mib(r.handlers.read),
      size,
    ),
    {
      name: `app export ${label} through the file handles (seal in the worker, 1 MiB pieces to disk)`,
      value: round(r.exportMs),
      unit: 'ms',
    },
    ...peaks('export', r.exportPeak),
    {
      name: `app import ${label} through the file handles (read, decrypt, check every record)`,
      value: round(r.importMs),
      unit: 'ms',
    },
    ...peaks('import', r.importPeak),
  ];
}
