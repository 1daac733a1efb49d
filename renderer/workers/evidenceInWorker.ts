/** Prepares a picked file as evidence (kind checked, a photo cleaned and downscaled) in a fresh Web Worker. */
import { transfer } from 'comlink';
import type { EvidenceApi, PreparedEvidence } from './evidence.worker';
import { runInWorker } from './runInWorker';

const makeWorker = () =>
  new Worker(new URL('./evidence.worker.ts', import.meta.url), { type: 'module', name: 'evidence' });

/** The picked bytes go over to the worker (transferred, so not copied) and the bytes to store come back. */
export function prepareInWorker(
  bytes: Uint8Array<ArrayBuffer>,
  fileName: string,
  signal?: AbortSignal,
): Promise<PreparedEvidence> {
  return runInWorker<EvidenceApi, PreparedEvidence>(
    makeWorker,
    (api) => api.prepare(transfer(bytes, [bytes.buffer]), fileName),
    { signal },
  );
}
