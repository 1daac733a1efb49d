import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIpcDispatch } from '../../../../electron/ipc/dispatch';
import { FileHandleTable, MAX_READ_HANDLES, MAX_WRITE_HANDLES } from '../../../../electron/ipc/fileHandleTable';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { MAX_CHUNK_BYTES, type IpcResult } from '../../../../shared/ipc';
import { diskFullAfter } from '../../../support/faultyFs';
import { scriptedDialogs } from '../../../support/fakeDialogs';
import { makeTempDir } from '../../../support/tempDir';

const APP = 'app://bundle';
const PAGE = 'app://bundle/index.html';
const identity = { name: 'Clinic Assessor', version: '1.2.3', versions: {}, platform: 'linux' };

let dir: string;
let cleanup: () => Promise<void>;
const tables: FileHandleTable[] = [];
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(async () => {
  for (const table of tables.splice(0)) for (const sender of ['one', 'two', 'page']) await table.releaseSender(sender);
  await cleanup();
});

function setUp(fs?: Parameters<typeof createHandlers>[0]['fs']) {
  const answers: { open?: string; save?: string } = {};
  const handles = new FileHandleTable();
  tables.push(handles);
  const dispatch = createIpcDispatch({
    trustedOrigin: APP,
    handlers: createHandlers({ dialogs: scriptedDialogs(answers), identity, handles, ...(fs ? { fs } : {}) }),
  });
  return { answers, handles, dispatch };
}

function value<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function openedHandle(
  result: IpcResult<{ canceled: true } | { canceled: false; handle: string }>,
): Promise<string> {
  const opened = value(result);
  if (opened.canceled) throw new Error('the dialog was cancelled');
  return opened.handle;
}

const pattern = (n: number) => new Uint8Array(n).map((_, i) => (i * 7) % 251);

