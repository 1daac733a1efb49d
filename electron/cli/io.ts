/**
 * What every command shares: where its lines go, the passphrase, the one kind of error
 * it raises (one plain line naming what and where), and files read as streams.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { writeFileAtomic } from '../ipc/atomicWrite';

export interface Io {
  out(line: string): void;
  /** A warning on stderr: the command still succeeds. */
  warn?(line: string): void;
  passphrase(): Promise<string | undefined>;
}

/** A failure the user can act on, in one line: exit 1 for usage or input, 2 for the file itself. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Commands that hold a file's records in memory (export-json, merge, report, portfolio) take files up to this size. */
export const MAX_CONTENT_BYTES = 256 * 1024 * 1024;
const MAX_SMALL_FILE_BYTES = 64 * 1024;
/** Read size: one chunk of the format (65,536 bytes and its tag) at a time. */
const READ_BYTES = 64 * 1024;

/** A file-system failure in words, never its code. */
export function fsProblem(error: unknown, writing = false): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return writing ? 'its folder does not exist' : 'no such file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of its path is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return writing ? 'it could not be written' : 'it could not be read';
  }
}

export function sizeWords(bytes: number): string {
  const unit = bytes >= 1024 ** 3 ? (['GiB', 1024 ** 3] as const) : (['MiB', 1024 ** 2] as const);
  return `${bytes.toLocaleString('en-US')} bytes (${(bytes / unit[1]).toFixed(1)} ${unit[0]})`;
}

/** The size of a file to read, after checking it is one. */
export async function inputSize(file: string, what = ''): Promise<number> {
  const label = what ? `the ${what} ${file}` : file;
  const info = await stat(file).catch((error: unknown) => {
    throw new CliError(`Cannot read ${label}: ${fsProblem(error)}.`);
  });
  if (info.isDirectory()) throw new CliError(`Cannot read ${label}: it is a folder, not a file.`);
  return info.size;
}

/** Refuses, before decrypting anything, files too large for a command that holds their records. */
export function checkHoldable(files: { file: string; size: number }[], command: string): void {
  for (const { file, size } of files) {
    if (size > MAX_CONTENT_BYTES)
      throw new CliError(
        `${file} is ${sizeWords(size)}: ${command} holds a file's records in memory and takes files up to ${sizeWords(MAX_CONTENT_BYTES)}.`,
      );
  }
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (files.length > 1 && total > MAX_CONTENT_BYTES)
    throw new CliError(
      `The input files come to ${sizeWords(total)} together: ${command} holds their records in memory and takes up to ${sizeWords(MAX_CONTENT_BYTES)} in all.`,
    );
}

/** The file's bytes as a stream of pieces, never the whole file. */
export function fileStream(file: string): AsyncIterable<Uint8Array> {
  return createReadStream(file, { highWaterMark: READ_BYTES });
}

/** A small text file (a key, a passphrase, a trusted-signers list; a content pack up to its own limit), read whole. */
export async function readSmallText(file: string, what: string, maxBytes = MAX_SMALL_FILE_BYTES): Promise<string> {
  const size = await inputSize(file, what);
  if (size > maxBytes) throw new CliError(`The ${what} ${file} is ${sizeWords(size)}, far larger than any ${what}.`);
  return readFile(file, 'utf8').catch((error: unknown) => {
    throw new CliError(`Cannot read the ${what} ${file}: ${fsProblem(error)}.`);
  });
}

export async function writeOutput(file: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomic(file, bytes).catch((error: unknown) => {
    throw new CliError(`Cannot write ${file}: ${fsProblem(error, true)}.`);
  });
}

export async function makeFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw new CliError(`Cannot make the folder ${dir}: ${fsProblem(error, true)}.`);
  });
}

export async function needPassphrase(io: Io, what = 'the assessment files'): Promise<string> {
  const passphrase = await io.passphrase();
  if (!passphrase)
    throw new CliError(
      `No passphrase for ${what}: set CLINIC_ASSESSOR_PASSPHRASE, pass --passphrase-file, or run on a terminal to be asked.`,
    );
  return passphrase;
}
