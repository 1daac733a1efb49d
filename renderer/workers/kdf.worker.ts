/// <reference lib="webworker" />
/** Runs Argon2id off the UI thread: 64 MiB and three passes would freeze the window. */
import { expose, transfer } from 'comlink';
import { deriveKeyBytes, type Argon2idParams } from '../../shared/crypto/kdf';
import { carryTaskErrors, failPlainly } from './workerTask';

const kdfApi = {
  derive: (passphrase: string, params: Argon2idParams): Promise<Uint8Array> =>
    failPlainly('Key derivation failed.', async () => {
      const key = await deriveKeyBytes(passphrase, params);
      return transfer(key, [key.buffer]);
    }),
};

export type KdfApi = typeof kdfApi;

carryTaskErrors();
expose(kdfApi);
