/**
 * The IPC contract of chunked file handles: a large file (an assessment file) is read
 * or written a piece at a time through an opaque handle, so neither the page nor the
 * main process ever holds the whole file. See electron/ipc/fileStreams.ts.
 */
import { z } from 'zod';

/** Largest piece one readChunk answers or one writeChunk carries. */
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024;
/** The piece size the app asks for when reading. */
export const READ_CHUNK_BYTES = 1024 * 1024;
/** Largest file the app opens through a handle (the format itself has no limit). */
export const MAX_STREAM_OPEN_BYTES = 64 * 1024 * 1024 * 1024;

export const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/))
    .min(1)
    .max(20),
});

/** A file name suggested to a save dialog: a bare name, never a path. */
export const bareFileName = z
  .string()
  .min(1)
  .max(200)
  .refine((n) => !/[\\/]/.test(n) && n !== '.' && n !== '..', 'must be a file name, not a path');

/** An opaque handle id: 128 random bits in hex, meaningless outside the main process. */
export const fileHandleId = z.string().regex(/^[0-9a-f]{32}$/, 'not a file handle');
const handleRequest = z.object({ handle: fileHandleId });

export const openReadRequest = z.object({
  title: z.string().max(200).optional(),
  filters: z.array(fileFilter).max(10).default([]),
});
export const readChunkRequest = z.object({
  handle: fileHandleId,
  /** Where to read from: the page may go back, to read the header again. */
  offset: z.number().int().nonnegative().max(MAX_STREAM_OPEN_BYTES),
  length: z.number().int().positive().max(MAX_CHUNK_BYTES),
});
export const openWriteRequest = z.object({
  title: z.string().max(200).optional(),
  suggestedName: bareFileName,
  filters: z.array(fileFilter).max(10).default([]),
});
export const writeChunkRequest = z.object({
  handle: fileHandleId,
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_CHUNK_BYTES, 'too large for one piece'),
});

export const streamRequests = {
  openRead: openReadRequest,
  readChunk: readChunkRequest,
  closeRead: handleRequest,
  openWrite: openWriteRequest,
  writeChunk: writeChunkRequest,
  commitWrite: handleRequest,
  abortWrite: handleRequest,
} as const;

export type OpenReadResult = { canceled: true } | { canceled: false; handle: string; name: string; size: number };
export type OpenWriteResult = { canceled: true } | { canceled: false; handle: string; name: string };
export interface ReadChunkResult {
  /** Empty at the end of the file. */
  bytes: Uint8Array;
}
export interface CommitWriteResult {
  name: string;
  bytesWritten: number;
}

export interface StreamResponses {
  openRead: OpenReadResult;
  readChunk: ReadChunkResult;
  closeRead: null;
  openWrite: OpenWriteResult;
  writeChunk: { bytesWritten: number };
  commitWrite: CommitWriteResult;
  abortWrite: null;
}
