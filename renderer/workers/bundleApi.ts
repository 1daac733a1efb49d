/**
 * Seals and opens assessment files off the UI thread: key derivation, encryption,
 * decryption and checking every record of a large file would otherwise freeze the
 * window. The file passes in pieces (bundlePipe.ts): neither the worker nor the page
 * holds the whole file, only the records it carries. What bundle.worker.ts exposes.
 */
import { openStream } from '../../shared/bundle/readBundle';
import { sealStream } from '../../shared/bundle/writeBundle';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { pieceWriter, pulledPieces } from './bundlePipe';
import { readTaskContent, taskPlaintext } from './bundleStreams';
import type { OpenedContent, PullBlob, PullPiece, SealTask, StageBlob, WorkerKey, WritePiece } from './bundleTasks';
import { failPlainly, type PageCallback, type Progress } from './workerTask';

const FAILED = 'The assessment file could not be processed.';

async function seal(task: SealTask, write: WritePiece, progress: Progress, pull?: PullBlob): Promise<number> {
  progress('Deriving the file key…', 0, 1);
  const recipients = task.recipients.map((r) => (r.type === 'passphrase' ? { ...r, derive: deriveKeyBytes } : r));
  const plain = taskPlaintext(task, pull, progress);
  const out = pieceWriter(write);
  for await (const piece of sealStream(plain, { recipients, ...(task.signer ? { signer: task.signer } : {}) }))
    await out.add(piece);
  return out.end();
}

async function open(
  size: number,
  key: WorkerKey,
  pull: PullPiece,
  progress: Progress,
  stage?: StageBlob,
): Promise<OpenedContent> {
  progress(key.type === 'passphrase' ? 'Deriving the file key…' : 'Unwrapping the file key…', 0, 1);
  let label = 'Decrypting and checking…';
  const stream = openStream(pulledPieces(pull), {
    key: key.type === 'passphrase' ? { ...key, derive: deriveKeyBytes } : key,
    onProgress: (done, total) => progress(label, done, total),
    totalBytes: size,
  });
  // The records are decoded as their chunks arrive (held once, as text); evidence bytes go to the page.
  return readTaskContent(stream, stage, (now) => (label = now), progress);
}

export const bundleApi = {
  /** Seals `task`, handing the file to `write` a piece at a time, evidence read with `pull`; answers the bytes written. */
  seal: (
    task: SealTask,
    write: PageCallback<WritePiece>,
    progress: PageCallback<Progress>,
    pull?: PageCallback<PullBlob>,
  ): Promise<number> => failPlainly(FAILED, () => seal(task, write, progress, pull)),
  /** Opens the file of `size` bytes that `pull` reads from its start, and checks every record of it. */
  open: (
    size: number,
    key: WorkerKey,
    pull: PageCallback<PullPiece>,
    progress: PageCallback<Progress>,
    stage?: PageCallback<StageBlob>,
  ): Promise<OpenedContent> => failPlainly(FAILED, () => open(size, key, pull, progress, stage)),
};
