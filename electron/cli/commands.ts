import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildBundleContent, parseBundleContent, type BundleContent, type BundleRecords } from '../../shared/bundle/bundleContent';
import { openBundle, parseBundle } from '../../shared/bundle/readBundle';
import { sealBundle } from '../../shared/bundle/writeBundle';
import { mergeBundleRecords } from '../../shared/bundle/mergeContents';
import { fromUtf8, utf8 } from '../../shared/crypto/bytes';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { entityTypes } from '../../shared/model/entities';
import { sampleRecords } from '../../shared/sample/sampleRecords';
import { writeFileAtomic } from '../ipc/atomicWrite';

export interface Io {
  out(line: string): void;
  passphrase(): Promise<string | undefined>;
}

export class CliError extends Error {}

async function needPassphrase(io: Io): Promise<string> {
  const passphrase = await io.passphrase();
  if (!passphrase) throw new CliError('No passphrase: set CLINIC_ASSESSOR_PASSPHRASE, pass --passphrase-file, or run on a terminal to be asked.');
  return passphrase;
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}.`);
  }
}

async function openContent(file: string, passphrase: string): Promise<BundleContent> {
  return parseBundleContent(fromUtf8(await openBundle(await readInput(file), { passphrase, derive: deriveKeyBytes })));
}

function countLine(records: BundleRecords): string {
  return entityTypes.map((t) => `${records[t].length} ${t}`).join(', ');
}

export async function demo(outDir: string, io: Io): Promise<void> {
  let passphrase = await io.passphrase();
  if (!passphrase) {
    passphrase = 'demo';
    io.out('No passphrase given: the demo file is encrypted with the passphrase "demo".');
  }
  const records = await sampleRecords('cli-demo', new Date().toISOString().slice(0, 10));
  const content = buildBundleContent(records, { kind: 'all' }, 'cli-demo', '');
  await mkdir(outDir, { recursive: true });
  const target = path.join(outDir, 'sample.cabundle');
  await writeFileAtomic(target, await sealBundle(utf8(JSON.stringify(content)), { passphrase, derive: deriveKeyBytes }));
  io.out(`Wrote ${target}: ${countLine(records)}.`);
}

export async function inspect(file: string, io: Io): Promise<void> {
  const bytes = await readInput(file);
  const { version, header, payload } = parseBundle(bytes);
  io.out(`Clinic Assessor assessment file, format ${version.major}.${version.minor}`);
  io.out(`Created: ${header.created}`);
  io.out(`Size: ${bytes.byteLength} bytes, payload ${payload.byteLength} bytes in ${Math.max(1, Math.ceil(payload.byteLength / (header.chunkBytes + 16)))} chunk(s)`);
  for (const r of header.recipients) io.out(`Recipient: passphrase (Argon2id, ${Math.round(r.kdf.memoryKiB / 1024)} MiB, ${r.kdf.iterations} passes, parallelism ${r.kdf.parallelism})`);
  io.out('Signer: none');
}

export async function verify(file: string, io: Io): Promise<void> {
  const content = await openContent(file, await needPassphrase(io));
  io.out(`OK: every chunk decrypted and checked; exported ${content.manifest.created}; ${countLine(content.records)}.`);
}

export async function exportJson(file: string, io: Io): Promise<void> {
  const content = await openContent(file, await needPassphrase(io));
  io.out(JSON.stringify(content, null, 2));
}

export async function merge(out: string, inputs: string[], io: Io): Promise<void> {
  if (inputs.length < 1) throw new CliError('merge needs at least one input file.');
  const passphrase = await needPassphrase(io);
  const contents = [];
  for (const input of inputs) contents.push(await openContent(input, passphrase));
  const { records, conflicts } = mergeBundleRecords(contents.map((c) => c.records));
  await writeFileAtomic(out, await sealBundle(utf8(JSON.stringify(buildBundleContent(records, { kind: 'all' }, 'cli-merge', ''))), { passphrase, derive: deriveKeyBytes }));
  io.out(`Merged ${inputs.length} file(s) into ${out}: ${countLine(records)}; ${conflicts} conflict(s) kept for review.`);
}
