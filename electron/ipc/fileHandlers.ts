import path from 'node:path';
import type { IpcParsedRequest, OpenFileResult, SaveFileResult } from '../../shared/ipc';
import { writeFileAtomic, type AtomicWriteFs } from './atomicWrite';
import { readFileLimited } from './readFileLimited';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** The native file dialogs, injected so the handlers run without Electron in tests. */
export interface FileDialogs {
  /** Resolves to the chosen path, or undefined when the user cancels. */
  chooseFileToOpen(options: { title?: string | undefined; filters: FileFilter[] }): Promise<string | undefined>;
  chooseFileToSave(options: {
    title?: string | undefined;
    defaultName: string;
    filters: FileFilter[];
  }): Promise<string | undefined>;
}

export async function openFile(dialogs: FileDialogs, request: IpcParsedRequest<'openFile'>): Promise<OpenFileResult> {
  const chosen = await dialogs.chooseFileToOpen({ title: request.title, filters: request.filters });
  if (!chosen) return { canceled: true };
  const bytes = await readFileLimited(chosen, request.maxBytes);
  return { canceled: false, name: path.basename(chosen), bytes };
}

export async function saveFile(
  dialogs: FileDialogs,
  request: IpcParsedRequest<'saveFile'>,
  fs?: AtomicWriteFs,
): Promise<SaveFileResult> {
  const chosen = await dialogs.chooseFileToSave({
    title: request.title,
    defaultName: request.suggestedName,
    filters: request.filters,
  });
  if (!chosen) return { canceled: true };
  await writeFileAtomic(chosen, request.bytes, fs);
  return { canceled: false, name: path.basename(chosen), bytesWritten: request.bytes.byteLength };
}
