/**
 * Runs one task in a fresh Web Worker through its typed API (comlink): cancel and locking
 * terminate the worker, and the page's callbacks go dead when the task ends, so a late
 * message from a stopped worker changes nothing.
 */
import { proxy, wrap, type Remote } from 'comlink';
import { STOPPED_BY_LOCK, stoppableOnLock } from './stopOnLock';
import { CANCELLED, carryTaskErrors, WorkerTaskError, type PageCallback, type Progress } from './workerTask';

export { CANCELLED, WorkerTaskError, type Progress, type WorkerTaskCode } from './workerTask';

carryTaskErrors();

/** Lends a page function to the worker for the length of the task; after it, the function is let go of and a call does nothing. */
export type Lend = <A extends unknown[], R>(fn: (...args: A) => R) => PageCallback<(...args: A) => R>;

/**
 * A progress callback as the worker gets it: whatever the page's function returns stays
 * on the page (a use case may return its new view, which holds functions and cannot be
 * cloned; the worker would get a rejected call it never awaits).
 */
export const progressFor =
  (onProgress: Progress): Progress =>
  (label, done, total) => {
    onProgress(label, done, total);
  };

/** What runInWorker needs of a worker: messages both ways, errors, and terminate. */
export type TaskWorker = Pick<Worker, 'postMessage' | 'addEventListener' | 'removeEventListener' | 'terminate'>;

export interface RunOptions {
  signal?: AbortSignal | undefined;
  /** Whether locking the app stops the task (true unless the task is part of unlocking). */
  stopsOnLock?: boolean;
}

/** Runs `work` against the API of a fresh worker from `makeWorker`, which is terminated when `work` settles or is stopped. */
export async function runInWorker<Api, R>(
  makeWorker: () => TaskWorker,
  work: (api: Remote<Api>, lend: Lend) => Promise<R>,
  { signal, stopsOnLock = true }: RunOptions = {},
): Promise<R> {
  if (signal?.aborted) throw new WorkerTaskError(CANCELLED, 'cancelled');
  const worker = makeWorker();
  let stop: (error: WorkerTaskError) => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  const cancel = () => stop(new WorkerTaskError(CANCELLED, 'cancelled'));
  // An uncaught error's own words ("Uncaught RangeError: …") are not for the assessor.
  const crashed = () => stop(new WorkerTaskError('The background task stopped unexpectedly, so nothing was changed.'));
  const forget = stopsOnLock
    ? stoppableOnLock(() => stop(new WorkerTaskError(STOPPED_BY_LOCK, 'locked')))
    : () => undefined;
  signal?.addEventListener('abort', cancel);
  worker.addEventListener('error', crashed);
  const revokes: (() => void)[] = [];
  const lend: Lend = <A extends unknown[], T>(fn: (...args: A) => T) => {
    let held: typeof fn | undefined = fn;
    revokes.push(() => (held = undefined));
    // Once the task has ended, a late call (its message may come after the answer, on its own port) never answers.
    return proxy((...args: A) => (held ? held(...args) : (new Promise<never>(() => undefined) as T)));
  };
  try {
    return await Promise.race([work(wrap<Api>(worker), lend), stopped]);
  } finally {
    for (const revoke of revokes) revoke();
    worker.terminate();
    worker.removeEventListener('error', crashed);
    signal?.removeEventListener('abort', cancel);
    forget();
  }
}
