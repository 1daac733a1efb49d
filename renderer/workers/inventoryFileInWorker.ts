/** Reads an nmap scan or a CSV inventory in a fresh Web Worker, with progress and cancel. */
import type { CsvTable } from '../../shared/import/csvInventory';
import type { ScanApi, ScanResult } from './inventoryFile.worker';
import { progressFor, runInWorker, type Progress } from './runInWorker';
import type { ResolveContext } from '../../shared/import/zeekFlows';
import type { ZeekResult } from './zeekLogRead';

const makeWorker = () =>
  new Worker(new URL('./inventoryFile.worker.ts', import.meta.url), { type: 'module', name: 'inventory-import' });

export function readScanInWorker(
  task: { bytes: Uint8Array; onDate: string },
  onProgress: Progress,
  signal?: AbortSignal,
): Promise<ScanResult> {
  return runInWorker<ScanApi, ScanResult>(
    makeWorker,
    (api, lend) => api.readNmap(task.bytes, task.onDate, lend(progressFor(onProgress))),
    { signal },
  );
}

/** A CSV inventory has no progress to tell: it is read at once. */
export function readCsvInWorker(bytes: Uint8Array, _onProgress: Progress, signal?: AbortSignal): Promise<CsvTable> {
  return runInWorker<ScanApi, CsvTable>(makeWorker, (api) => api.readCsv(bytes), { signal });
}

/** A Zeek conn.log read into observed flows between the recorded places of `context`. */
export function readZeekInWorker(
  task: { bytes: Uint8Array; context: ResolveContext },
  onProgress: Progress,
  signal?: AbortSignal,
): Promise<ZeekResult> {
  return runInWorker<ScanApi, ZeekResult>(
    makeWorker,
    (api, lend) => api.readZeek(task.bytes, task.context, lend(progressFor(onProgress))),
    { signal },
  );
}