describe('read handles', () => {
  it('reads a file piece by piece from any offset, and answers empty bytes at its end', async () => {
    const { answers, dispatch } = setUp();
    const bytes = pattern(2_500_000);
    answers.open = path.join(dir, 'big.cabundle');
    await fsp.writeFile(answers.open, bytes);
    const opened = value(
      await dispatch('openRead', PAGE, { filters: [{ name: 'Assessment file', extensions: ['cabundle'] }] }, 'one'),
    );
    expect(opened).toEqual({
      canceled: false,
      handle: expect.stringMatching(/^[0-9a-f]{32}$/),
      name: 'big.cabundle',
      size: 2_500_000,
    });
    const handle = opened.canceled ? '' : opened.handle;
    const pieces: Uint8Array[] = [];
    for (let offset = 0; ;) {
      const { bytes: piece } = value(await dispatch('readChunk', PAGE, { handle, offset, length: 1024 * 1024 }, 'one'));
      if (!piece.byteLength) break;
      pieces.push(piece);
      offset += piece.byteLength;
    }
    expect(pieces.map((p) => p.byteLength)).toEqual([1048576, 1048576, 402848]);
    expect(Buffer.concat(pieces).equals(Buffer.from(bytes))).toBe(true);
    expect(value(await dispatch('readChunk', PAGE, { handle, offset: 10, length: 5 }, 'one')).bytes).toEqual(
      bytes.subarray(10, 15),
    );
    value(await dispatch('closeRead', PAGE, { handle }, 'one'));
    expect(await dispatch('readChunk', PAGE, { handle, offset: 0, length: 5 }, 'one')).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That file is no longer open: choose it again.' },
    });
  });

  it("refuses unknown handles, another page's handles, and pieces over the limit", async () => {
    const { answers, dispatch } = setUp();
    answers.open = path.join(dir, 'a.cabundle');
    await fsp.writeFile(answers.open, 'abc');
    const handle = await openedHandle(await dispatch('openRead', PAGE, {}, 'one'));
    const notOpen = {
      ok: false,
      error: { code: 'not-found', message: 'That file is no longer open: choose it again.' },
    };
    expect(await dispatch('readChunk', PAGE, { handle, offset: 0, length: 3 }, 'two')).toEqual(notOpen);
    expect(await dispatch('readChunk', PAGE, { handle: 'f'.repeat(32), offset: 0, length: 3 }, 'one')).toEqual(notOpen);
    expect(await dispatch('writeChunk', PAGE, { handle, bytes: new Uint8Array([1]) }, 'one')).toEqual(notOpen);
    const tooMuch = await dispatch('readChunk', PAGE, { handle, offset: 0, length: MAX_CHUNK_BYTES + 1 }, 'one');
    expect(tooMuch).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch('readChunk', PAGE, { handle: '../etc/passwd', offset: 0, length: 3 }, 'one')).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    // Another page closing it does nothing; the owner still reads.
    value(await dispatch('closeRead', PAGE, { handle }, 'two'));
    expect(
      new TextDecoder().decode(value(await dispatch('readChunk', PAGE, { handle, offset: 0, length: 3 }, 'one')).bytes),
    ).toBe('abc');
  });

  it('keeps a bounded number open per page, closing the oldest', async () => {
    const { answers, handles, dispatch } = setUp();
    answers.open = path.join(dir, 'a.cabundle');
    await fsp.writeFile(answers.open, 'abc');
    const ids: string[] = [];
    for (let i = 0; i <= MAX_READ_HANDLES; i++)
      ids.push(await openedHandle(await dispatch('openRead', PAGE, {}, 'one')));
    await openedHandle(await dispatch('openRead', PAGE, {}, 'two'));
    expect(handles.size).toBe(MAX_READ_HANDLES + 1);
    expect(await dispatch('readChunk', PAGE, { handle: ids[0]!, offset: 0, length: 1 }, 'one')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      value(await dispatch('readChunk', PAGE, { handle: ids[1]!, offset: 0, length: 1 }, 'one')).bytes,
    ).toHaveLength(1);
    await handles.releaseSender('one');
    expect(handles.size).toBe(1);
  });

  it('says plainly when the chosen path is a folder, and keeps nothing open', async () => {
    const { answers, handles, dispatch } = setUp();
    answers.open = dir;
    expect(await dispatch('openRead', PAGE, {}, 'one')).toEqual({
      ok: false,
      error: { code: 'io-error', message: 'That is not a regular file.' },
    });
    expect(handles.size).toBe(0);
  });
});

