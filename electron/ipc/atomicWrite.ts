import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';

/** The slice of node:fs/promises that an atomic write needs; tests pass a faulty one. */
export interface AtomicWriteFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
  stat: typeof fsp.stat;
}

/**
 * Writes `bytes` to `target` so that the target holds either its old content or the
 * whole new content, never a part: write a temporary file beside it, flush it to
 * the disk, then rename it over the target and flush the folder. On any failure the
 * temporary file is removed and the error is rethrown.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array, fs: AtomicWriteFs = fsp): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await existingMode(target, fs);
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', mode);
    let offset = 0;
    while (offset < bytes.byteLength) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
      if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
      offset += bytesWritten;
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(dir, fs);
}

/** Keeps the permissions of a file being replaced; new files are private to the user. */
async function existingMode(target: string, fs: AtomicWriteFs): Promise<number> {
  try {
    return (await fs.stat(target)).mode & 0o777;
  } catch {
    return 0o600;
  }
}

/** Makes the rename itself durable where the platform allows opening a folder. */
async function syncFolder(dir: string, fs: AtomicWriteFs): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder for syncing; the rename is already done.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
