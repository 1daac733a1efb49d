/**
 * A file's content as a stream of plaintext and back (format 1.4): the records' JSON
 * then the evidence bytes its manifest lists, each pulled from `piecesOf` only when its
 * turn comes; and, reading, the records parsed and each blob handed on as it arrives.
 */
import { utf8 } from '../crypto/bytes';
import { framedPlaintext, readPlaintext, utf8Length, type ManifestBlob, type PlaintextHandlers } from './blobSection';
import { parseBundleContent, type BundleContent } from './bundleContent';

/** The UTF-8 of `text` in pieces, never splitting a surrogate pair; `onRead` hears how far it got. */
export function* utf8Pieces(
  text: string,
  onRead: (done: number, total: number) => void = () => undefined,
  size = 256 * 1024,
): Generator<Uint8Array> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    yield utf8(text.slice(start, end));
    start = end;
    onRead(start, text.length);
  }
}

export type PiecesOf = (blob: ManifestBlob) => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

export interface PlaintextProgress {
  /** The records' text written so far. */
  onJson?: (done: number, total: number) => void;
  /** Evidence `index` (from 0) of `count` started. */
  onBlob?: (index: number, count: number) => void;
}

/** The 1.4 plaintext of `content`: its JSON, then every blob its manifest lists, read from `piecesOf`. */
export function contentPlaintext(
  content: BundleContent,
  piecesOf: PiecesOf,
  progress: PlaintextProgress = {},
): AsyncGenerator<Uint8Array> {
  const text = JSON.stringify(content);
  const blobs = content.manifest.blobs ?? [];
  return framedPlaintext(
    utf8Pieces(text, progress.onJson),
    utf8Length(text),
    blobs.map((blob) => ({ ...blob, pieces: () => piecesOf(blob) })),
    (index) => progress.onBlob?.(index, blobs.length),
  );
}

export interface ContentReading {
  /** Each blob's pieces as they arrive; unread pieces are still read and checked. */
  blob?: PlaintextHandlers['blob'];
  maxJsonBytes?: number;
  /** Called once the records are parsed, before any blob. */
  onContent?: (content: BundleContent) => void;
}

/** Reads a file's plaintext stream (openStream) into its records, handing each blob on; returns the content and the stream's result. */
export async function readContent<R>(
  stream: AsyncIterator<Uint8Array, R>,
  reading: ContentReading = {},
): Promise<{ content: BundleContent; info: R }> {
  let content: BundleContent | undefined;
  const info = await readPlaintext(stream, {
    json: (text) => {
      content = parseBundleContent(text);
      reading.onContent?.(content);
      return content.manifest.blobs ?? [];
    },
    ...(reading.blob ? { blob: reading.blob } : {}),
    ...(reading.maxJsonBytes !== undefined ? { maxJsonBytes: reading.maxJsonBytes } : {}),
  });
  if (!content) throw new Error('The assessment file decrypted, but its contents are not valid JSON.');
  return { content, info };
}
