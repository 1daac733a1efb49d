import type { Argon2idParams } from '../../shared/crypto/kdf';
import type { DeriveKeyBytes } from '../db/keyring';

let nextId = 0;

/** Argon2id in a short-lived Web Worker, so the window stays responsive while it runs. */
export const deriveInWorker: DeriveKeyBytes = (passphrase: string, params: Argon2idParams) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module', name: 'key-derivation' });
    const id = ++nextId;
    worker.onmessage = (event: MessageEvent<{ id: number; key?: Uint8Array; error?: string }>) => {
      if (event.data.id !== id) return;
      worker.terminate();
      if (event.data.key) resolve(event.data.key);
      else reject(new Error(event.data.error ?? 'Key derivation failed.'));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The key derivation worker failed.'));
    };
    worker.postMessage({ id, passphrase, params });
  });
