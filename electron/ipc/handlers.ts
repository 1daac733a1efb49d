import type { AtomicWriteFs } from './atomicWrite';
import { appInfo, type AppIdentity } from './appInfo';
import type { IpcHandlers } from './dispatch';
import { FileHandleTable } from './fileHandleTable';
import { openFile, saveFile, type FileDialogs } from './fileHandlers';
import * as streams from './fileStreams';

export interface HandlerDeps {
  dialogs: FileDialogs;
  identity: AppIdentity;
  /** The files pages have open; main.ts passes its own to close a page's files when it goes. */
  handles?: FileHandleTable;
  /** Only tests replace the file system, to simulate a failing disk. */
  fs?: AtomicWriteFs;
}

/** Binds every handler to its dependencies. */
export function createHandlers(deps: HandlerDeps): IpcHandlers {
  const stream: streams.StreamDeps = {
    dialogs: deps.dialogs,
    handles: deps.handles ?? new FileHandleTable(),
    ...(deps.fs ? { fs: deps.fs } : {}),
  };
  return {
    appInfo: async () => appInfo(deps.identity),
    openFile: (request) => openFile(deps.dialogs, request),
    saveFile: (request) => saveFile(deps.dialogs, request, deps.fs),
    openRead: (request, sender) => streams.openRead(stream, request, sender),
    readChunk: (request, sender) => streams.readChunk(stream, request, sender),
    closeRead: (request, sender) => streams.closeRead(stream, request, sender),
    openWrite: (request, sender) => streams.openWrite(stream, request, sender),
    writeChunk: (request, sender) => streams.writeChunk(stream, request, sender),
    commitWrite: (request, sender) => streams.commitWrite(stream, request, sender),
    abortWrite: (request, sender) => streams.abortWrite(stream, request, sender),
  };
}
