import type { AtomicWriteFs } from './atomicWrite';
import { appInfo, type AppIdentity } from './appInfo';
import type { IpcHandlers } from './dispatch';
import { openFile, saveFile, type FileDialogs } from './fileHandlers';

export interface HandlerDeps {
  dialogs: FileDialogs;
  identity: AppIdentity;
  /** Only tests replace the file system, to simulate a failing disk. */
  fs?: AtomicWriteFs;
}

/** Binds every handler to its dependencies. */
export function createHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    appInfo: async () => appInfo(deps.identity),
    openFile: (request) => openFile(deps.dialogs, request),
    saveFile: (request) => saveFile(deps.dialogs, request, deps.fs),
  };
}
