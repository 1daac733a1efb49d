/**
 * The plaintext of a 1.4 file (SPEC.md, "What 1.4 adds"): the JSON's length (8 bytes,
 * big-endian), the JSON, then each blob as its raw SHA-256 (32 bytes), its length (8
 * bytes) and its bytes. Written and read as a stream: memory for one piece, never a
 * whole blob. Files of 1.0 to 1.3 are JSON alone; the first byte tells the two apart
 * (JSON starts with `{` or white space, a 1.4 length with 0).
 */
import { createSHA256 } from 'hash-wasm';
import { z } from 'zod';
import { evidenceLimits, sha256Hex } from '../model/evidence';
import { BundleError } from './bundleErrors';
import { ByteQueue, fill } from './byteQueue';

const LENGTH_BYTES = 8;
const HASH_BYTES = 32;
/** A file holds the blobs of many assessments at most (a full backup). */
export const MAX_FILE_BLOBS = 200_000;

/** One blob the file carries, as its manifest lists it. */
export const manifestBlob = z.object({
  sha256: sha256Hex,
  size: z.number().int().nonnegative().max(evidenceLimits.fileBytes),
});
export type ManifestBlob = z.infer<typeof manifestBlob>;
export const manifestBlobs = z.array(manifestBlob).max(MAX_FILE_BLOBS);

/** A blob to write: its pieces are asked for only when its turn comes. */
export interface BlobSource extends ManifestBlob {
  pieces: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

function lengthBytes(value: number): Uint8Array {
  const out = new Uint8Array(LENGTH_BYTES);
  new DataView(out.buffer).setBigUint64(0, BigInt(value));
  return out;
}

const hexOf = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const bytesOfHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
const shortHash = (sha256: string) => sha256.slice(0, 12);

/** UTF-8 length of `text` without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The 1.4 plaintext: `json` (of `jsonBytes` bytes) then every blob of `blobs`. Each blob's
 * bytes are checked against its size and SHA-256 as they pass: a blob that changed while
 * being written stops the export with a plain sentence.
 */
export async function* framedPlaintext(
  json: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  jsonBytes: number,
  blobs: AsyncIterable<BlobSource> | Iterable<BlobSource>,
  onBlob: (index: number) => void = () => undefined,
): AsyncGenerator<Uint8Array> {
  yield lengthBytes(jsonBytes);
  let written = 0;
  for await (const piece of json) {
    written += piece.byteLength;
    yield piece;
  }
  if (written !== jsonBytes) throw new Error('The records changed length while being written.');
  let index = 0;
  for await (const blob of blobs) {
    onBlob(index++);
    yield bytesOfHex(blob.sha256);
    yield lengthBytes(blob.size);
    const hash = await createSHA256();
    hash.init();
    let size = 0;
    for await (const piece of blob.pieces()) {
      size += piece.byteLength;
      if (size > blob.size) break;
      hash.update(piece);
      yield piece;
    }
    if (size !== blob.size || hash.digest('hex') !== blob.sha256)
      throw new Error(
        `The bytes of evidence ${shortHash(blob.sha256)}… do not match their record, so the file was not written.`,
      );
  }
}

export interface PlaintextHandlers {
  /** The JSON as one text; answers the blobs its manifest lists (none for 1.0 to 1.3). */
  json: (text: string) => readonly ManifestBlob[];
  /** Takes one blob's pieces as they arrive (checked against size and hash as they pass). */
  blob?: (entry: ManifestBlob, pieces: AsyncIterable<Uint8Array>, index: number, count: number) => Promise<void>;
  /** The JSON may not be longer: it is held as one text. */
  maxJsonBytes?: number;
  /**
   * A 1.0 to 1.3 file (no evidence) whose JSON is longer is still read and checked to its
   * end, but its JSON is neither held nor handed to `json`: `onSkipped` hears its size.
   */
  onSkipped?: (jsonBytes: number) => void;
}

const MAX_JSON_DEFAULT = 500 * 1024 * 1024;

/**
 * Reads a file's plaintext from `stream` (readBundle's openStream): the JSON, handed to
 * `json` as text, then each blob, handed to `blob`. Refuses (BundleError, one sentence)
 * a JSON over the limit, a blob not in the manifest, listed twice, of another length or
 * hash than listed, or missing, and bytes after the last blob. Returns the file's info.
 */
export async function readPlaintext<R>(stream: AsyncIterator<Uint8Array, R>, handlers: PlaintextHandlers): Promise<R> {
  const maxJson = handlers.maxJsonBytes ?? MAX_JSON_DEFAULT;
  const queue = new ByteQueue();
  let ended: R | undefined;
  let done = false;
  const input: AsyncIterator<Uint8Array> = {
    async next() {
      const next = await stream.next();
      if (next.done) {
        done = true;
        ended = next.value;
        return { done: true, value: undefined };
      }
      return next;
    },
  };
  await fill(queue, input, 1);
  const first = queue.length ? queue.take(1) : new Uint8Array(0);
  if (first[0] !== 0) return legacyJson(first, queue, input, handlers, maxJson).then(() => ended as R);

  if (!(await fill(queue, input, LENGTH_BYTES - 1))) throw new BundleError('truncated', 'inside the records');
  const rest = queue.take(LENGTH_BYTES - 1);
  const jsonBytes = Number(new DataView(Uint8Array.of(0, ...rest).buffer).getBigUint64(0));
  if (jsonBytes > maxJson) throw new BundleError('records-too-large', `${Math.round(jsonBytes / 1048576)} MiB`);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  for (let left = jsonBytes; left > 0;) {
    if (!queue.length && !(await fill(queue, input, 1))) throw new BundleError('truncated', 'inside the records');
    const piece = queue.take(Math.min(left, queue.length));
    left -= piece.byteLength;
    text += decodeText(decoder, piece, true);
  }
  text += decodeText(decoder, new Uint8Array(0), false);
  const listed = handlers.json(text);
  await readBlobs(queue, input, listed, handlers);
  if (queue.length || (await fill(queue, input, 1))) throw new BundleError('trailing-data', 'after the last evidence');
  while (!done) await input.next();
  return ended as R;
}

function decodeText(decoder: TextDecoder, bytes: Uint8Array, more: boolean): string {
  try {
    return decoder.decode(bytes, { stream: more });
  } catch {
    throw new Error('The assessment file decrypted, but its contents are not valid JSON.');
  }
}

async function legacyJson(
  first: Uint8Array,
  queue: ByteQueue,
  input: AsyncIterator<Uint8Array>,
  handlers: PlaintextHandlers,
  maxJson: number,
): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = decodeText(decoder, first, true);
  let bytes = first.byteLength;
  for (;;) {
    const piece = queue.length ? queue.take(queue.length) : (await input.next()).value;
    if (!piece) break;
    bytes += piece.byteLength;
    if (bytes > maxJson) {
      if (!handlers.onSkipped) throw new BundleError('records-too-large', `over ${Math.round(maxJson / 1048576)} MiB`);
      text = '';
      continue;
    }
    text += decodeText(decoder, piece, true);
  }
  if (bytes > maxJson) return handlers.onSkipped?.(bytes);
  text += decodeText(decoder, new Uint8Array(0), false);
  const listed = handlers.json(text);
  if (listed.length) throw new BundleError('blob-missing', `${listed.length} listed, none carried`);
}

