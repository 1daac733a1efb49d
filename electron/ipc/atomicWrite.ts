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
 * A file written so that `target` holds either its old content or the whole new
 * content, never a part: the bytes go to a temporary file beside it, which `commit`
 * flushes to the disk and renames over the target (then flushes the folder), and
 * `abort` deletes. Any failure while writing or committing deletes the temporary file.
 */
export class AtomicFile {
  private written = 0;
  private constructor(
    readonly target: string,
    private readonly temp: string,
    private handle: fsp.FileHandle | undefined,
    private readonly fs: AtomicWriteFs,
  ) {}

  static async create(target: string, fs: AtomicWriteFs = fsp): Promise<AtomicFile> {
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await fs.open(temp, 'wx', await existingMode(target, fs));
    return new AtomicFile(target, temp, handle, fs);
  }

  get bytesWritten(): number {
    return this.written;
  }

  async write(bytes: Uint8Array): Promise<void> {
    await this.failing(async (handle) => {
      let offset = 0;
      while (offset < bytes.byteLength) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
        if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
        offset += bytesWritten;
      }
      this.written += bytes.byteLength;
    });
  }

  async commit(): Promise<void> {
    await this.failing(async (handle) => {
      await handle.sync();
      await handle.close();
      this.handle = undefined;
      await this.fs.rename(this.temp, this.target);
    });
    await syncFolder(path.dirname(this.target), this.fs);
  }

  /** Closes and deletes the temporary file; the target is left as it was. */
  async abort(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close().catch(() => undefined);
    await this.fs.unlink(this.temp).catch(() => undefined);
  }

  private async failing(work: (handle: fsp.FileHandle) => Promise<void>): Promise<void> {
    const handle = this.handle;
    if (!handle) throw Object.assign(new Error('the file is already closed'), { code: 'EBADF' });
    try {
      await work(handle);
    } catch (error) {
      await this.abort();
      throw error;
    }
  }
}

/** Writes `bytes` to `target` atomically (see AtomicFile); rethrows any failure. */
export async function writeFileAtomic(target: string, bytes: Uint8Array, fs: AtomicWriteFs = fsp): Promise<void> {
  const file = await AtomicFile.create(target, fs);
  await file.write(bytes);
  await file.commit();
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
