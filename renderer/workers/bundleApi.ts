/**
 * Seals and opens assessment files off the UI thread: key derivation, encryption,
 * decryption and checking every record of a large file would otherwise freeze the
 * window. The file passes in pieces (bundlePipe.ts): neither the worker nor the page
 * holds the whole file, only the records it carries. What bundle.worker.ts exposes.
 */
import { parseBundleContent } from '../../shared/bundle/bundleContent';
import { openStream } from '../../shared/bundle/readBundle';
import { sealStream } from '../../shared/bundle/writeBundle';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { pieceWriter, pulledPieces, utf8Pieces } from './bundlePipe';
import type { OpenedContent, PullPiece, SealTask, WorkerKey, WritePiece } from './bundleTasks';
import { failPlainly, type PageCallback, type Progress } from './workerTask';

const FAILED = 'The assessment file could not be processed.';

async function seal(task: SealTask, write: WritePiece, progress: Progress): Promise<number> {
  progress('Deriving the file key…', 0, 1);
  const text = JSON.stringify(task.content);
  const recipients = task.recipients.map((r) => (r.type === 'passphrase' ? { ...r, derive: deriveKeyBytes } : r));
  const plain = utf8Pieces(text, (done, total) => progress('Encrypting and writing…', done, total));
  const out = pieceWriter(write);
  for await (const piece of sealStream(plain, { recipients, ...(task.signer ? { signer: task.signer } : {}) }))
    await out.add(piece);
  return out.end();
}

async function open(size: number, key: WorkerKey, pull: PullPiece, progress: Progress): Promise<OpenedContent> {
  progress(key.type === 'passphrase' ? 'Deriving the file key…' : 'Unwrapping the file key…', 0, 1);
  const stream = openStream(pulledPieces(pull), {
    key: key.type === 'passphrase' ? { ...key, derive: deriveKeyBytes } : key,
    onProgress: (done, total) => progress('Decrypting and checking…', done, total),
    totalBytes: size,
  });
  // Decoded as the chunks arrive: the plaintext is held once, as text, not also as bytes.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  for (;;) {
    const next = await stream.next();
    if (next.done) {
      text += decoder.decode();
      progress('Checking every record…', 0, 1);
      return { content: parseBundleContent(text), info: next.value };
    }
    text += decoder.decode(next.value, { stream: true });
  }
}

export const bundleApi = {
  /** Seals `task`, handing the file to `write` a piece at a time; answers the bytes written. */
  seal: (task: SealTask, write: PageCallback<WritePiece>, progress: PageCallback<Progress>): Promise<number> =>
    failPlainly(FAILED, () => seal(task, write, progress)),
  /** Opens the file of `size` bytes that `pull` reads from its start, and checks every record of it. */
  open: (
    size: number,
    key: WorkerKey,
    pull: PageCallback<PullPiece>,
    progress: PageCallback<Progress>,
  ): Promise<OpenedContent> => failPlainly(FAILED, () => open(size, key, pull, progress)),
};
