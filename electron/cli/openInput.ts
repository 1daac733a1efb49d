/**
 * Opens an assessment file from disk as a stream: each chunk is decrypted and checked as
 * it is read, so memory stays about one chunk unless the caller keeps the plaintext.
 */
import { BundleError } from '../../shared/bundle/bundleErrors';
import { parseBundleContent, type BundleContent } from '../../shared/bundle/bundleContent';
import { openStream, type BundleInfo, type UnlockKey } from '../../shared/bundle/readBundle';
import { concatBytes, fromUtf8 } from '../../shared/crypto/bytes';
import { checkHoldable, CliError, fileStream, fsProblem, inputSize } from './io';

export interface OpenedInput {
  info: BundleInfo;
  /** Plaintext bytes, all checked. */
  plainBytes: number;
  /** The plaintext, when the caller asked to keep it. */
  plaintext?: Uint8Array;
}

/** Any failure while opening, as one line naming the file. */
export function openFailure(file: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof BundleError) return new CliError(`${file}: ${error.message}`, 2);
  if ((error as NodeJS.ErrnoException | undefined)?.code)
    return new CliError(`Cannot read ${file}: ${fsProblem(error)}.`);
  return new CliError(`${file}: ${error instanceof Error ? error.message : String(error)}`, 2);
}

/** Decrypts and checks every chunk and the signature; keeps the plaintext only when asked. */
export async function openInput(file: string, key: UnlockKey, keep: boolean): Promise<OpenedInput> {
  const totalBytes = await inputSize(file);
  const parts: Uint8Array[] = [];
  let plainBytes = 0;
  try {
    const stream = openStream(fileStream(file), { key, totalBytes });
    for (;;) {
      const next = await stream.next();
      if (next.done) return { info: next.value, plainBytes, ...(keep ? { plaintext: concatBytes(...parts) } : {}) };
      plainBytes += next.value.byteLength;
      if (keep) parts.push(next.value);
    }
  } catch (error) {
    throw openFailure(file, error);
  }
}

/** The records of a file once every check passed; a content that does not fit is the file's fault (exit 2). */
export function parsedContent(file: string, plaintext: Uint8Array): BundleContent {
  try {
    return parseBundleContent(fromUtf8(plaintext));
  } catch (error) {
    throw new CliError(
      `${file} decrypted and checked, but ${(error as Error).message.replace(/^The assessment file decrypted, but /, '').replace(/^The assessment file's /, 'its ')}`,
      2,
    );
  }
}

export interface OpenedContent {
  content: BundleContent;
  info: BundleInfo;
}

/** Several files' records, for commands that hold them; too large inputs are refused before anything is decrypted. */
export async function openContents(files: string[], key: UnlockKey, command: string): Promise<OpenedContent[]> {
  const sized = [];
  for (const file of files) sized.push({ file, size: await inputSize(file) });
  checkHoldable(sized, command);
  const opened: OpenedContent[] = [];
  for (const file of files) {
    const { info, plaintext } = await openInput(file, key, true);
    opened.push({ info, content: parsedContent(file, plaintext ?? new Uint8Array()) });
  }
  return opened;
}
