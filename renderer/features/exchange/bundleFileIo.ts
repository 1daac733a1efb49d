/**
 * Assessment files on disk, a piece at a time: choosing one to import (its header read
 * at once, to know how it opens; the rest only when it is opened), and saving one as
 * the worker seals it. Nothing here holds a whole file.
 */
import { MAC_BYTES, MAX_HEADER_BYTES, PREAMBLE_BYTES, type BundleHeader } from '../../../shared/bundle/bundleFormat';
import { parseBundle } from '../../../shared/bundle/readBundle';
import type { IpcRequest } from '../../../shared/ipc';
import type { ReadableFile, WritableFile } from '../../platform/fileHandles';
import {
  MAX_IMPORT_BYTES,
  type OpenedContent,
  type PullBlob,
  type SealTask,
  type StageBlob,
  type WorkerKey,
} from '../../workers/bundleTasks';
import type { Progress } from '../../workers/runInWorker';

/** The platform's file dialogs with chunked handles (platform/fileHandles.ts, or real files in tests). */
export interface BundleFiles {
  chooseReadable(request: IpcRequest<'openRead'>): Promise<ReadableFile | undefined>;
  chooseWritable(request: IpcRequest<'openWrite'>): Promise<WritableFile | undefined>;
}

/** The assessment-file worker's client (workers/bundleInWorker.ts, or the same code in-process in tests). */
export interface BundleWorkerClient {
  openFromFile(
    file: ReadableFile,
    key: WorkerKey,
    onProgress: Progress,
    signal?: AbortSignal,
    stageBlob?: StageBlob,
  ): Promise<OpenedContent>;
  sealToFile(
    task: SealTask,
    file: WritableFile,
    onProgress: Progress,
    signal?: AbortSignal,
    pullBlob?: PullBlob,
  ): Promise<number>;
}

const filters = [{ name: 'Assessment file', extensions: ['cabundle'] }];

export interface ChosenBundle {
  name: string;
  size: number;
  header: BundleHeader;
  /** Kept open until another file is chosen, or the file is opened. */
  file: ReadableFile;
}

/** The file chosen last: choosing another closes it, so an abandoned choice holds no handle for long. */
let current: ReadableFile | undefined;

async function forget(file: ReadableFile | undefined): Promise<void> {
  if (current === file) current = undefined;
  await file?.close().catch(() => undefined);
}

/** Asks for an assessment file and reads what its header says; undefined when the user cancels. */
export async function chooseBundle(files: BundleFiles): Promise<ChosenBundle | undefined> {
  const file = await files.chooseReadable({ title: 'Import assessment file', filters });
  if (!file) return undefined;
  await forget(current);
  current = file;
  try {
    const { header, version } = parseBundle(await file.read(0, PREAMBLE_BYTES + MAX_HEADER_BYTES + MAC_BYTES));
    // Before 1.4 a file is its records alone; from 1.4 its evidence bytes stream to the database, and the worker refuses records over the limit.
    if (version.minor < 4 && file.size > MAX_IMPORT_BYTES)
      throw new Error(
        `${file.name} is ${Math.round(file.size / 1048576)} MiB, over the ${MAX_IMPORT_BYTES / 1048576} MiB of records the app imports at once: split it, or read it with the command line (export-json).`,
      );
    return { name: file.name, size: file.size, header, file };
  } catch (error) {
    await forget(file);
    throw error;
  }
}

/** Decrypts and checks the chosen file; once it opened, its handle is closed (a wrong passphrase keeps it, to try again). */
export async function openChosenBundle(
  worker: BundleWorkerClient,
  chosen: { file: ReadableFile },
  key: WorkerKey,
  onProgress: Progress,
  signal?: AbortSignal,
  stageBlob?: StageBlob,
): Promise<OpenedContent> {
  const opened = await worker.openFromFile(chosen.file, key, onProgress, signal, stageBlob);
  await forget(chosen.file);
  return opened;
}

/** Asks where to save an assessment file; undefined when the user cancels. */
export function chooseBundleTarget(files: BundleFiles, suggestedName: string): Promise<WritableFile | undefined> {
  return files.chooseWritable({ title: 'Save assessment file', suggestedName, filters });
}

/**
 * Seals `task` into `target` and puts the file in place. On any failure or cancel the
 * unfinished file is discarded: nothing appears where the user chose to save.
 */
export async function sealBundleTo(
  worker: BundleWorkerClient,
  target: WritableFile,
  task: SealTask,
  onProgress: Progress,
  signal?: AbortSignal,
  pullBlob?: PullBlob,
): Promise<{ name: string; bytesWritten: number }> {
  try {
    await worker.sealToFile(task, target, onProgress, signal, pullBlob);
    onProgress('Saving…', 1, 1);
    return await target.commit();
  } catch (error) {
    await target.abort().catch(() => undefined);
    throw error;
  }
}
