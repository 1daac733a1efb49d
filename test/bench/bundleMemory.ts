/**
 * Child process of the bundle benchmark (run with --expose-gc): streams a large
 * assessment file to disk and back through sealStream/openStream, and reports the
 * peak live memory above the starting point. A file format that needed the whole file
 * in memory would show a peak near the file size; a streaming one, near one chunk.
 */
import { createReadStream } from 'node:fs';
import { open, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openStream } from '../../shared/bundle/readBundle';
import { sealStream } from '../../shared/bundle/writeBundle';
import { utf8 } from '../../shared/crypto/bytes';
import { generateKeyPair } from '../../shared/crypto/p256Keys';

const RECORDS = Number(process.argv[2] ?? 50_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const live = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** The records of a large file, made one at a time so the source holds none of them. */
function* recordPieces(): Generator<Uint8Array> {
  yield utf8('{"records":[');
  for (let i = 0; i < RECORDS; i++) {
    const record = {
      id: crypto.randomUUID(),
      data: { name: `HOST-${i}`, serial: `SN-${i}`, osVersion: 'Windows 7 Professional SP1', notes: 'x'.repeat(200) },
      stamps: {},
      vv: { bench: i },
    };
    yield utf8(`${i ? ',' : ''}${JSON.stringify(record)}`);
  }
  yield utf8(']}');
}

let peak = 0;
let counter = 0;
function sample(start: number) {
  if (++counter % 8 === 0) gc?.();
  peak = Math.max(peak, live() - start);
}

const firm = await generateKeyPair('ecdh');
const file = path.join(os.tmpdir(), `clinic-assessor-bench-${process.pid}.cabundle`);
try {
  gc();
  let start = live();
  const handle = await open(file, 'w');
  for await (const part of sealStream(recordPieces(), {
    recipients: [{ type: 'public-key', publicKey: firm.publicKey }],
  })) {
    await handle.write(part);
    sample(start);
  }
  await handle.close();
  const sealPeak = peak;
  const size = (await stat(file)).size;

  gc();
  peak = 0;
  start = live();
  let plainBytes = 0;
  const stream = openStream(createReadStream(file, { highWaterMark: 64 * 1024 }), {
    key: { type: 'private-key', privateKey: firm.privateKey, publicKey: firm.publicKey },
  });
  for (;;) {
    const next = await stream.next();
    if (next.done) break;
    plainBytes += next.value.byteLength;
    sample(start);
  }
  process.stdout.write(`${JSON.stringify({ fileBytes: size, plainBytes, sealPeak, openPeak: peak })}\n`);
} finally {
  await rm(file, { force: true });
}
