/**
 * The worker's side of the piece-by-piece exchange with the page (see bundleTasks.ts):
 * credits for sealed pieces posted and not yet written, and the file's pieces as the
 * page sends them.
 */
import { utf8 } from '../../shared/crypto/bytes';
import { PIECES_IN_FLIGHT, type PageMessage } from './bundleTasks';

let credits = PIECES_IN_FLIGHT;
const chunks: (Uint8Array | null)[] = [];
let wake: (() => void) | undefined;

export function receive(message: PageMessage): void {
  if (message.kind === 'ack') credits += 1;
  else chunks.push(message.bytes);
  wake?.();
}

const nextMessage = () => new Promise<void>((resolve) => (wake = resolve));

/** Waits until the page has written enough to take one more piece. */
export async function takeCredit(): Promise<void> {
  while (credits === 0) await nextMessage();
  credits -= 1;
}

/** The file's pieces, asked for one ahead so that reading overlaps decrypting. */
export async function* pulledPieces(ask: () => void): AsyncGenerator<Uint8Array> {
  ask();
  for (;;) {
    while (!chunks.length) await nextMessage();
    const next = chunks.shift();
    if (!next) return;
    ask();
    yield next;
  }
}

/** The UTF-8 of `text` in pieces, never splitting a surrogate pair; `onRead` hears how far it got. */
export function* utf8Pieces(
  text: string,
  onRead: (done: number, total: number) => void,
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
