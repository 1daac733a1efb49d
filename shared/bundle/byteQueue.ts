/** Bytes arriving in pieces of any size, taken out in pieces of the sizes a format needs. */
export class ByteQueue {
  private parts: Uint8Array[] = [];
  private head = 0;
  length = 0;

  push(bytes: Uint8Array): void {
    if (!bytes.byteLength) return;
    this.parts.push(bytes);
    this.length += bytes.byteLength;
  }

  /**
   * The next `count` bytes (fewer if fewer are queued), removed from the queue: a view
   * into the piece they arrived in when they lie in one, else a copy. Callers only read.
   */
  take(count: number): Uint8Array {
    const first = this.parts[0];
    if (first && first.byteLength - this.head >= count) {
      const view = first.subarray(this.head, this.head + count);
      this.head += count;
      if (this.head === first.byteLength) {
        this.parts.shift();
        this.head = 0;
      }
      this.length -= count;
      return view;
    }
    const out = new Uint8Array(Math.min(count, this.length));
    let filled = 0;
    while (filled < out.byteLength) {
      const part = this.parts[0] as Uint8Array;
      const piece = part.subarray(this.head, this.head + out.byteLength - filled);
      out.set(piece, filled);
      filled += piece.byteLength;
      this.head += piece.byteLength;
      if (this.head === part.byteLength) {
        this.parts.shift();
        this.head = 0;
      }
    }
    this.length -= out.byteLength;
    return out;
  }
}

/** Pulls from a source until the queue holds at least `count` bytes; false once the source is dry. */
export async function fill(queue: ByteQueue, source: AsyncIterator<Uint8Array>, count: number): Promise<boolean> {
  while (queue.length < count) {
    const next = await source.next();
    if (next.done) return false;
    queue.push(next.value);
  }
  return true;
}
