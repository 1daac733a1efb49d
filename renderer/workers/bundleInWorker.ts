/** Seals and opens assessment files in a fresh Web Worker, with progress and cancel. */
import type { BundleTask, OpenedContent, WorkerMessage } from './bundleTasks';
import { runInWorker, WorkerTaskError, type Progress } from './runInWorker';

const makeWorker = () => new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module', name: 'assessment-file' });

export async function sealInWorker(task: Extract<BundleTask, { op: 'seal' }>, onProgress: Progress, signal?: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
  const message = await runInWorker<WorkerMessage>(makeWorker, task, onProgress, signal);
  if (message.kind !== 'sealed') throw new WorkerTaskError('The assessment-file worker answered out of turn.');
  return message.bytes;
}

/** Opens a file; the bytes are copied to the worker, so the caller keeps its own. */
export async function openInWorker(task: Extract<BundleTask, { op: 'open' }>, onProgress: Progress, signal?: AbortSignal): Promise<OpenedContent> {
  const message = await runInWorker<WorkerMessage>(makeWorker, task, onProgress, signal);
  if (message.kind !== 'opened') throw new WorkerTaskError('The assessment-file worker answered out of turn.');
  return message.result;
}
