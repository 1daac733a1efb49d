/**
 * Child process of the scan benchmark (run with --expose-gc): writes a generated nmap
 * scan of N hosts to a temporary file, then reads it back twice in 1 MiB pieces, once
 * with bare saxes (no handlers: the floor) and once through the app's reader and
 * mapping, each timed, with peak live memory above the start sampled per piece.
 */
import { createReadStream } from 'node:fs';
import { open, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { networksOf, proposeAsset, type ProposedAsset } from '../../shared/import/nmapToInventory';
import { NmapXmlReader } from '../../shared/import/nmapXml';
import { nmapScanXml } from '../support/nmapGenerator';

const hosts = Number(process.argv[2] ?? 10_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const live = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;

async function measure(file: string, feed: (piece: string) => void, finish: () => void) {
  gc?.();
  const start = live();
  let peak = 0;
  let pieces = 0;
  const began = performance.now();
  for await (const piece of createReadStream(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 })) {
    feed(piece as string);
    if (++pieces % 4 === 0) peak = Math.max(peak, live() - start);
  }
  finish();
  peak = Math.max(peak, live() - start);
  return { ms: performance.now() - began, peakBytes: peak };
}

const file = path.join(os.tmpdir(), `clinic-assessor-scan-${process.pid}.xml`);
try {
  const handle = await open(file, 'w');
  for (const piece of nmapScanXml(hosts)) await handle.write(piece);
  await handle.close();
  const bytes = (await stat(file)).size;

  const bare = new SaxesParser();
  const baseline = await measure(
    file,
    (p) => bare.write(p),
    () => bare.close(),
  );

  // As the import worker does: each host becomes its proposal as it closes.
  const assets: ProposedAsset[] = [];
  const reader = new NmapXmlReader((h) => {
    if (h.up) assets.push(proposeAsset(h, '2026-11-28'));
  });
  let networks = 0;
  const ours = await measure(
    file,
    (p) => reader.write(p),
    () => {
      reader.close();
      networks = networksOf(assets).length;
    },
  );
  process.stdout.write(`${JSON.stringify({ bytes, devices: assets.length, networks, baseline, ours })}\n`);
} finally {
  await rm(file, { force: true });
}
