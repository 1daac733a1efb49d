/**
 * The assessment-file worker's API called directly, as its worker runs it: real WebCrypto,
 * a real file on disk written and read a piece at a time through the callbacks the page
 * would lend it.
 */
import { open as openFile } from 'node:fs/promises';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { proxy } from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundleContent } from '../../../../shared/bundle/bundleContent';
import { generateKeyPair } from '../../../../shared/crypto/p256Keys';
import { READ_CHUNK_BYTES } from '../../../../shared/ipc';
import { bundleApi } from '../../../../renderer/workers/bundleApi';
import { PIECE_BYTES, type SealTask, type WorkerKey } from '../../../../renderer/workers/bundleTasks';
import { WorkerTaskError } from '../../../../renderer/workers/workerTask';
import { portfolioRecords, recordCount } from '../../../support/bundleFixture';

const dir = await mkdtemp(path.join(tmpdir(), 'clinic-assessor-workers-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const records = await portfolioRecords(1, 2_000, 'field-laptop');
const task: SealTask = {
  op: 'seal',
  content: buildBundleContent(records, { kind: 'all' }, 'field-laptop', 'Field assessor'),
  recipients: [],
};

/** Seals `sealing` into a new file, a piece at a time, noting how many writes were ever pending at once. */
async function sealToDisk(name: string, sealing: SealTask) {
  const file = path.join(dir, name);
  const handle = await openFile(file, 'w');
  let pending = 0;
  let mostPending = 0;
  const pieces: number[] = [];
  const labels = new Set<string>();
  try {
    const written = await bundleApi.seal(
      sealing,
      proxy(async (piece: Uint8Array<ArrayBuffer>) => {
        mostPending = Math.max(mostPending, ++pending);
        pieces.push(piece.byteLength);
        await handle.write(piece);
        pending -= 1;
      }),
      proxy((label: string) => void labels.add(label)),
    );
    return { file, written, pieces, mostPending, labels };
  } finally {
    await handle.close();
  }
}

/** Opens `file` with `key`, pulling it a piece at a time as the page does. */
async function openFromDisk(file: string, key: WorkerKey) {
  const handle = await openFile(file, 'r');
  let offset = 0;
  const labels = new Set<string>();
  try {
    return {
      opened: await bundleApi.open(
        (await handle.stat()).size,
        key,
        proxy(async () => {
          const bytes = new Uint8Array(READ_CHUNK_BYTES);
          const { bytesRead } = await handle.read(bytes, 0, READ_CHUNK_BYTES, offset);
          offset += bytesRead;
          return bytesRead ? bytes.subarray(0, bytesRead) : null;
        }),
        proxy((label: string) => void labels.add(label)),
      ),
      labels,
    };
  } finally {
    await handle.close();
  }
}

describe('the assessment-file worker API', { timeout: 120_000 }, () => {
  it('seals a multi-piece file for a public key, one write pending at a time, and opens it again', async () => {
    const firm = await generateKeyPair('ecdh');
    const sealed = await sealToDisk('firm.cabundle', {
      ...task,
      recipients: [{ type: 'public-key', publicKey: firm.publicKey }],
    });
    expect(sealed.written).toBe((await stat(sealed.file)).size);
    expect(sealed.pieces.length).toBeGreaterThan(2);
    expect(Math.max(...sealed.pieces.slice(0, -1))).toBeLessThan(2 * PIECE_BYTES);
    expect(sealed.mostPending).toBe(1);
    expect([...sealed.labels]).toEqual(['Deriving the file key…', 'Encrypting and writing…']);

    const { opened, labels } = await openFromDisk(sealed.file, { type: 'private-key', ...firm });
    expect(recordCount(opened.content.records)).toBe(recordCount(records));
    expect(opened.content).toEqual(JSON.parse(JSON.stringify(task.content)));
    expect([...labels]).toEqual(['Unwrapping the file key…', 'Decrypting and checking…', 'Checking every record…']);
  });

  it('fails a wrong passphrase with its code, in one plain sentence', async () => {
    const sealed = await sealToDisk('passphrase.cabundle', {
      ...task,
      recipients: [{ type: 'passphrase', passphrase: 'correct horse battery staple' }],
    });
    const failure = await openFromDisk(sealed.file, { type: 'passphrase', passphrase: 'wrong horse' }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(WorkerTaskError);
    expect(failure).toMatchObject({ code: 'wrong-passphrase' });
    expect((failure as Error).message).toMatch(/^[A-Z][^\n]*\.$/);
  });

  it('stops sealing when the page cannot write, with the page’s words', async () => {
    const failure = await bundleApi
      .seal(
        { ...task, recipients: [{ type: 'public-key', publicKey: (await generateKeyPair('ecdh')).publicKey }] },
        proxy(() => Promise.reject(new Error('The disk is full.'))),
        proxy(() => undefined),
      )
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkerTaskError);
    expect(failure).toMatchObject({ message: 'The disk is full.', code: undefined });
  });
});
