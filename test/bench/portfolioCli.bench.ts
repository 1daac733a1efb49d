/**
 * The command line's `portfolio` over few and many assessment files: peak resident memory
 * (max RSS) of the real command in its own process. It reads its inputs one at a time and
 * keeps each file's clinic rows only, so the peak stays about one file's records whatever
 * the number of files (target: the ratio of many to few near 1, where holding every
 * file's records grows with their number). Each file is the sample clinic with
 * `PADDING` more office PCs, written in a temp folder and deleted afterwards.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createVersioned } from '../../shared/model/versionedRecord';
import { portfolioRecords } from '../support/portfolioFixture';
import { writeClinicFiles } from '../support/portfolioFiles';
import { makeTempDir } from '../support/tempDir';
import { round, withBaseline, type BenchResult } from './result';

const PASSPHRASE = 'bench';
const PADDING = 3_000;
const [FEW, MANY] = [2, 12];
const root = path.resolve(import.meta.dirname, '..', '..');

/** `count` clinics, one file each, every clinic with PADDING more PCs than the sample. */
async function clinicFiles(dir: string, count: number): Promise<string[]> {
  const records = await portfolioRecords(
    Array.from({ length: count }, (_, i) => `Clinic ${i + 1}`),
    undefined,
  );
  for (const assessment of records.assessment) {
    const template = records.asset.find((a) => a.data.assessmentId === assessment.id)!;
    for (let i = 0; i < PADDING; i++)
      records.asset.push(
        createVersioned(
          crypto.randomUUID(),
          { ...template.data, name: `PC-${i}`, serial: `SN-${assessment.id}-${i}`, macAddress: '', ipAddress: '' },
          { stamp: '000000000000001-00000', device: 'bench' },
        ),
      );
  }
  return writeClinicFiles(dir, records, PASSPHRASE);
}

/** Max RSS of `portfolio` over the files, in bytes. */
async function peakOf(dir: string, files: string[]): Promise<number> {
  const rssFile = path.join(dir, 'max-rss');
  const env = { ...process.env, CLINIC_ASSESSOR_PASSPHRASE: PASSPHRASE, BENCH_MAX_RSS_OUT: rssFile };
  const args = ['portfolio', ...files, '--out', path.join(dir, 'portfolio.pdf'), '--date', '2026-11-28'];
  const run = spawnSync(
    process.execPath,
    ['--import', path.join(import.meta.dirname, 'maxRss.mjs'), path.join(root, 'electron', 'cli.mjs'), ...args],
    { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (run.status !== 0) throw new Error(`clinic-assessor portfolio failed: ${run.stderr}`);
  return Number(await readFile(rssFile, 'utf8'));
}

export async function benchPortfolioCli(): Promise<BenchResult[]> {
  const { dir, cleanup } = await makeTempDir('clinic-assessor-portfolio-bench-');
  try {
    const files = await clinicFiles(dir, MANY);
    const few = await peakOf(dir, files.slice(0, FEW));
    const many = await peakOf(dir, files);
    const mib = (n: number) => round(n / 1024 / 1024);
    return [
      withBaseline(
        `CLI portfolio of ${MANY} files vs ${FEW} (each a clinic of ${PADDING + 15} devices): peak memory (max RSS), target ratio ≈ 1`,
        'MiB',
        mib(many),
        mib(few),
      ),
    ];
  } finally {
    await cleanup();
  }
}

// `npx tsx test/bench/portfolioCli.bench.ts` runs this bench alone.
if (process.argv[1] === import.meta.filename) console.table(await benchPortfolioCli());
