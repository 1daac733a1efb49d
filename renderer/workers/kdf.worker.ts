/// <reference lib="webworker" />
/** Runs Argon2id off the UI thread: 64 MiB and three passes would freeze the window. */
import { deriveKeyBytes, type Argon2idParams } from '../../shared/crypto/kdf';
import { plainError } from '../../shared/model/plainIssues';

interface Request {
  id: number;
  passphrase: string;
  params: Argon2idParams;
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, passphrase, params } = event.data;
  try {
    const key = await deriveKeyBytes(passphrase, params);
    (self as unknown as Worker).postMessage({ id, key }, [key.buffer]);
  } catch (error) {
    (self as unknown as Worker).postMessage({ id, error: plainError(error, 'Key derivation failed.') });
  }
};
