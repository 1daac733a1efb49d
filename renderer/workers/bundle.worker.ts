/// <reference lib="webworker" />
/**
 * Seals and opens assessment files off the UI thread: key derivation, encryption,
 * decryption and checking every record of a large file would otherwise freeze the
 * window. The file passes in pieces (bundlePipe.ts): neither this worker nor the page
 * holds the whole file, only the records it carries. Cancelling terminates the worker;
 * it holds nothing that needs cleaning up.
 */
import { parseBundleContent } from '../../shared/bundle/bundleContent';
import { BundleError } from '../../shared/bundle/bundleErrors';
import { openStream } from '../../shared/bundle/readBundle';
import { sealStream } from '../../shared/bundle/writeBundle';
import { concatBytes } from '../../shared/crypto/bytes';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { pulledPieces, receive, takeCredit, utf8Pieces } from './bundlePipe';
import {
  PIECE_BYTES,
  type BundleTask,
  type OpenTask,
  type PageMessage,
  type SealTask,
  type WorkerMessage,
} from './bundleTasks';
import { plainError } from '../../shared/model/plainIssues';

const post = (message: WorkerMessage, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

async function seal(task: SealTask): Promise<void> {
  post({ kind: 'progress', label: 'Deriving the file key…', done: 0, total: 1 });
  const text = JSON.stringify(task.content);
  const recipients = task.recipients.map((r) => (r.type === 'passphrase' ? { ...r, derive: deriveKeyBytes } : r));
  const plain = utf8Pieces(text, (done, total) =>
    post({ kind: 'progress', label: 'Encrypting and writing…', done, total }),
  );
  let batch: Uint8Array[] = [];
  let batched = 0;
  let written = 0;
  const flush = async () => {
    if (!batch.length) return;
    await takeCredit();
    const bytes = concatBytes(...batch);
    batch = [];
    batched = 0;
    written += bytes.byteLength;
    post({ kind: 'piece', bytes }, [bytes.buffer]);
  };
  for await (const piece of sealStream(plain, { recipients, ...(task.signer ? { signer: task.signer } : {}) })) {
    batch.push(piece);
    batched += piece.byteLength;
    if (batched >= PIECE_BYTES) await flush();
  }
  await flush();
  post({ kind: 'sealed', bytesWritten: written });
}

async function open(task: OpenTask): Promise<void> {
  post({
    kind: 'progress',
    label: task.key.type === 'passphrase' ? 'Deriving the file key…' : 'Unwrapping the file key…',
    done: 0,
    total: 1,
  });
  const key = task.key.type === 'passphrase' ? { ...task.key, derive: deriveKeyBytes } : task.key;
  const onProgress = (done: number, total: number) =>
    post({ kind: 'progress', label: 'Decrypting and checking…', done, total });
  const stream = openStream(
    pulledPieces(() => post({ kind: 'pull' })),
    { key, onProgress, totalBytes: task.size },
  );
  // Decoded as the chunks arrive: the plaintext is held once, as text, not also as bytes.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  for (;;) {
    const next = await stream.next();
    if (next.done) {
      text += decoder.decode();
      post({ kind: 'progress', label: 'Checking every record…', done: 0, total: 1 });
      post({ kind: 'opened', result: { content: parseBundleContent(text), info: next.value } });
      return;
    }
    text += decoder.decode(next.value, { stream: true });
  }
}

self.onmessage = (event: MessageEvent<BundleTask | PageMessage>) => {
  const data = event.data;
  if ('kind' in data) return receive(data);
  (data.op === 'seal' ? seal(data) : open(data)).catch((error: unknown) =>
    post({
      kind: 'error',
      message: plainError(error, 'The assessment file could not be processed.'),
      ...(error instanceof BundleError ? { code: error.code } : {}),
    }),
  );
};
