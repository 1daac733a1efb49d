import type { Argon2idParams } from '../../shared/crypto/kdf';
import type { DeriveKeyBytes } from '../db/dataKeyWrap';
import type { KdfApi } from './kdf.worker';
import { runInWorker } from './runInWorker';

const makeWorker = () =>
  new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module', name: 'key-derivation' });

/**
 * Argon2id in a short-lived Web Worker, so the window stays responsive while it runs.
 * Locking does not stop it: unlocking itself derives a key.
 */
export const deriveInWorker: DeriveKeyBytes = (passphrase: string, params: Argon2idParams) =>
  runInWorker<KdfApi, Uint8Array>(makeWorker, (api) => api.derive(passphrase, params), { stopsOnLock: false });
