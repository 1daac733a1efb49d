import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIpcDispatch, isTrustedSender } from '../../../../electron/ipc/dispatch';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { makeTempDir } from '../../../support/tempDir';
import { scriptedDialogs } from '../../../support/fakeDialogs';

const APP = 'app://bundle';
const PAGE = 'app://bundle/index.html';
const identity = {
  name: 'Clinic Assessor',
  version: '1.2.3',
  versions: { electron: '45.5.0', chrome: '140.0', node: '22.1.0' },
  platform: 'linux',
};

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

function dispatcherFor(answers: { open?: string; save?: string }) {
  const dialogs = scriptedDialogs(answers);
  return {
    dialogs,
    dispatch: createIpcDispatch({ trustedOrigin: APP, handlers: createHandlers({ dialogs, identity }) }),
  };
}

describe('isTrustedSender', () => {
  it.each([
    ['app://bundle/index.html', true],
    ['app://bundle/', true],
    ['app://other/index.html', false],
    ['http://bundle/index.html', false],
    ['https://evil.example/app://bundle', false],
    ['file:///index.html', false],
    ['not a url', false],
    [undefined, false],
  ])('%s -> %s', (url, trusted) => {
    expect(isTrustedSender(url, APP)).toBe(trusted);
  });
});

describe('IPC dispatch', () => {
  it('refuses every method from a sender outside the app, before touching dialogs or files', async () => {
    const { dispatch, dialogs } = dispatcherFor({ open: '/etc/passwd' });
    const result = await dispatch('openFile', 'https://evil.example/', {});
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'forbidden-sender' }) });
    expect(dialogs.asked).toEqual([]);
  });

  it('answers app information', async () => {
    const { dispatch } = dispatcherFor({});
    const result = await dispatch('appInfo', PAGE, undefined);
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Clinic Assessor',
        version: '1.2.3',
        runtime: 'electron',
        versions: identity.versions,
        platform: 'linux',
      },
    });
  });

  it('rejects a malformed request with a message naming the field', async () => {
    const { dispatch, dialogs } = dispatcherFor({ save: path.join(dir, 'x') });
    const result = await dispatch('saveFile', PAGE, {
      suggestedName: '../../etc/cron.d/x',
      bytes: new Uint8Array([1]),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toContain('suggestedName');
    }
    expect(dialogs.asked).toEqual([]);
  });

  it('rejects bytes that are not a Uint8Array', async () => {
    const { dispatch } = dispatcherFor({ save: path.join(dir, 'x') });
    const result = await dispatch('saveFile', PAGE, { suggestedName: 'a.json', bytes: 'hello' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('rejects an unknown method', async () => {
    const { dispatch } = dispatcherFor({});
    const result = await dispatch('deleteEverything' as 'appInfo', PAGE, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('opens the chosen file and returns its name and bytes', async () => {
    const file = path.join(dir, 'scan.xml');
    await fsp.writeFile(file, '<nmaprun/>');
    const { dispatch, dialogs } = dispatcherFor({ open: file });
    const result = await dispatch('openFile', PAGE, {
      title: 'Import scan',
      filters: [{ name: 'Nmap XML', extensions: ['xml'] }],
    });
    expect(result).toEqual({
      ok: true,
      value: { canceled: false, name: 'scan.xml', bytes: new TextEncoder().encode('<nmaprun/>') },
    });
    expect(dialogs.asked).toEqual([
      { kind: 'open', title: 'Import scan', filters: [{ name: 'Nmap XML', extensions: ['xml'] }] },
    ]);
  });

  it('refuses a file over the size limit with a clear message', async () => {
    const file = path.join(dir, 'huge.xml');
    await fsp.writeFile(file, new Uint8Array(2048));
    const { dispatch } = dispatcherFor({ open: file });
    const result = await dispatch('openFile', PAGE, { maxBytes: 1024 });
    expect(result).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'The file is 2.0 KiB, over the 1.0 KiB limit for this kind of file.' },
    });
  });

  it('refuses to raise the size limit above the hard cap', async () => {
    const { dispatch } = dispatcherFor({ open: path.join(dir, 'x') });
    const result = await dispatch('openFile', PAGE, { maxBytes: 10 * 1024 * 1024 * 1024 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('reports a file that vanished as not found', async () => {
    const { dispatch } = dispatcherFor({ open: path.join(dir, 'gone.xml') });
    const result = await dispatch('openFile', PAGE, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses to open a folder', async () => {
    const { dispatch } = dispatcherFor({ open: dir });
    const result = await dispatch('openFile', PAGE, {});
    expect(result.ok).toBe(false);
  });

  it('returns canceled when the user closes the dialog', async () => {
    const { dispatch } = dispatcherFor({});
    expect(await dispatch('openFile', PAGE, {})).toEqual({ ok: true, value: { canceled: true } });
    expect(await dispatch('saveFile', PAGE, { suggestedName: 'a.json', bytes: new Uint8Array([1]) })).toEqual({
      ok: true,
      value: { canceled: true },
    });
  });

  it('saves the bytes to the chosen file', async () => {
    const target = path.join(dir, 'diagnostics.json');
    const { dispatch, dialogs } = dispatcherFor({ save: target });
    const bytes = new TextEncoder().encode('{"ok":true}');
    const result = await dispatch('saveFile', PAGE, {
      suggestedName: 'diagnostics.json',
      bytes,
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
    expect(result).toEqual({
      ok: true,
      value: { canceled: false, name: 'diagnostics.json', bytesWritten: bytes.byteLength },
    });
    expect(await fsp.readFile(target, 'utf8')).toBe('{"ok":true}');
    expect(dialogs.asked).toEqual([
      {
        kind: 'save',
        title: undefined,
        defaultName: 'diagnostics.json',
        filters: [{ name: 'JSON', extensions: ['json'] }],
      },
    ]);
  });

  it('turns a failed save into a message and keeps the previous file', async () => {
    const target = path.join(dir, 'assessment.cas');
    await fsp.writeFile(target, 'previous');
    const dialogs = scriptedDialogs({ save: target });
    const failing = {
      ...fsp,
      rename: async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    };
    const dispatch = createIpcDispatch({
      trustedOrigin: APP,
      handlers: createHandlers({ dialogs, identity, fs: failing }),
    });
    const result = await dispatch('saveFile', PAGE, {
      suggestedName: 'assessment.cas',
      bytes: new Uint8Array([1, 2, 3]),
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'disk-full',
        message: 'The disk is full, so saving the file failed and nothing was changed: free some space and try again.',
      },
    });
    expect(await fsp.readFile(target, 'utf8')).toBe('previous');
    expect(await fsp.readdir(dir)).toEqual(['assessment.cas']);
  });
});
