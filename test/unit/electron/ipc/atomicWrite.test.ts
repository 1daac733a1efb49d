import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../electron/ipc/atomicWrite';
import { diskFullAfter } from '../../../support/faultyFs';
import { makeTempDir } from '../../../support/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const enc = (s: string) => new TextEncoder().encode(s);

describe('writeFileAtomic', () => {
  it('writes the whole content to a new file, readable only by the user', async () => {
    const target = path.join(dir, 'report.bin');
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(await fsp.readFile(target))).toEqual(bytes);
    if (process.platform !== 'win32') expect((await fsp.stat(target)).mode & 0o777).toBe(0o600);
    expect(await fsp.readdir(dir)).toEqual(['report.bin']);
  });

  it('replaces an existing file and keeps its permissions', async () => {
    const target = path.join(dir, 'assessment.cas');
    await fsp.writeFile(target, 'old content');
    await fsp.chmod(target, 0o640);
    await writeFileAtomic(target, enc('new content'));
    expect(await fsp.readFile(target, 'utf8')).toBe('new content');
    if (process.platform !== 'win32') expect((await fsp.stat(target)).mode & 0o777).toBe(0o640);
  });

  it('leaves the old file intact and no temporary file when the disk fills mid-write', async () => {
    const target = path.join(dir, 'assessment.cas');
    await fsp.writeFile(target, 'previous assessment');
    const big = new Uint8Array(1_000_000).fill(7);
    await expect(writeFileAtomic(target, big, diskFullAfter(64 * 1024))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await fsp.readFile(target, 'utf8')).toBe('previous assessment');
    expect(await fsp.readdir(dir)).toEqual(['assessment.cas']);
  });

  it('creates no file at all when the first write fails', async () => {
    const target = path.join(dir, 'new.cas');
    await expect(writeFileAtomic(target, enc('data'), diskFullAfter(0))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('fails cleanly when the folder does not exist', async () => {
    const target = path.join(dir, 'missing', 'file.bin');
    await expect(writeFileAtomic(target, enc('x'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('writes an empty file', async () => {
    const target = path.join(dir, 'empty.bin');
    await writeFileAtomic(target, new Uint8Array());
    expect((await fsp.stat(target)).size).toBe(0);
  });
});
