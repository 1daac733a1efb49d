/** Reads an nmap scan or a CSV inventory in a fresh Web Worker, with progress and cancel. */
import type { CsvTable } from '../../shared/import/csvInventory';
import type { ScanApi, ScanResult } from './inventoryFile.worker';
import { progressFor, runInWorker, type Progress } from './runInWorker';

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
