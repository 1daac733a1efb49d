/**
 * Seals and opens assessment files in a fresh Web Worker, with progress and cancel,
 * a piece at a time between the worker and a file handle: the page holds at most a
 * piece or two, never the whole file.
 */
import { transfer, type Remote } from 'comlink';
import { READ_CHUNK_BYTES } from '../../shared/ipc';
import type { ReadableFile, WritableFile } from '../platform/fileHandles';
import type { BundleApi } from './bundle.worker';
import type { OpenedContent, PullBlob, SealTask, StageBlob, WorkerKey } from './bundleTasks';
import { progressFor, runInWorker, type Lend, type Progress } from './runInWorker';
import type { PageCallback } from './workerTask';

/** Lends a function that reads or writes the file: if it fails, the task stops with its error. */
type LendFileIo = <A extends unknown[], T>(fn: (...args: A) => Promise<T>) => PageCallback<(...args: A) => Promise<T>>;

const makeWorker = () =>
  new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module', name: 'assessment-file' });

/**
 * Runs a task that reads or writes the file through page functions: the first of them to
 * fail stops the worker, and its error is the task's.
 */
async function withFile<R>(
  work: (api: Remote<BundleApi>, lend: Lend, lendFileIo: LendFileIo) => Promise<R>,
  signal?: AbortSignal,
): Promise<R> {
  const failed = new AbortController();
  let failure: { error: unknown } | undefined;
  const guard =
    <A extends unknown[], T>(fn: (...args: A) => Promise<T>) =>
    async (...args: A): Promise<T> => {
      try {
        return await fn(...args);
      } catch (error) {
        failure ??= { error };
        failed.abort();
        throw error;
      }
    };
  try {
    return await runInWorker<BundleApi, R>(makeWorker, (api, lend) => work(api, lend, (fn) => lend(guard(fn))), {
      signal: signal ? AbortSignal.any([signal, failed.signal]) : failed.signal,
    });
  } catch (error) {
    throw failure ? failure.error : error;
  }
}

/**
 * Seals `task` into `file`, piece by piece, the evidence bytes its manifest lists read
 * with `pullBlob`; the caller commits or aborts the file. Resolves to the bytes written.
 */
export function sealToFile(
  task: SealTask,
  file: WritableFile,
  onProgress: Progress,
  signal?: AbortSignal,
  pullBlob?: PullBlob,
): Promise<number> {
  return withFile(
    (api, lend, lendFileIo) =>
      api.seal(
        task,
        lendFileIo((piece: Uint8Array<ArrayBuffer>) => file.write(piece)),
        lend(progressFor(onProgress)),
        pullBlob ? lendFileIo(pullBlob) : undefined,
      ),
    signal,
  );
}

/** Opens `file` (read from its start) and checks every record of it; its evidence bytes go to `stageBlob` as they come. */
export function openFromFile(
  file: ReadableFile,
  key: WorkerKey,
  onProgress: Progress,
  signal?: AbortSignal,
  stageBlob?: StageBlob,
): Promise<OpenedContent> {
  let offset = 0;
  const pull = async () => {
    const bytes = await file.read(offset, READ_CHUNK_BYTES);
    offset += bytes.byteLength;
    return bytes.byteLength ? transfer(bytes, [bytes.buffer]) : null;
  };
  return withFile(
    (api, lend, lendFileIo) =>
      api.open(
        file.size,
        key,
        lendFileIo(pull),
        lend(progressFor(onProgress)),
        stageBlob ? lendFileIo(stageBlob) : undefined,
      ),
    signal,
  );
}
