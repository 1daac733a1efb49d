/** Reads an nmap scan or a CSV inventory in a fresh Web Worker, with progress and cancel. */
import type { CsvTable } from '../../shared/import/csvInventory';
import type { ScanMessage, ScanResult, ScanTask } from './scan.worker';
import { runInWorker, WorkerTaskError, type Progress } from './runInWorker';

const makeWorker = () =>
  new Worker(new URL('./scan.worker.ts', import.meta.url), { type: 'module', name: 'inventory-import' });

export async function readScanInWorker(
  task: Omit<Extract<ScanTask, { kind: 'nmap' }>, 'kind'>,
  onProgress: Progress,
  signal?: AbortSignal,
): Promise<ScanResult> {
  const message = await runInWorker<ScanMessage>(makeWorker, { kind: 'nmap', ...task }, onProgress, signal);
  if (message.kind !== 'done') throw new WorkerTaskError('The scan worker answered out of turn.');
  return message.result;
}

export async function readCsvInWorker(
  bytes: Uint8Array,
  onProgress: Progress,
  signal?: AbortSignal,
): Promise<CsvTable> {
  const message = await runInWorker<ScanMessage>(makeWorker, { kind: 'csv', bytes }, onProgress, signal);
  if (message.kind !== 'table') throw new WorkerTaskError('The import worker answered out of turn.');
  return message.table;
}
