/**
 * What the page and its workers agree on about a task, on both sides of the boundary:
 * how progress is told, the callbacks the page lends a worker, and how a failure crosses
 * over as a WorkerTaskError with its code (comlink alone sends an Error's message only).
 */
import { transferHandlers, type ProxyMarked, type TransferHandler } from 'comlink';
import { BundleError, type BundleErrorCode } from '../../shared/bundle/bundleErrors';
import { ImportError, type ImportErrorCode } from '../../shared/import/importErrors';
import { plainError } from '../../shared/model/plainIssues';

export type Progress = (label: string, done: number, total: number) => void;

/** A function of the page's that a worker calls (a comlink proxy): it runs on the page, and the worker may await it. */
export type PageCallback<F> = F & ProxyMarked;

/** Why a task failed, when the reason is one the page may act on. */
export type WorkerTaskCode = BundleErrorCode | ImportErrorCode | 'cancelled' | 'locked';

/** A failed task, with an error code when the worker gave one (e.g. 'wrong-passphrase', 'cancelled'). */
export class WorkerTaskError extends Error {
  constructor(
    message: string,
    readonly code?: WorkerTaskCode,
  ) {
    super(message);
    this.name = 'WorkerTaskError';
  }
}

export const CANCELLED = 'Cancelled: nothing was written or changed.';

/** Runs a worker's task: whatever it throws leaves as one plain sentence, with the code of a file or import error. */
export async function failPlainly<T>(fallback: string, task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    if (error instanceof WorkerTaskError) throw error;
    const code = error instanceof BundleError || error instanceof ImportError ? error.code : undefined;
    throw new WorkerTaskError(plainError(error, fallback), code);
  }
}

/** A failure as it crosses the boundary. */
interface Thrown {
  message: string;
  code: WorkerTaskCode | undefined;
}

const comlinkThrow = transferHandlers.get('throw');

/** comlink's own handler for what a call throws, made to carry the code and to arrive as a WorkerTaskError. */
const throwHandler: TransferHandler<{ value: unknown }, Thrown> = {
  canHandle: (value): value is { value: unknown } => comlinkThrow?.canHandle(value) ?? false,
  serialize: ({ value }) => [
    value instanceof WorkerTaskError
      ? { message: value.message, code: value.code }
      : { message: plainError(value, 'The task failed, so nothing was changed.'), code: undefined },
    [],
  ],
  deserialize: (thrown) => {
    throw new WorkerTaskError(plainError(thrown.message, 'The task failed, so nothing was changed.'), thrown.code);
  },
};

/** Makes failures cross as WorkerTaskErrors in this realm (the page, or a worker); each side calls it once at start. */
export function carryTaskErrors(): void {
  transferHandlers.set('throw', throwHandler as TransferHandler<unknown, unknown>);
}
