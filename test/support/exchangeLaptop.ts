/** A laptop for the exchange use-case tests: a fresh database, unlocked, and real files in a temp dir behind its dialogs. */
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { createKeyring } from '../../renderer/db/dataKeyWrap';
import { repositoriesFor } from '../../renderer/db/repository';
import { Vault } from '../../renderer/db/vault';
import { dialogsPerTest } from './inProcessWorkers';
import { freshDatabase } from './testDatabase';

/** Laptops whose temp dirs go after each test (call at the top of a test file). */
export function laptopsPerTest(prefix: string) {
  const tempDialogs = dialogsPerTest(prefix);
  return async () => {
    const db = freshDatabase();
    const vault = await Vault.open(db, await createKeyring(db, 'laptop passphrase', deriveKeyBytes));
    const { dir, dialogs } = await tempDialogs();
    return { db, vault, repos: repositoriesFor(vault), dir, dialogs };
  };
}
