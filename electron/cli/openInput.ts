/**
 * Opens an assessment file from disk as a stream: each chunk is decrypted and checked as
 * it is read, the records parsed, and each piece of evidence (1.4) checked against the
 * file's list as it passes, handed to the caller when it asked. Memory stays about one
 * chunk plus the records, never the evidence.
 */
import { open } from 'node:fs/promises';
import { readPlaintext, type ManifestBlob, type PlaintextHandlers } from '../../shared/bundle/blobSection';
import { BundleError } from '../../shared/bundle/bundleErrors';
import { MAC_BYTES, MAX_HEADER_BYTES, PREAMBLE_BYTES } from '../../shared/bundle/bundleFormat';
import { parseBundleContent, type BundleContent } from '../../shared/bundle/bundleContent';
import { openStream, parseBundle, type BundleInfo, type UnlockKey } from '../../shared/bundle/readBundle';
import { checkHoldable, CliError, fileStream, fsProblem, inputSize, MAX_CONTENT_BYTES } from './io';

export type BlobHandler = NonNullable<PlaintextHandlers['blob']>;

export interface OpenedInput {
  info: BundleInfo;
  /** Plaintext bytes, all checked. */
  plainBytes: number;
  /** The records; missing only when the caller allowed skipping records too large to hold. */
  content?: BundleContent;
  /** The evidence the file carried, all checked. */
  blobs: { count: number; bytes: number };
}

/** Any failure while opening, as one line naming the file. */
export function openFailure(file: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof BundleError) return new CliError(`${file}: ${error.message}`, 2);
  if ((error as NodeJS.ErrnoException | undefined)?.code)
    return new CliError(`Cannot read ${file}: ${fsProblem(error)}.`);
  return new CliError(`${file}: ${error instanceof Error ? error.message : String(error)}`, 2);
}

/** The records of a file once decrypted; a content that does not fit is the file's fault (exit 2). */
export function parsedContent(file: string, text: string): BundleContent {
  try {
    return parseBundleContent(text);
  } catch (error) {
    throw new CliError(
      `${file} decrypted and checked, but ${(error as Error).message.replace(/^The assessment file decrypted, but /, '').replace(/^The assessment file's /, 'its ')}`,
      2,
    );
  }
}

/**
 * Decrypts and checks every chunk, every piece of evidence and the signature. Records
 * over MAX_CONTENT_BYTES are refused, or, with `mayskip`, checked without being held.
 */
export async function openInput(
  file: string,
  key: UnlockKey,
  options: { maySkip?: boolean; blob?: BlobHandler } = {},
): Promise<OpenedInput> {
  const totalBytes = await inputSize(file);
  let plainBytes = 0;
  let content: BundleContent | undefined;
  const blobs = { count: 0, bytes: 0 };
  try {
    const stream = openStream(fileStream(file), { key, totalBytes });
    const counted: AsyncIterator<Uint8Array, BundleInfo> = {
      async next() {
        const next = await stream.next();
        if (!next.done) plainBytes += next.value.byteLength;
        return next;
      },
    };
    const info = await readPlaintext(counted, {
      json: (text): readonly ManifestBlob[] => {
        content = parsedContent(file, text);
        return content.manifest.blobs ?? [];
      },
      blob: async (entry, pieces, index, count) => {
        blobs.count += 1;
        blobs.bytes += entry.size;
        await options.blob?.(entry, pieces, index, count);
      },
      maxJsonBytes: MAX_CONTENT_BYTES,
      ...(options.maySkip ? { onSkipped: () => undefined } : {}),
    });
    return { info, plainBytes, blobs, ...(content ? { content } : {}) };
  } catch (error) {
    throw openFailure(file, error);
  }
}

/** The file's minor format version, or undefined when its header does not read (the open says why). */
async function minorVersion(file: string): Promise<number | undefined> {
  try {
    const handle = await open(file, 'r');
    try {
      const head = new Uint8Array(PREAMBLE_BYTES + MAX_HEADER_BYTES + MAC_BYTES);
      const { bytesRead } = await handle.read(head, 0, head.byteLength, 0);
      return parseBundle(head.subarray(0, bytesRead)).version.minor;
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

export interface OpenedContent {
  content: BundleContent;
  info: BundleInfo;
}

/**
 * Several files' records, for commands that hold them. Files before 1.4 (their records
 * alone) too large to hold are refused before anything is decrypted; from 1.4, the
 * evidence streams past (to `blob`) and only the records must fit.
 */
export async function openContents(
  files: string[],
  key: UnlockKey,
  command: string,
  blob?: (file: string) => BlobHandler,
): Promise<OpenedContent[]> {
  const sized = [];
  for (const file of files) {
    const size = await inputSize(file);
    if (((await minorVersion(file)) ?? 0) < 4) sized.push({ file, size });
  }
  checkHoldable(sized, command);
  const opened: OpenedContent[] = [];
  for (const file of files) {
    const { info, content } = await openInput(file, key, blob ? { blob: blob(file) } : {});
    if (!content) throw new CliError(`${file}: its records did not read.`, 2);
    opened.push({ info, content });
  }
  return opened;
}
