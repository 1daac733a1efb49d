/** Makes a report PDF (one clinic's, or the portfolio) in a fresh Web Worker, with progress and cancel. */
import type { ReportMessage, ReportTask } from './report.worker';
import { runInWorker, WorkerTaskError, type Progress } from './runInWorker';

export async function reportInWorker(task: ReportTask, onProgress: Progress, signal?: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
  const message = await runInWorker<ReportMessage>(() => new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'report' }), task, onProgress, signal);
  if (message.kind !== 'done') throw new WorkerTaskError('The report worker answered out of turn.');
  return message.pdf;
}
