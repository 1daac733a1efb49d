/**
 * An assessment with 200 MB of evidence (80 photos of 2.5 MB) through the command line:
 * time and peak resident memory (max RSS) of the real `verify` (every chunk, every photo's
 * SHA-256) and `merge` (the file's evidence through a private temporary folder into a new
 * file), each in its own process, against the evidence size: memory must stay bounded,
 * well under the evidence. The writer's own peak (this process sealing the file, the
 * photos made as they are written) is measured too. Files live in a temp folder.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildBundleContent } from '../../shared/bundle/bundleContent';
import { contentPlaintext } from '../../shared/bundle/contentStream';
import { sealStream } from '../../shared/bundle/writeBundle';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { cheapKdf } from '../support/bundleTestKit';
import { evidenceRecord, photoBytes, piecesOf, recordsWithPhotos } from '../support/evidenceFiles';
import { makeTempDir } from '../support/tempDir';
import { round, withBaseline, type BenchResult } from './result';

const PHOTOS = 80;
const PHOTO_BYTES = 2_500_000;
const PASSPHRASE = 'bench';
const root = path.resolve(import.meta.dirname, '..', '..');
const mib = (n: number) => round(n / 1024 / 1024);

/** Photo `i`'s bytes, made again each time they are needed: never all held. */
const photo = (i: number) => photoBytes(PHOTO_BYTES, i + 1);

async function writeFileWithEvidence(
  file: string,
  photos = PHOTOS,
): Promise<{ bytes: number; ms: number; peakRss: number }> {
  const { records, assessmentId, assetId } = await recordsWithPhotos([]);
  const hashes: string[] = [];
  for (let i = 0; i < photos; i++) {
    const bytes = photo(i);
    hashes.push(createHash('sha256').update(bytes).digest('hex'));
    records.evidence.push(await evidenceRecord(assessmentId, assetId, bytes, `photo-${i}.jpg`));
  }
  const content = buildBundleContent(records, { kind: 'all' }, 'bench-laptop', 'Bench assessor');
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const handle = await open(file, 'w');
  try {
    const plain = contentPlaintext(content, (blob) => piecesOf(photo(hashes.indexOf(blob.sha256)), 256 * 1024));
    for await (const part of sealStream(plain, {
      recipients: [{ type: 'passphrase', passphrase: PASSPHRASE, derive: deriveKeyBytes, kdf: cheapKdf() }],
    }))
      await handle.write(part);
  } finally {
    await handle.close();
    clearInterval(timer);
  }
  return { bytes: (await stat(file)).size, ms: performance.now() - started, peakRss: peakRss - startRss };
}

/** Runs the real CLI in its own process: its max RSS in bytes, time and output. */
async function peakOf(dir: string, args: string[]): Promise<{ maxRss: number; ms: number; out: string }> {
  const rssFile = path.join(dir, 'max-rss');
  const env = { ...process.env, CLINIC_ASSESSOR_PASSPHRASE: PASSPHRASE, BENCH_MAX_RSS_OUT: rssFile };
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--import', path.join(import.meta.dirname, 'maxRss.mjs'), path.join(root, 'electron', 'cli.mjs'), ...args],
    { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (run.status !== 0) throw new Error(`clinic-assessor ${args[0]} failed: ${run.stderr}`);
  return { maxRss: Number(await readFile(rssFile, 'utf8')), ms: performance.now() - started, out: run.stdout };
}

export async function benchEvidenceExport(): Promise<BenchResult[]> {
  const { dir, cleanup } = await makeTempDir('clinic-assessor-evidence-bench-');
  try {
    const evidence = mib(PHOTOS * PHOTO_BYTES);
    const file = path.join(dir, 'with-evidence.cabundle');
    const written = await writeFileWithEvidence(file);
    // The same commands on a file with one photo: what the process needs anyway (Node, tsx, the records).
    const small = path.join(dir, 'one-photo.cabundle');
    await writeFileWithEvidence(small, 1);
    const verifiedSmall = await peakOf(dir, ['verify', small]);
    const mergedSmall = await peakOf(dir, ['merge', '--out', path.join(dir, 'merged-small.cabundle'), small]);
    const verified = await peakOf(dir, ['verify', file]);
    if (!verified.out.includes(`${PHOTOS} evidence files`)) throw new Error(`verify missed photos: ${verified.out}`);
    const merged = await peakOf(dir, ['merge', '--out', path.join(dir, 'merged.cabundle'), file]);
    if (!merged.out.includes(`Evidence: ${PHOTOS} photos and files`)) throw new Error(`merge: ${merged.out}`);
    const label = `${PHOTOS} photos, ${evidence} MiB of evidence (file ${mib(written.bytes)} MiB)`;
    const results: BenchResult[] = [
      { name: `seal a file with ${label} (shared writer, streaming)`, value: round(written.ms), unit: 'ms' },
      withBaseline(
        `seal it: peak resident memory of the writing process above its start, vs the evidence size`,
        'MiB',
        mib(written.peakRss),
        evidence,
      ),
      { name: `CLI verify of it (every chunk and every photo's SHA-256)`, value: round(verified.ms), unit: 'ms' },
      withBaseline(
        'CLI verify: peak resident memory above the same on a one-photo file, vs the evidence size',
        'MiB',
        mib(verified.maxRss - verifiedSmall.maxRss),
        evidence,
      ),
      {
        name: 'CLI merge of it into a new file (evidence through a temporary folder)',
        value: round(merged.ms),
        unit: 'ms',
      },
      withBaseline(
        'CLI merge: peak resident memory above the same on a one-photo file, vs the evidence size',
        'MiB',
        mib(merged.maxRss - mergedSmall.maxRss),
        evidence,
      ),
    ];
    for (const r of results.filter((x) => x.ratio !== undefined))
      console.log(
        `${r.name}: ${r.value} MiB for ${evidence} MiB of evidence — ${(r.ratio ?? 0) < 0.5 ? 'bounded, well under the evidence size' : 'NOT bounded'}`,
      );
    return results;
  } finally {
    await cleanup();
  }
}

// `tsx test/bench/evidenceExport.bench.ts` runs this benchmark alone.
if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchEvidenceExport());
