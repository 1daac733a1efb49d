/** Runs one assessment-file task in a fresh Web Worker, with progress and cancel. */
import type { BundleTask, OpenedContent, WorkerMessage } from './bundleTasks';

export type Progress = (label: string, done: number, total: number) => void;

/** A failed task, with the file format's error code when there is one (e.g. 'wrong-passphrase'). */
export class BundleTaskError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'BundleTaskError';
  }
}

export const CANCELLED = 'Cancelled: nothing was written or changed.';

function runTask(task: BundleTask, transfer: Transferable[], onProgress: Progress, signal?: AbortSignal): Promise<WorkerMessage> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new BundleTaskError(CANCELLED, 'cancelled'));
    const worker = new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module', name: 'assessment-file' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(new BundleTaskError(CANCELLED, 'cancelled'));
    };
    signal?.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress(message.label, message.done, message.total);
      finish();
      if (message.kind === 'error') reject(new BundleTaskError(message.message, message.code));
      else resolve(message);
    };
    worker.onerror = (event) => {
      finish();
      reject(new BundleTaskError(event.message || 'The assessment-file worker failed.'));
    };
    worker.postMessage(task, transfer);
  });
}

export async function sealInWorker(task: Extract<BundleTask, { op: 'seal' }>, onProgress: Progress, signal?: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
  const message = await runTask(task, [], onProgress, signal);
  if (message.kind !== 'sealed') throw new BundleTaskError('The assessment-file worker answered out of turn.');
  return message.bytes;
}

/** Opens a file; the bytes are copied to the worker, so the caller keeps its own. */
export async function openInWorker(task: Extract<BundleTask, { op: 'open' }>, onProgress: Progress, signal?: AbortSignal): Promise<OpenedContent> {
  const message = await runTask(task, [], onProgress, signal);
  if (message.kind !== 'opened') throw new BundleTaskError('The assessment-file worker answered out of turn.');
  return message.result;
}
