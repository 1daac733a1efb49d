/**
 * The browser fallback of the chunked file handles (shared/ipcStreams.ts), for
 * `npm start` without Electron. Reading slices the chosen File, so only the piece asked
 * for is read into memory. Writing goes through the File System Access API where the
 * browser has it (Chromium on http://127.0.0.1, a secure context): each piece goes
 * straight to a swap file that the browser moves into place on close, so an
 * abandoned save leaves nothing. Elsewhere the pieces are kept as Blobs and offered as
 * one download at the end: the browser may page those Blobs to disk, but in the worst
 * case the whole file sits in the browser's memory until the download starts.
 */
import type { output } from 'zod';
import { streamRequests, type IpcResult, type StreamResponses } from '../../shared/ipc';

interface SaveWritable {
  write(data: BufferSource): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}
type SavePicker = (options: {
  suggestedName: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}) => Promise<{ name: string; createWritable(): Promise<SaveWritable> }>;

type WriteEntry = { name: string; written: number } & ({ writable: SaveWritable } | { parts: Blob[] });

const reads = new Map<string, File>();
const writes = new Map<string, WriteEntry>();
const newHandle = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
const malformed = { ok: false, error: { code: 'invalid-request', message: 'The request was malformed.' } } as const;
const gone = {
  ok: false,
  error: { code: 'not-found', message: 'That file is no longer open: choose it again.' },
} as const;
const ok = <T>(value: T) => ({ ok: true, value }) as const;

type Method = keyof StreamResponses;
/** Validates the request as the main process would, then runs `work`; a thrown error becomes a plain message. */
function handler<M extends Method>(
  method: M,
  work: (request: output<(typeof streamRequests)[M]>) => Promise<IpcResult<StreamResponses[M]>>,
) {
  return async (raw: unknown): Promise<IpcResult<StreamResponses[M]>> => {
    const parsed = streamRequests[method].safeParse(raw);
    if (!parsed.success) return malformed;
    try {
      return await work(parsed.data as never);
    } catch (error) {
      return {
        ok: false,
        error: {
          code: 'io-error',
          message: `The browser could not ${method.startsWith('read') || method === 'openRead' ? 'read' : 'write'} the file${error instanceof Error && error.message ? ` (${error.message})` : ''}.`,
        },
      };
    }
  };
}

export const browserStreams = {
  openRead: handler('openRead', async ({ filters }) => {
    const file = await pickFile(filters.flatMap((f) => f.extensions.filter((e) => e !== '*').map((e) => `.${e}`)));
    if (!file) return ok({ canceled: true } as const);
    const handle = newHandle();
    reads.set(handle, file);
    return ok({ canceled: false, handle, name: file.name, size: file.size } as const);
  }),
  readChunk: handler('readChunk', async ({ handle, offset, length }) => {
    const file = reads.get(handle);
    return file ? ok({ bytes: new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()) }) : gone;
  }),
  closeRead: handler('closeRead', async ({ handle }) => ok((reads.delete(handle), null))),
  openWrite: handler('openWrite', async ({ suggestedName, filters }) => {
    const picker = (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
    const handle = newHandle();
    if (!picker) {
      writes.set(handle, { name: suggestedName, written: 0, parts: [] });
      return ok({ canceled: false, handle, name: suggestedName } as const);
    }
    const types = filters.map((f) => ({
      description: f.name,
      accept: { 'application/octet-stream': f.extensions.filter((e) => e !== '*').map((e) => `.${e}`) },
    }));
    let chosen: Awaited<ReturnType<SavePicker>>;
    try {
      chosen = await picker({
        suggestedName,
        types: types.filter((t) => t.accept['application/octet-stream'].length > 0),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return ok({ canceled: true } as const);
      throw error;
    }
    writes.set(handle, { name: chosen.name, written: 0, writable: await chosen.createWritable() });
    return ok({ canceled: false, handle, name: chosen.name } as const);
  }),
  writeChunk: handler('writeChunk', async ({ handle, bytes }) => {
    const entry = writes.get(handle);
    if (!entry) return gone;
    if ('writable' in entry) await entry.writable.write(bytes.slice());
    else entry.parts.push(new Blob([bytes.slice()]));
    entry.written += bytes.byteLength;
    return ok({ bytesWritten: entry.written });
  }),
  commitWrite: handler('commitWrite', async ({ handle }) => {
    const entry = writes.get(handle);
    if (!entry) return gone;
    writes.delete(handle);
    if ('writable' in entry) await entry.writable.close();
    else download(new Blob(entry.parts, { type: 'application/octet-stream' }), entry.name);
    return ok({ name: entry.name, bytesWritten: entry.written });
  }),
  abortWrite: handler('abortWrite', async ({ handle }) => {
    const entry = writes.get(handle);
    writes.delete(handle);
    if (entry && 'writable' in entry) await entry.writable.abort().catch(() => undefined);
    return ok(null);
  }),
};

/** Offers `blob` as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** The browser's file picker; undefined when the user cancels. */
export function pickFile(accept: string[]): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    if (accept.length > 0) input.accept = accept.join(',');
    input.addEventListener('change', () => resolve(input.files?.[0]), { once: true });
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.click();
  });
}
