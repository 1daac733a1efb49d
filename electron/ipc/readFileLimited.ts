import * as fsp from 'node:fs/promises';
import { IpcFailure } from './ipcFailure';

/**
 * Reads a whole regular file, refusing one larger than `maxBytes` before reading it
 * and again if it grows while being read.
 */
export async function readFileLimited(file: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await fsp.open(file, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new IpcFailure('io-error', 'That is not a regular file.');
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    const buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.byteLength) throw tooLarge(length, maxBytes);
      const { bytesRead } = await handle.read(buffer, length, buffer.byteLength - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number, maxBytes: number): IpcFailure {
  return new IpcFailure(
    'too-large',
    `The file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for this kind of file.`,
  );
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