describe('write handles', () => {
  it('writes piece by piece beside the target, which appears, whole, only on commit', async () => {
    const { answers, dispatch } = setUp();
    answers.save = path.join(dir, 'export.cabundle');
    const handle = await openedHandle(await dispatch('openWrite', PAGE, { suggestedName: 'export.cabundle' }, 'one'));
    const bytes = pattern(3_000_000);
    for (let offset = 0; offset < bytes.byteLength; offset += 1024 * 1024) {
      value(await dispatch('writeChunk', PAGE, { handle, bytes: bytes.slice(offset, offset + 1024 * 1024) }, 'one'));
      const listing = await fsp.readdir(dir);
      expect(listing).toHaveLength(1);
      expect(listing[0]).toMatch(/^\.export\.cabundle\.[0-9a-f]{12}\.tmp$/);
    }
    expect(value(await dispatch('commitWrite', PAGE, { handle }, 'one'))).toEqual({
      name: 'export.cabundle',
      bytesWritten: 3_000_000,
    });
    expect(await fsp.readdir(dir)).toEqual(['export.cabundle']);
    expect((await fsp.readFile(answers.save)).equals(Buffer.from(bytes))).toBe(true);
    expect(await dispatch('commitWrite', PAGE, { handle }, 'one')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('abort deletes the unfinished file and leaves the previous one as it was', async () => {
    const { answers, dispatch } = setUp();
    answers.save = path.join(dir, 'backup.cabundle');
    await fsp.writeFile(answers.save, 'last week');
    const handle = await openedHandle(await dispatch('openWrite', PAGE, { suggestedName: 'backup.cabundle' }, 'one'));
    value(await dispatch('writeChunk', PAGE, { handle, bytes: pattern(100_000) }, 'one'));
    expect(await fsp.readdir(dir)).toHaveLength(2);
    value(await dispatch('abortWrite', PAGE, { handle }, 'one'));
    expect(await fsp.readdir(dir)).toEqual(['backup.cabundle']);
    expect(await fsp.readFile(answers.save, 'utf8')).toBe('last week');
  });

  it('a full disk mid-file ends in a plain message, the handle closed and no file behind', async () => {
    const { answers, handles, dispatch } = setUp(diskFullAfter(150_000));
    answers.save = path.join(dir, 'backup.cabundle');
    await fsp.writeFile(answers.save, 'last week');
    const handle = await openedHandle(await dispatch('openWrite', PAGE, { suggestedName: 'backup.cabundle' }, 'one'));
    value(await dispatch('writeChunk', PAGE, { handle, bytes: pattern(100_000) }, 'one'));
    expect(await dispatch('writeChunk', PAGE, { handle, bytes: pattern(100_000) }, 'one')).toEqual({
      ok: false,
      error: {
        code: 'disk-full',
        message: 'The disk is full, so writing the file failed and nothing was changed: free some space and try again.',
      },
    });
    expect(handles.size).toBe(0);
    expect(await fsp.readdir(dir)).toEqual(['backup.cabundle']);
    expect(await fsp.readFile(answers.save, 'utf8')).toBe('last week');
  });

  it('a failed commit leaves the previous file and no temporary file', async () => {
    const failing = {
      ...fsp,
      rename: async () => Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })),
    };
    const { answers, dispatch } = setUp(failing);
    answers.save = path.join(dir, 'backup.cabundle');
    await fsp.writeFile(answers.save, 'last week');
    const handle = await openedHandle(await dispatch('openWrite', PAGE, { suggestedName: 'backup.cabundle' }, 'one'));
    value(await dispatch('writeChunk', PAGE, { handle, bytes: pattern(10) }, 'one'));
    expect(await dispatch('commitWrite', PAGE, { handle }, 'one')).toMatchObject({
      ok: false,
      error: { code: 'permission-denied' },
    });
    expect(await fsp.readdir(dir)).toEqual(['backup.cabundle']);
  });

  it('abandons the oldest unfinished file past the limit, and every one when the page goes', async () => {
    const { answers, handles, dispatch } = setUp();
    const ids: string[] = [];
    for (let i = 0; i <= MAX_WRITE_HANDLES; i++) {
      answers.save = path.join(dir, `f${i}.cabundle`);
      ids.push(await openedHandle(await dispatch('openWrite', PAGE, { suggestedName: 'f.cabundle' }, 'one')));
    }
    expect((await fsp.readdir(dir)).filter((f) => f.startsWith('.f0.'))).toEqual([]);
    expect(await fsp.readdir(dir)).toHaveLength(MAX_WRITE_HANDLES);
    expect(await dispatch('writeChunk', PAGE, { handle: ids[0]!, bytes: pattern(1) }, 'one')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    await handles.releaseSender('one');
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('refuses a path for a name and a piece over the limit', async () => {
    const { answers, dispatch } = setUp();
    answers.save = path.join(dir, 'x.cabundle');
    expect(await dispatch('openWrite', PAGE, { suggestedName: '../x.cabundle' }, 'one')).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    const handle = await openedHandle(await dispatch('openWrite', PAGE, { suggestedName: 'x.cabundle' }, 'one'));
    expect(
      await dispatch('writeChunk', PAGE, { handle, bytes: new Uint8Array(MAX_CHUNK_BYTES + 1) }, 'one'),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch('openWrite', PAGE, { suggestedName: 'x.cabundle' }, undefined)).toMatchObject({ ok: true });
  });
});
