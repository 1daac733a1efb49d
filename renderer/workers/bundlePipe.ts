/**
 * The worker's side of the piece-by-piece exchange with the page: sealed bytes go out in
 * pieces of PIECE_BYTES, one being written while the next is sealed and no more; the
 * file's pieces come in one ahead, so that reading overlaps decrypting.
 */
import { transfer } from 'comlink';
import { concatBytes } from '../../shared/crypto/bytes';
import { PIECE_BYTES, type PullPiece, type WritePiece } from './bundleTasks';

/** Gathers sealed bytes into pieces for `write`; `end` flushes, waits for the last write and answers the bytes written. */
export function pieceWriter(write: WritePiece) {
  let batch: Uint8Array[] = [];
  let batched = 0;
  let written = 0;
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (!batch.length) return;
    const bytes = concatBytes(...batch);
    batch = [];
    batched = 0;
    await writing;
    written += bytes.byteLength;
    writing = write(transfer(bytes, [bytes.buffer]));
    // Awaited at the next flush or at the end; until then a failure must not count as unhandled.
    writing.catch(() => undefined);
  };
  return {
    async add(piece: Uint8Array): Promise<void> {
      batch.push(piece);
      batched += piece.byteLength;
      if (batched >= PIECE_BYTES) await flush();
    },
    async end(): Promise<number> {
      await flush();
      await writing;
      return written;
    },
  };
}

/** The file's pieces from `pull`, asked for one ahead. */
export async function* pulledPieces(pull: PullPiece): AsyncGenerator<Uint8Array> {
  let next = pull();
  for (;;) {
    const piece = await next;
    if (!piece) return;
    next = pull();
    next.catch(() => undefined);
    yield piece;
  }
}

export { utf8Pieces } from '../../shared/bundle/contentStream';
