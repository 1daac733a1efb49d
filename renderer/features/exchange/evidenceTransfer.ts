/**
 * The page's side of evidence bytes passing through the assessment-file worker: on export
 * the worker pulls each blob's pieces as stored (`readBlob`), one at a time; on import it
 * hands each blob's pieces to be staged (`putBlob`: kept under their hash, unseen until a
 * record names them). Memory: one piece per blob in flight, never a whole blob.
 */
import type { PullBlob, StageBlob } from '../../workers/bundleTasks';

/** A PullBlob over `read`: each hash's pieces in order, then null. */
export function blobPuller(read: (sha256: string) => AsyncIterable<Uint8Array>): PullBlob {
  const open = new Map<string, AsyncIterator<Uint8Array>>();
  return async (sha256) => {
    let reader = open.get(sha256);
    if (!reader) {
      reader = read(sha256)[Symbol.asyncIterator]();
      open.set(sha256, reader);
    }
    const next = await reader.next();
    if (!next.done) return next.value;
    open.delete(sha256);
    return null;
  };
}

/** Pieces pushed one at a time: each push resolves once the reader took the piece. */
function pushable() {
  const items: { piece: Uint8Array | null; taken: () => void; error?: Error }[] = [];
  let wake: (() => void) | undefined;
  return {
    push(piece: Uint8Array | null, error?: Error): Promise<void> {
      return new Promise((taken) => {
        items.push({ piece, taken, ...(error ? { error } : {}) });
        wake?.();
      });
    },
    async *pieces(): AsyncGenerator<Uint8Array> {
      for (;;) {
        while (!items.length) await new Promise<void>((resolve) => (wake = resolve));
        const { piece, taken, error } = items.shift()!;
        taken();
        if (error) throw error;
        if (!piece) return;
        yield piece;
      }
    },
  };
}

/**
 * A StageBlob over `put` (which reads a source to its end and stores it under the hash);
 * `staged` lists the hashes stored so far.
 */
export function blobStager(put: (sha256: string, source: AsyncIterable<Uint8Array>) => Promise<unknown>) {
  let current: { sha256: string; feed: ReturnType<typeof pushable>; stored: Promise<unknown> } | undefined;
  const staged: string[] = [];
  const stage: StageBlob = async (sha256, piece) => {
    if (!current || current.sha256 !== sha256) {
      const feed = pushable();
      const stored = put(sha256, feed.pieces());
      stored.catch(() => undefined);
      current = { sha256, feed, stored };
    }
    const { feed, stored } = current;
    // A store that fails stops taking pieces: its error is the stage's.
    await Promise.race([feed.push(piece), stored.then(() => undefined)]);
    if (piece) return;
    current = undefined;
    await stored;
    staged.push(sha256);
  };
  /** Stops the blob being staged (the file failed midway): its partial bytes are dropped. */
  async function abandon(): Promise<void> {
    const left = current;
    current = undefined;
    if (!left) return;
    void left.feed.push(null, new Error('The assessment file stopped in the middle of a piece of evidence.'));
    await left.stored.catch(() => undefined);
  }
  return { stage, staged, abandon };
}
