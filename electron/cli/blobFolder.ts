/**
 * Evidence bytes passing through a command (merge): each blob written once, by its hash,
 * to a private temporary folder as it streams out of its file, read back as a stream
 * when the output is sealed, and the folder removed at the end. Never all in memory.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rename, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ManifestBlob } from '../../shared/bundle/blobSection';
import { CliError, fsProblem } from './io';
import type { BlobHandler } from './openInput';

export interface BlobFolder {
  /** Stores a file's blob (read to its end either way); the first copy of each hash is kept. */
  keep: BlobHandler;
  has(sha256: string): boolean;
  pieces(blob: ManifestBlob): AsyncIterable<Uint8Array>;
  remove(): Promise<void>;
}

export async function blobFolder(): Promise<BlobFolder> {
  // mkdtemp makes the folder readable by this user only.
  const dir = await mkdtemp(path.join(tmpdir(), 'clinic-assessor-evidence-')).catch((error: unknown) => {
    throw new CliError(`Cannot make a temporary folder for the evidence: ${fsProblem(error, true)}.`);
  });
  const kept = new Set<string>();
  const where = (sha256: string) => path.join(dir, sha256);
  return {
    async keep(entry, pieces) {
      if (kept.has(entry.sha256)) return;
      const partial = `${where(entry.sha256)}.partial`;
      const handle = await open(partial, 'wx', 0o600);
      try {
        for await (const piece of pieces) await handle.write(piece);
      } catch (error) {
        await handle.close();
        await unlink(partial).catch(() => undefined);
        throw error;
      }
      await handle.close();
      // Only a blob read to its end and checked against its hash is kept.
      await rename(partial, where(entry.sha256));
      kept.add(entry.sha256);
    },
    has: (sha256) => kept.has(sha256),
    pieces: (blob) => createReadStream(where(blob.sha256), { highWaterMark: 256 * 1024 }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Writes `pieces` to `file` beside it first, put in place only when whole. */
export async function writeStreamed(file: string, pieces: AsyncIterable<Uint8Array>): Promise<void> {
  const partial = `${file}.partial-${process.pid}`;
  try {
    const handle = await open(partial, 'w', 0o600);
    try {
      for await (const piece of pieces) await handle.write(piece);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, file);
  } catch (error) {
    await unlink(partial).catch(() => undefined);
    if (error instanceof CliError || !(error as NodeJS.ErrnoException | undefined)?.code) throw error;
    throw new CliError(`Cannot write ${file}: ${fsProblem(error, true)}.`);
  }
}
