/**
 * The main-process side of an app export and import, alone: the real file handlers
 * (through the IPC dispatcher, as Electron calls them) fed 1 MiB pieces as the app's
 * worker makes them, and read back 1 MiB at a time into openStream. Peak live memory
 * above the start, sampled at every handler call, with the plaintext built before the
 * start and the opened plaintext dropped as it comes (the renderer holds those).
 */
import path from 'node:path';
import { buildBundleContent } from '../../shared/bundle/bundleContent';
import { openStream } from '../../shared/bundle/readBundle';
import { sealStream } from '../../shared/bundle/writeBundle';
import { concatBytes, utf8 } from '../../shared/crypto/bytes';
import { generateKeyPair } from '../../shared/crypto/p256Keys';
import { READ_CHUNK_BYTES, type IpcResult } from '../../shared/ipc';
import { createIpcDispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { scriptedDialogs } from '../support/fakeDialogs';
import { portfolioRecords } from '../support/bundleFixture';

const ORIGIN = 'app://bundle';
const PAGE = 'app://bundle/index.html';

function value<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export async function handlerPeaks(clinics: number, records: number, dir: string, gc: () => void) {
  const file = path.join(dir, 'handlers.cabundle');
  const dispatch = createIpcDispatch({
    trustedOrigin: ORIGIN,
    handlers: createHandlers({
      dialogs: scriptedDialogs({ open: file, save: file }),
      identity: { name: 'bench', version: 'bench', versions: {}, platform: process.platform },
    }),
  });
  const plain = utf8(
    JSON.stringify(
      buildBundleContent(await portfolioRecords(clinics, records), { kind: 'all' }, 'bench-laptop', 'Bench assessor'),
    ),
  );
  const firm = await generateKeyPair('ecdh');
  const live = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  let start = 0;
  let peak = 0;
  let calls = 0;
  const sample = () => {
    if (++calls % 2 === 0) gc();
    peak = Math.max(peak, live() - start);
  };
  const measure = async (work: () => Promise<void>) => {
    gc();
    start = live();
    peak = 0;
    await work();
    return peak;
  };

  const write = await measure(async () => {
    const opened = value(await dispatch('openWrite', PAGE, { suggestedName: 'handlers.cabundle' }));
    if (opened.canceled) throw new Error('cancelled');
    let batch: Uint8Array[] = [];
    let batched = 0;
    const flush = async () => {
      value(await dispatch('writeChunk', PAGE, { handle: opened.handle, bytes: concatBytes(...batch) }));
      batch = [];
      batched = 0;
      sample();
    };
    for await (const piece of sealStream([plain], {
      recipients: [{ type: 'public-key', publicKey: firm.publicKey }],
    })) {
      batch.push(piece);
      batched += piece.byteLength;
      if (batched >= READ_CHUNK_BYTES) await flush();
    }
    if (batch.length) await flush();
    value(await dispatch('commitWrite', PAGE, { handle: opened.handle }));
  });

  const read = await measure(async () => {
    const opened = value(await dispatch('openRead', PAGE, {}));
    if (opened.canceled) throw new Error('cancelled');
    const { handle } = opened;
    async function* pieces() {
      for (let offset = 0; ;) {
        const { bytes } = value(await dispatch('readChunk', PAGE, { handle, offset, length: READ_CHUNK_BYTES }));
        sample();
        if (!bytes.byteLength) return;
        offset += bytes.byteLength;
        yield bytes;
      }
    }
    for await (const chunk of openStream(pieces(), { key: { type: 'private-key', ...firm } })) void chunk;
    value(await dispatch('closeRead', PAGE, { handle }));
  });
  return { write, read };
}
