/**
 * The IPC contract between the renderer (through the preload object) and the main
 * process. One entry per capability: its channel, the schema of what the renderer
 * may send, and the shape of what comes back. The main process validates every
 * request with these schemas; the renderer's types are derived from them.
 */
import { z } from 'zod';
import { ipcChannels, type IpcMethod } from './ipcChannels';
import { bareFileName, fileFilter, streamRequests, type StreamResponses } from './ipcStreams';

export { ipcChannels, type IpcMethod };
export * from './ipcStreams';

/** Largest file the renderer may ask to open; the handler enforces it. */
export const MAX_OPEN_BYTES = 256 * 1024 * 1024;
/** Largest payload the renderer may ask to save. */
export const MAX_SAVE_BYTES = 512 * 1024 * 1024;

export const openFileRequest = z.object({
  title: z.string().max(200).optional(),
  filters: z.array(fileFilter).max(10).default([]),
  maxBytes: z
    .number()
    .int()
    .positive()
    .max(MAX_OPEN_BYTES)
    .default(50 * 1024 * 1024),
});

export const saveFileRequest = z.object({
  title: z.string().max(200).optional(),
  /** Suggested file name only: a bare name, never a path. */
  suggestedName: bareFileName,
  filters: z.array(fileFilter).max(10).default([]),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVE_BYTES, 'too large to save'),
});

export const appInfoRequest = z.undefined();

export type OpenFileRequest = z.input<typeof openFileRequest>;
export type SaveFileRequest = z.input<typeof saveFileRequest>;

export interface OpenedFile {
  canceled: false;
  name: string;
  bytes: Uint8Array;
}
export type OpenFileResult = { canceled: true } | OpenedFile;
export type SaveFileResult = { canceled: true } | { canceled: false; name: string; bytesWritten: number };

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' in the desktop app, 'browser' in the offline browser fallback. */
  runtime: 'electron' | 'browser';
  versions: Record<string, string>;
  platform: string;
}

/** Error codes a handler may return; each comes with a message meant for the user. */
export type IpcErrorCode =
  | 'invalid-request'
  | 'forbidden-sender'
  | 'too-large'
  | 'not-found'
  | 'disk-full'
  | 'permission-denied'
  | 'io-error'
  | 'internal';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

/** Every handler answers with a result, never by throwing across the bridge. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The request schema of every method; `satisfies` keeps it in step with the channels. */
export const ipcContract = {
  appInfo: { channel: ipcChannels.appInfo, request: appInfoRequest },
  openFile: { channel: ipcChannels.openFile, request: openFileRequest },
  saveFile: { channel: ipcChannels.saveFile, request: saveFileRequest },
  openRead: { channel: ipcChannels.openRead, request: streamRequests.openRead },
  readChunk: { channel: ipcChannels.readChunk, request: streamRequests.readChunk },
  closeRead: { channel: ipcChannels.closeRead, request: streamRequests.closeRead },
  openWrite: { channel: ipcChannels.openWrite, request: streamRequests.openWrite },
  writeChunk: { channel: ipcChannels.writeChunk, request: streamRequests.writeChunk },
  commitWrite: { channel: ipcChannels.commitWrite, request: streamRequests.commitWrite },
  abortWrite: { channel: ipcChannels.abortWrite, request: streamRequests.abortWrite },
} as const satisfies Record<IpcMethod, { channel: string; request: z.ZodType }>;

export interface IpcResponses extends StreamResponses {
  appInfo: AppInfo;
  openFile: OpenFileResult;
  saveFile: SaveFileResult;
}

export type IpcRequest<M extends IpcMethod> = z.input<(typeof ipcContract)[M]['request']>;
export type IpcParsedRequest<M extends IpcMethod> = z.output<(typeof ipcContract)[M]['request']>;
