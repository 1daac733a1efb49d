/**
 * Seals and opens assessment files in a fresh Web Worker, with progress and cancel,
 * a piece at a time between the worker and a file handle: the page holds at most a
 * couple of pieces, never the whole file.
 */
import { READ_CHUNK_BYTES } from '../../shared/ipc';
import type { ReadableFile, WritableFile } from '../platform/fileHandles';
import type { OpenedContent, OpenTask, PageMessage, SealTask, WorkerMessage } from './bundleTasks';
import { runInWorker, WorkerTaskError, type Progress } from './runInWorker';

const makeWorker = () =>
  new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module', name: 'assessment-file' });

/**
 * Runs `task`, feeding the exchange through `step` one message at a time, in order; a
 * step that fails stops the worker and its error is the task's.
 */
async function exchange(
  task: SealTask | OpenTask,
  step: (message: WorkerMessage) => Promise<PageMessage | undefined>,
  onProgress: Progress,
  signal?: AbortSignal,
) {
  const failed = new AbortController();
  let failure: unknown;
  let queue = Promise.resolve();
  const both = signal ? AbortSignal.any([signal, failed.signal]) : failed.signal;
  try {
    const answer = await runInWorker<WorkerMessage>(makeWorker, task, onProgress, both, (message, worker) => {
      if (message.kind !== 'piece' && message.kind !== 'pull') return false;
      queue = queue
        .then(() => (failure === undefined ? step(message) : undefined))
        .then(
          (reply) =>
            reply && worker.postMessage(reply, reply.kind === 'chunk' && reply.bytes ? [reply.bytes.buffer] : []),
        )
        .catch((error: unknown) => {
          failure ??= error;
          failed.abort();
        });
      return true;
    });
    await queue;
    if (failure !== undefined) throw failure;
    return answer;
  } catch (error) {
    throw failure ?? error;
  }
}

/** Seals `task` into `file`, piece by piece; the caller commits or aborts the file. Resolves to the bytes written. */
export async function sealToFile(
  task: SealTask,
  file: WritableFile,
  onProgress: Progress,
  signal?: AbortSignal,
): Promise<number> {
  const answer = await exchange(
    task,
    async (message) => {
      if (message.kind !== 'piece') return undefined;
      await file.write(message.bytes);
      return { kind: 'ack' };
    },
    onProgress,
    signal,
  );
  if (answer.kind !== 'sealed') throw new WorkerTaskError('The assessment-file worker answered out of turn.');
  return answer.bytesWritten;
}

/** Opens `file` (read from its start) and checks every record of it. */
export async function openFromFile(
  file: ReadableFile,
  key: OpenTask['key'],
  onProgress: Progress,
  signal?: AbortSignal,
): Promise<OpenedContent> {
  let offset = 0;
  const answer = await exchange(
    { op: 'open', size: file.size, key },
    async (message) => {
      if (message.kind !== 'pull') return undefined;
      const bytes = await file.read(offset, READ_CHUNK_BYTES);
      offset += bytes.byteLength;
      return { kind: 'chunk', bytes: bytes.byteLength ? bytes : null };
    },
    onProgress,
    signal,
  );
  if (answer.kind !== 'opened') throw new WorkerTaskError('The assessment-file worker answered out of turn.');
  return answer.result;
}