async function readBlobs(
  queue: ByteQueue,
  input: AsyncIterator<Uint8Array>,
  listed: readonly ManifestBlob[],
  handlers: PlaintextHandlers,
): Promise<void> {
  const expected = new Map(listed.map((b) => [b.sha256, b]));
  if (expected.size !== listed.length) throw new BundleError('blob-duplicate', 'in the manifest');
  const seen = new Set<string>();
  for (let index = 0; index < listed.length; index++) {
    if (!(await fill(queue, input, HASH_BYTES + LENGTH_BYTES))) {
      if (!queue.length) {
        const missing = listed.find((b) => !seen.has(b.sha256))?.sha256 ?? '';
        throw new BundleError('blob-missing', `${shortHash(missing)}…`);
      }
      throw new BundleError('truncated', 'inside a piece of evidence');
    }
    const sha256 = hexOf(queue.take(HASH_BYTES));
    const size = Number(new DataView(queue.take(LENGTH_BYTES).slice().buffer).getBigUint64(0));
    const entry = expected.get(sha256);
    if (seen.has(sha256)) throw new BundleError('blob-duplicate', `${shortHash(sha256)}…`);
    if (!entry) throw new BundleError('blob-unknown', `${shortHash(sha256)}…`);
    if (size > evidenceLimits.fileBytes) throw new BundleError('blob-too-large', `${shortHash(sha256)}…`);
    if (size !== entry.size) throw new BundleError('blob-mismatch', `${shortHash(sha256)}… length`);
    seen.add(sha256);
    const pieces = blobPieces(queue, input, entry);
    if (handlers.blob) await handlers.blob(entry, pieces, index, listed.length);
    // Whatever the handler left unread is read (and checked) here.
    for await (const _ of pieces) void _;
  }
}

/** One blob's bytes from the queue, hashed as they pass; the hash is checked after the last byte. */
function blobPieces(queue: ByteQueue, input: AsyncIterator<Uint8Array>, entry: ManifestBlob) {
  let left = entry.size;
  let finished = false;
  const hashing = createSHA256().then((h) => {
    h.init();
    return h;
  });
  return {
    async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
      if (finished) return;
      const hash = await hashing;
      while (left > 0) {
        if (!queue.length && !(await fill(queue, input, 1)))
          throw new BundleError('truncated', 'inside a piece of evidence');
        const piece = queue.take(Math.min(left, queue.length));
        left -= piece.byteLength;
        hash.update(piece);
        yield piece;
      }
      finished = true;
      if (hash.digest('hex') !== entry.sha256) throw new BundleError('blob-mismatch', `${shortHash(entry.sha256)}…`);
    },
  };
}
