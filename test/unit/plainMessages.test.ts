/** Every message a user can reach from a file, an exchange or a save is one plain sentence. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toIpcError } from '../../electron/ipc/ipcFailure';
import { readFileLimited } from '../../electron/ipc/readFileLimited';
import { StorageFullError } from '../../renderer/db/storageErrors';
import { BundleError, type BundleErrorCode } from '../../shared/bundle/bundleErrors';
import { ImportError, type ImportErrorCode } from '../../shared/import/importErrors';
import { expectPlainSentence } from '../support/plainSentence';
import { makeTempDir } from '../support/tempDir';

const bundleCodes: BundleErrorCode[] = [
  'not-a-bundle',
  'unsupported-version',
  'damaged-header',
  'kdf-too-costly',
  'no-recipient',
  'needs-private-key',
  'needs-passphrase',
  'wrong-passphrase',
  'wrong-key',
  'bad-signature',
  'tampered',
  'truncated',
  'trailing-data',
];
const importCodes: ImportErrorCode[] = [
  'xml-doctype',
  'xml-broken',
  'not-nmap',
  'too-large',
  'not-csv',
  'not-speed-test',
  'speed-test-failed',
];

describe('assessment files', () => {
  it.each(bundleCodes)('%s, with and without a detail', (code) => {
    expectPlainSentence(new BundleError(code).message);
    expectPlainSentence(new BundleError(code, 'format 9.0.').message);
  });
});

describe('imports', () => {
  it.each(importCodes)('%s, with and without a detail', (code) => {
    expectPlainSentence(new ImportError(code).message);
    expectPlainSentence(new ImportError(code, `at line 3: unexpected ${'x'.repeat(500)}.`).message);
  });
});

describe('saves', () => {
  it.each(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'EISDIR', 'ENAMETOOLONG', 'EIO', 'EBUSY'])(
    '%s from the file system',
    (code) => {
      const error = Object.assign(new Error(`${code}: something happened, open '/home/dana/clinic.cabundle'`), {
        code,
      });
      const ipc = toIpcError(error, 'saving the file');
      expectPlainSentence(ipc.message);
      expect(ipc.message).not.toContain('/home/dana');
    },
  );

  it('an unexpected error, and a full browser store', () => {
    expectPlainSentence(toIpcError(new TypeError('x is not a function'), 'saving the file').message);
    expectPlainSentence(new StorageFullError().message);
  });

  it('a file over the limit for its kind', async () => {
    const { dir, cleanup } = await makeTempDir('plain-messages-');
    try {
      const file = path.join(dir, 'huge.xml');
      await writeFile(file, 'x'.repeat(4096));
      const message = await readFileLimited(file, 1024).then(
        () => 'read',
        (error: unknown) => toIpcError(error, 'opening the file').message,
      );
      expectPlainSentence(message);
    } finally {
      await cleanup();
    }
  });
});
