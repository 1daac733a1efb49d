import {
  openFileRequest,
  saveFileRequest,
  type AppInfo,
  type IpcResult,
  type OpenFileResult,
  type SaveFileResult,
} from '../../shared/ipc';
import type { ClinicAssessorApi } from '../../electron/preload';
import { browserStreams, download, pickFile } from './browserStreams';

/**
 * The browser fallback of the preload object, for `npm start` where Electron cannot
 * run: files are chosen with the browser's picker and saved as downloads; large files
 * go through the chunked handles of browserStreams.ts.
 */
export const browserApi: ClinicAssessorApi = {
  async appInfo(): Promise<IpcResult<AppInfo>> {
    const chrome = /Chrom(?:e|ium)\/([\d.]+)/.exec(navigator.userAgent)?.[1];
    return {
      ok: true,
      value: {
        name: 'Clinic Assessor',
        version: __APP_VERSION__,
        runtime: 'browser',
        versions: chrome ? { chrome } : {},
        platform: navigator.platform,
      },
    };
  },

  async openFile(raw): Promise<IpcResult<OpenFileResult>> {
    const parsed = openFileRequest.safeParse(raw);
    if (!parsed.success)
      return { ok: false, error: { code: 'invalid-request', message: 'The request was malformed.' } };
    const file = await pickFile(
      parsed.data.filters.flatMap((f) => f.extensions.filter((e) => e !== '*').map((e) => `.${e}`)),
    );
    if (!file) return { ok: true, value: { canceled: true } };
    if (file.size > parsed.data.maxBytes) {
      return {
        ok: false,
        error: {
          code: 'too-large',
          message: `The file is over the ${Math.round(parsed.data.maxBytes / 1048576)} MiB limit for this kind of file.`,
        },
      };
    }
    return { ok: true, value: { canceled: false, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
  },

  ...browserStreams,

  async saveFile(raw): Promise<IpcResult<SaveFileResult>> {
    const parsed = saveFileRequest.safeParse(raw);
    if (!parsed.success)
      return { ok: false, error: { code: 'invalid-request', message: 'The request was malformed.' } };
    const { bytes, suggestedName } = parsed.data;
    download(new Blob([bytes.slice()], { type: 'application/octet-stream' }), suggestedName);
    return { ok: true, value: { canceled: false, name: suggestedName, bytesWritten: bytes.byteLength } };
  },
};
