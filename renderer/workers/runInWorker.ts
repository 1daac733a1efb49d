/** Runs one task in a fresh Web Worker: progress messages on the way, one answer at the end, and cancel; locking stops it. */
import { plainError } from '../../shared/model/plainIssues';
import { STOPPED_BY_LOCK, stoppableOnLock } from './stopOnLock';

export type Progress = (label: string, done: number, total: number) => void;
type Answer = { kind: string; label?: string; done?: number; total?: number; message?: string; code?: string };

/** A failed task, with an error code when the worker gave one (e.g. 'wrong-passphrase', 'cancelled'). */
export class WorkerTaskError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'WorkerTaskError';
  }
}

export const CANCELLED = 'Cancelled: nothing was written or changed.';

/** A task handed over in several messages that the worker puts together: one huge structured clone would hold up the page. */
export interface InParts {
  parts: unknown[];
}

/**
 * `onMessage` sees every message but progress first, and returns true for those that
 * are part of the exchange rather than the answer (pieces of a file, for one).
 */
export function runInWorker<A extends Answer>(
  makeWorker: () => Worker,
  task: unknown,
  onProgress: Progress,
  signal?: AbortSignal,
  onMessage?: (message: A, worker: Worker) => boolean,
): Promise<A> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new WorkerTaskError(CANCELLED, 'cancelled'));
    const worker = makeWorker();
    let finished = false;
    const finish = () => {
      finished = true;
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
      forget();
    };
    const cancel = () => {
      finish();
      reject(new WorkerTaskError(CANCELLED, 'cancelled'));
    };
    const forget = stoppableOnLock(() => {
      finish();
      reject(new WorkerTaskError(STOPPED_BY_LOCK, 'locked'));
    });
    signal?.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<A>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress(message.label ?? '', message.done ?? 0, message.total ?? 1);
      if (onMessage?.(message, worker)) return;
      finish();
      if (message.kind === 'error')
        reject(
          new WorkerTaskError(plainError(message.message, 'The task failed, so nothing was changed.'), message.code),
        );
      else resolve(message);
    };
    worker.onerror = () => {
      finish();
      // An uncaught error's own words ("Uncaught RangeError: …") are not for the assessor.
      reject(new WorkerTaskError('The background task stopped unexpectedly, so nothing was changed.'));
    };
    if (!(task && typeof task === 'object' && 'parts' in task && Array.isArray(task.parts)))
      return worker.postMessage(task);
    void (async () => {
      for (const part of task.parts as unknown[]) {
        if (finished) return;
        worker.postMessage(part);
        await new Promise((r) => setTimeout(r, 0));
      }
    })();
  });
}
