/// <reference lib="webworker" />
/**
 * Seals and opens assessment files off the UI thread: key derivation, encryption,
 * decryption and checking every record of a large file would otherwise freeze the
 * window. Cancelling terminates the worker; it holds nothing that needs cleaning up.
 */
import { parseBundleContent } from '../../shared/bundle/bundleContent';
import { BundleError } from '../../shared/bundle/bundleErrors';
import { openBundle } from '../../shared/bundle/readBundle';
import { sealBundle } from '../../shared/bundle/writeBundle';
import { fromUtf8, utf8 } from '../../shared/crypto/bytes';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import type { BundleTask, WorkerMessage } from './bundleTasks';

const post = (message: WorkerMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

async function run(task: BundleTask): Promise<void> {
  if (task.op === 'seal') {
    post({ kind: 'progress', label: 'Deriving the file key…', done: 0, total: 1 });
    const payload = utf8(JSON.stringify(task.content));
    const recipients = task.recipients.map((r) => (r.type === 'passphrase' ? { ...r, derive: deriveKeyBytes } : r));
    const bytes = await sealBundle(payload, {
      recipients,
      ...(task.signer ? { signer: task.signer } : {}),
      onProgress: (done, total) => post({ kind: 'progress', label: 'Encrypting…', done, total }),
    });
    post({ kind: 'sealed', bytes }, [bytes.buffer]);
    return;
  }
  post({ kind: 'progress', label: task.key.type === 'passphrase' ? 'Deriving the file key…' : 'Unwrapping the file key…', done: 0, total: 1 });
  const key = task.key.type === 'passphrase' ? { ...task.key, derive: deriveKeyBytes } : task.key;
  const { payload, info } = await openBundle(task.bytes, { key, onProgress: (done, total) => post({ kind: 'progress', label: 'Decrypting and checking…', done, total }) });
  post({ kind: 'progress', label: 'Checking every record…', done: 0, total: 1 });
  post({ kind: 'opened', result: { content: parseBundleContent(fromUtf8(payload)), info } });
}

self.onmessage = (event: MessageEvent<BundleTask>) => {
  run(event.data).catch((error: unknown) =>
    post({ kind: 'error', message: error instanceof Error ? error.message : 'The assessment file could not be processed.', ...(error instanceof BundleError ? { code: error.code } : {}) }),
  );
};
