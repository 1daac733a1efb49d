/**
 * Assessment files at portfolio size: 20 clinics, 50,000 records. Export (serialise,
 * encrypt, sign) and import (decrypt, verify, validate every record, merge with a local
 * copy), each against raw AES-256-GCM over the same bytes in the same run (target: 3x);
 * and peak memory while streaming, measured in a child process (target: bounded by the
 * chunk size, not the file size).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildBundleContent, parseBundleContent } from '../../shared/bundle/bundleContent';
import { CHUNK_BYTES } from '../../shared/bundle/bundleFormat';
import { mergeRecordSets } from '../../shared/merge/mergeRecordSets';
import { openBundle } from '../../shared/bundle/readBundle';
import { sealBundle } from '../../shared/bundle/writeBundle';
import { asBufferSource, fromUtf8, randomBytes, utf8 } from '../../shared/crypto/bytes';
import { generateKeyPair } from '../../shared/crypto/p256Keys';
import { HybridClock } from '../../shared/model/hlc';
import { patchVersioned } from '../../shared/model/versionedRecord';
import { portfolioRecords, recordCount } from '../support/bundleFixture';
import { median, round, withBaseline, type BenchResult } from './result';

const CLINICS = 20;
const RECORDS = 50_000;
const RUNS = 3;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** The bare primitive: AES-256-GCM over the same bytes, in the same 64 KiB pieces. */
async function rawAesGcm(
  bytes: Uint8Array,
  direction: 'encrypt' | 'decrypt',
  key: CryptoKey,
  pieces?: Uint8Array[],
): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  const iv = new Uint8Array(12);
  if (direction === 'encrypt') {
    for (let i = 0; i < bytes.byteLength || i === 0; i += CHUNK_BYTES)
      out.push(
        new Uint8Array(
          await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, asBufferSource(bytes.subarray(i, i + CHUNK_BYTES))),
        ),
      );
  } else {
    for (const piece of pieces ?? [])
      out.push(new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, asBufferSource(piece))));
  }
  return out;
}

export async function benchBundle(): Promise<BenchResult[]> {
  const records = await portfolioRecords(CLINICS, RECORDS);
  const count = recordCount(records);
  // The local side of the merge: the same portfolio, with one asset in fifty edited here.
  const clock = new HybridClock();
  const local = {
    ...records,
    asset: records.asset.map((a, i) =>
      i % 50
        ? a
        : patchVersioned(a, { location: 'Moved on this laptop' }, { stamp: clock.tick(), device: 'local-laptop' }),
    ),
  };
  const firm = await generateKeyPair('ecdh');
  const signer = { name: 'Bench assessor', ...(await generateKeyPair('ecdsa')) };
  const aesKey = await crypto.subtle.importKey('raw', randomBytes(32), 'AES-GCM', false, ['encrypt', 'decrypt']);

  const exports: number[] = [];
  const imports: number[] = [];
  const rawEnc: number[] = [];
  const rawDec: number[] = [];
  let fileBytes = 0;
  let conflicts = 0;
  for (let run = 0; run < RUNS; run++) {
    const exported = await timed(async () => {
      const payload = utf8(
        JSON.stringify(buildBundleContent(records, { kind: 'all' }, 'bench-laptop', 'Bench assessor')),
      );
      return {
        payload,
        file: await sealBundle(payload, { recipients: [{ type: 'public-key', publicKey: firm.publicKey }], signer }),
      };
    });
    exports.push(exported.ms);
    fileBytes = exported.value.file.byteLength;
    const imported = await timed(async () => {
      const { payload } = await openBundle(exported.value.file, {
        key: { type: 'private-key', privateKey: firm.privateKey, publicKey: firm.publicKey },
      });
      const content = parseBundleContent(fromUtf8(payload));
      return mergeRecordSets([{ records: local }, { records: content.records }]);
    });
    imports.push(imported.ms);
    conflicts = imported.value.conflicts;
    if (recordCount(imported.value.records) !== count) throw new Error('the merge lost records');
    const encrypted = await timed(() => rawAesGcm(exported.value.payload, 'encrypt', aesKey));
    rawEnc.push(encrypted.ms);
    rawDec.push((await timed(() => rawAesGcm(exported.value.payload, 'decrypt', aesKey, encrypted.value))).ms);
  }

  const child = JSON.parse(
    execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'bundleMemory.ts'), String(RECORDS)],
      { encoding: 'utf8' },
    ),
  ) as { fileBytes: number; sealPeak: number; openPeak: number };
  const mib = (n: number) => round(n / 1024 / 1024);
  const label = `${CLINICS} clinics, ${count} records, ${mib(fileBytes)} MiB`;
  return [
    withBaseline(
      `export ${label}: serialise + encrypt + sign vs raw AES-GCM (target 3x)`,
      'ms',
      median(exports),
      median(rawEnc),
    ),
    withBaseline(
      `import ${label}: decrypt + verify + validate + merge (${conflicts} conflicts) vs raw AES-GCM (target 3x)`,
      'ms',
      median(imports),
      median(rawDec),
    ),
    withBaseline(
      `peak memory streaming a ${mib(child.fileBytes)} MiB file to disk, vs the file size (target: about one chunk)`,
      'MiB',
      mib(child.sealPeak),
      mib(child.fileBytes),
    ),
    withBaseline(
      `peak memory streaming the same file back in, vs the file size`,
      'MiB',
      mib(child.openPeak),
      mib(child.fileBytes),
    ),
  ];
}
