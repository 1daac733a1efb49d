/**
 * What the assessment-file worker seals and opens, between the file's stream and the
 * page: the records' JSON, then each piece of evidence pulled from the page as its turn
 * comes; opening, the records parsed and each blob handed to the page to stage, a piece
 * at a time. Shared by the worker (bundleApi.ts) and the in-process stand-in of tests.
 */
import { transfer } from 'comlink';
import { contentPlaintext, readContent } from '../../shared/bundle/contentStream';
import type { BundleInfo } from '../../shared/bundle/readBundle';
import { concatBytes } from '../../shared/crypto/bytes';
import { pulledPieces } from './bundlePipe';
import {
  MAX_IMPORT_BYTES,
  PIECE_BYTES,
  type OpenedContent,
  type PullBlob,
  type SealTask,
  type StageBlob,
} from './bundleTasks';
import type { Progress } from './workerTask';

const evidenceLabel = (index: number, count: number) => `Evidence ${index + 1} of ${count}…`;

/** The plaintext of `task`: its records, then the evidence bytes its manifest lists, from `pull`. */
export function taskPlaintext(
  task: SealTask,
  pull: PullBlob | undefined,
  progress: Progress,
): AsyncGenerator<Uint8Array> {
  return contentPlaintext(
    task.content,
    (blob) => {
      if (!pull) throw new Error('The evidence bytes could not be read for the file.');
      return pulledPieces(() => pull(blob.sha256));
    },
    {
      onJson: (done, total) => progress('Encrypting and writing…', done, total),
      onBlob: (index, count) =>
        progress(`Encrypting and writing: ${evidenceLabel(index, count).toLowerCase()}`, index, count),
    },
  );
}

/**
 * Reads the plaintext `stream` of a file: the records, checked, and each blob's bytes
 * staged with `stage` in pieces of at most PIECE_BYTES as they arrive. `onLabel` hears
 * which part is being read, for the progress shown.
 */
export async function readTaskContent(
  stream: AsyncIterator<Uint8Array, BundleInfo>,
  stage: StageBlob | undefined,
  onLabel: (label: string) => void,
  progress: Progress,
): Promise<OpenedContent> {
  const { content, info } = await readContent(stream, {
    maxJsonBytes: MAX_IMPORT_BYTES,
    onContent: () => progress('Checking every record…', 0, 1),
    blob: async (entry, pieces, index, count) => {
      onLabel(`Decrypting and checking: ${evidenceLabel(index, count).toLowerCase()}`);
      progress(`Decrypting and checking: ${evidenceLabel(index, count).toLowerCase()}`, index, count);
      if (!stage) return;
      let batch: Uint8Array[] = [];
      let batched = 0;
      const flush = async () => {
        const bytes = concatBytes(...batch);
        batch = [];
        batched = 0;
        await stage(entry.sha256, transfer(bytes, [bytes.buffer]));
      };
      for await (const piece of pieces) {
        batch.push(piece);
        batched += piece.byteLength;
        if (batched >= PIECE_BYTES) await flush();
      }
      if (batched) await flush();
      await stage(entry.sha256, null);
    },
  });
  return { content, info };
}
