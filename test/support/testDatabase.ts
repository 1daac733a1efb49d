import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { AssessorDatabase } from '../../renderer/db/database';

let counter = 0;

/** A fresh database in fake-indexeddb, under a unique name. */
export function freshDatabase(): AssessorDatabase {
  counter += 1;
  return new AssessorDatabase(`test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** The real Argon2id derivation, as the app's worker runs it. */
export const derive = deriveKeyBytes;
