/** Saving a table the app made (a CSV or an Excel workbook) through the platform's save dialog. */
import type { IpcRequest, IpcResult, SaveFileResult } from '../../shared/ipc';

export type TableFormat = 'csv' | 'xlsx';

export interface TableFileSaver {
  saveFile(request: IpcRequest<'saveFile'>): Promise<IpcResult<SaveFileResult>>;
}

/** Saves `bytes`; returns the saved file's name, or '' when the user cancelled. Throws the platform's sentence. */
export async function saveTableFile(
  platform: TableFileSaver,
  file: { title: string; suggestedName: string; format: TableFormat; bytes: Uint8Array<ArrayBuffer> },
): Promise<string> {
  const result = await platform.saveFile({
    title: file.title,
    suggestedName: file.suggestedName,
    filters: [
      file.format === 'csv'
        ? { name: 'CSV (comma-separated)', extensions: ['csv'] }
        : { name: 'Excel workbook', extensions: ['xlsx'] },
    ],
    bytes: file.bytes,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.canceled ? '' : result.value.name;
}
