/** Reads an nmap scan in a fresh Web Worker, with progress and cancel. */
import type { ScanMessage, ScanResult, ScanTask } from './scan.worker';
import { runInWorker, WorkerTaskError, type Progress } from './runInWorker';

export async function readScanInWorker(task: ScanTask, onProgress: Progress, signal?: AbortSignal): Promise<ScanResult> {
  const message = await runInWorker<ScanMessage>(() => new Worker(new URL('./scan.worker.ts', import.meta.url), { type: 'module', name: 'scan-import' }), task, onProgress, signal);
  if (message.kind !== 'done') throw new WorkerTaskError('The scan worker answered out of turn.');
  return message.result;
}
