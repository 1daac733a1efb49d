/**
 * Large files through the platform's chunked handles (shared/ipcStreams.ts), as small
 * objects: a file chosen for reading, read a piece at a time from any offset, and a
 * file being saved, written a piece at a time and committed (or aborted: then nothing
 * appears at the chosen place). Failures throw an Error whose message is for the user.
 */
import type { IpcRequest, IpcResult } from '../../shared/ipc';
import { platform } from './api';

function valueOf<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export interface ReadableFile {
  name: string;
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface WritableFile {
  name: string;
  write(bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  /** Puts the whole file in place; resolves to its name and size. */
  commit(): Promise<{ name: string; bytesWritten: number }>;
  /** Discards what was written; harmless after a commit or a failure. */
  abort(): Promise<void>;
}

/** Asks the user for a file to read; undefined when they cancel. */
export async function chooseReadable(request: IpcRequest<'openRead'>): Promise<ReadableFile | undefined> {
  const opened = valueOf(await platform.openRead(request));
  if (opened.canceled) return undefined;
  const { handle, name, size } = opened;
  return {
    name,
    size,
    read: async (offset, length) => valueOf(await platform.readChunk({ handle, offset, length })).bytes,
    close: async () => void (await platform.closeRead({ handle })),
  };
}

/** Asks the user where to save; undefined when they cancel. */
export async function chooseWritable(request: IpcRequest<'openWrite'>): Promise<WritableFile | undefined> {
  const opened = valueOf(await platform.openWrite(request));
  if (opened.canceled) return undefined;
  const { handle, name } = opened;
  let open = true;
  return {
    name,
    write: async (bytes) => void valueOf(await platform.writeChunk({ handle, bytes })),
    commit: async () => {
      const done = valueOf(await platform.commitWrite({ handle }));
      open = false;
      return done;
    },
    abort: async () => {
      if (open) await platform.abortWrite({ handle });
      open = false;
    },
  };
}
