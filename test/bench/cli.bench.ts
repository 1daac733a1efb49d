/**
 * The command line on a ~2 GB assessment file: peak resident memory (max RSS) of the real
 * `verify` (every chunk and the signature checked) and `inspect` (the header only), each
 * in its own process, against the file size (target: a small constant, whatever the size).
 * The file is written in a temp folder with the streaming writer and deleted afterwards.
 */
import { spawnSync } from 'node:child_process';
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { sealStream } from '../../shared/bundle/writeBundle';
import { utf8 } from '../../shared/crypto/bytes';
import { generateKeyPair } from '../../shared/crypto/p256Keys';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { cheapKdf } from '../support/bundleTestKit';
import { makeTempDir } from '../support/tempDir';
import { round, withBaseline, type BenchResult } from './result';

const PLAIN_BYTES = 2_000_000_000;
const PASSPHRASE = 'bench';
const root = path.resolve(import.meta.dirname, '..', '..');

/** ~2 GB of plaintext in 1 MiB pieces, the same piece each time: the source holds one. */
function* plaintext(): Generator<Uint8Array> {
  const piece = utf8('x'.repeat(1024 * 1024));
  for (let done = 0; done < PLAIN_BYTES; done += piece.byteLength)
    yield done + piece.byteLength > PLAIN_BYTES ? piece.subarray(0, PLAIN_BYTES - done) : piece;
}

async function writeLargeFile(file: string): Promise<number> {
  const signer = { name: 'Bench assessor', ...(await generateKeyPair('ecdsa')) };
  const handle = await open(file, 'w');
  try {
    for await (const part of sealStream(plaintext(), {
      recipients: [{ type: 'passphrase', passphrase: PASSPHRASE, derive: deriveKeyBytes, kdf: cheapKdf() }],
      signer,
    }))
      await handle.write(part);
  } finally {
    await handle.close();
  }
  return (await stat(file)).size;
}

/** Runs the real CLI in its own process and returns its max RSS in bytes and what it printed. */
async function peakOf(dir: string, args: string[]): Promise<{ maxRss: number; out: string }> {
  const rssFile = path.join(dir, 'max-rss');
  const env = { ...process.env, CLINIC_ASSESSOR_PASSPHRASE: PASSPHRASE, BENCH_MAX_RSS_OUT: rssFile };
  const run = spawnSync(
    process.execPath,
    ['--import', path.join(import.meta.dirname, 'maxRss.mjs'), path.join(root, 'electron', 'cli.mjs'), ...args],
    { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (run.status !== 0) throw new Error(`clinic-assessor ${args[0]} failed: ${run.stderr}`);
  return { maxRss: Number(await readFile(rssFile, 'utf8')), out: run.stdout };
}

export async function benchCli(): Promise<BenchResult[]> {
  const { dir, cleanup } = await makeTempDir('clinic-assessor-cli-bench-');
  try {
    const file = path.join(dir, 'large.cabundle');
    const size = await writeLargeFile(file);
    const verified = await peakOf(dir, ['verify', file]);
    if (!verified.out.includes('records not counted')) throw new Error(`verify did not stream: ${verified.out}`);
    const inspected = await peakOf(dir, ['inspect', file]);
    const mib = (n: number) => round(n / 1024 / 1024);
    return [
      withBaseline(
        `CLI verify of a ${mib(size)} MiB signed file: peak memory (max RSS) vs the file size (target: constant)`,
        'MiB',
        mib(verified.maxRss),
        mib(size),
      ),
      withBaseline(
        `CLI inspect of the same file: peak memory (max RSS) vs the file size`,
        'MiB',
        mib(inspected.maxRss),
        mib(size),
      ),
    ];
  } finally {
    await cleanup();
  }
}
