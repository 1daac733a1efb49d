/**
 * Chunked file handles: the page opens a file through a dialog and reads it a piece
 * at a time, or writes a file a piece at a time to a temporary file beside the target
 * that only `commitWrite` renames into place. A failed read or write closes its handle.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { MAX_STREAM_OPEN_BYTES, type IpcParsedRequest, type StreamResponses } from '../../shared/ipc';
import { AtomicFile, type AtomicWriteFs } from './atomicWrite';
import type { FileHandleTable } from './fileHandleTable';
import type { FileDialogs } from './fileHandlers';
import { IpcFailure } from './ipcFailure';
import { formatBytes } from './readFileLimited';

export interface StreamDeps {
  dialogs: FileDialogs;
  handles: FileHandleTable;
  fs?: AtomicWriteFs;
}

type Handler<M extends keyof StreamResponses> = (
  deps: StreamDeps,
  request: IpcParsedRequest<M>,
  sender: string,
) => Promise<StreamResponses[M]>;

export const openRead: Handler<'openRead'> = async ({ dialogs, handles }, request, sender) => {
  const chosen = await dialogs.chooseFileToOpen({ title: request.title, filters: request.filters });
  if (!chosen) return { canceled: true };
  const file = await fsp.open(chosen, 'r');
  try {
    const info = await file.stat();
    if (!info.isFile()) throw new IpcFailure('io-error', 'That is not a regular file.');
    if (info.size > MAX_STREAM_OPEN_BYTES)
      throw new IpcFailure(
        'too-large',
        `The file is ${formatBytes(info.size)}, over the ${formatBytes(MAX_STREAM_OPEN_BYTES)} limit.`,
      );
    const name = path.basename(chosen);
    return {
      canceled: false,
      handle: await handles.add({ kind: 'read', sender, name, size: info.size, file }),
      name,
      size: info.size,
    };
  } catch (error) {
    await file.close();
    throw error;
  }
};

export const readChunk: Handler<'readChunk'> = async ({ handles }, { handle, offset, length }, sender) => {
  const entry = handles.get(handle, sender, 'read');
  try {
    const buffer = new Uint8Array(Math.max(0, Math.min(length, entry.size - offset)));
    let filled = 0;
    while (filled < buffer.byteLength) {
      const { bytesRead } = await entry.file.read(buffer, filled, buffer.byteLength - filled, offset + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { bytes: buffer.subarray(0, filled) };
  } catch (error) {
    await handles.close(handle, sender);
    throw error;
  }
};

export const closeRead: Handler<'closeRead'> = async ({ handles }, { handle }, sender) => {
  await handles.close(handle, sender, 'read');
  return null;
};

export const openWrite: Handler<'openWrite'> = async ({ dialogs, handles, fs }, request, sender) => {
  const chosen = await dialogs.chooseFileToSave({
    title: request.title,
    defaultName: request.suggestedName,
    filters: request.filters,
  });
  if (!chosen) return { canceled: true };
  const name = path.basename(chosen);
  const file = await AtomicFile.create(chosen, fs);
  return { canceled: false, handle: await handles.add({ kind: 'write', sender, name, file }), name };
};

export const writeChunk: Handler<'writeChunk'> = async ({ handles }, { handle, bytes }, sender) => {
  const entry = handles.get(handle, sender, 'write');
  try {
    await entry.file.write(bytes);
  } catch (error) {
    await handles.close(handle, sender);
    throw error;
  }
  return { bytesWritten: entry.file.bytesWritten };
};

export const commitWrite: Handler<'commitWrite'> = async ({ handles }, { handle }, sender) => {
  const entry = handles.take(handle, sender, 'write');
  if (entry?.kind !== 'write') throw new IpcFailure('not-found', 'That file is no longer open: choose it again.');
  await entry.file.commit();
  return { name: entry.name, bytesWritten: entry.file.bytesWritten };
};

export const abortWrite: Handler<'abortWrite'> = async ({ handles }, { handle }, sender) => {
  await handles.close(handle, sender, 'write');
  return null;
};
