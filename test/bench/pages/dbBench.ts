/**
 * Runs in Chromium: the app's encrypted repositories against plain Dexie and bare
 * Argon2id, on the same records in the same page. Exposed as `window.benchDatabase`.
 */
import Dexie from 'dexie';
import { deriveKeyBytes } from '../../../shared/crypto/kdf';
import { AssessorDatabase } from '../../../renderer/db/database';
import { createKeyring, unlockKeyring } from '../../../renderer/db/dataKeyWrap';
import { repositoriesFor } from '../../../renderer/db/repository';
import { Vault } from '../../../renderer/db/vault';
import { deriveInWorker } from '../../../renderer/workers/deriveInWorker';
import { sampleData } from '../../support/sampleRecords';

const PASSPHRASE = 'benchmark passphrase for unlock';

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function benchDatabase(count: number) {
  const assessmentId = crypto.randomUUID();
  const asset = sampleData(crypto.randomUUID(), assessmentId, crypto.randomUUID()).asset;
  const items = Array.from({ length: count }, (_, i) => ({
    ...asset,
    name: `WS-${String(i).padStart(5, '0')}`,
    serial: `SN-${i}`,
  }));

  const plain = new Dexie(`plain-${crypto.randomUUID()}`);
  plain.version(1).stores({ assets: 'id, parentId' });
  const plainRows = items.map((data) => ({ id: crypto.randomUUID(), parentId: assessmentId, data }));
  const plainWrite = await timed(() => plain.table('assets').bulkPut(plainRows));
  const plainRead = await timed(() => plain.table('assets').where('parentId').equals(assessmentId).toArray());

  const db = new AssessorDatabase(`bench-${crypto.randomUUID()}`);
  const repos = repositoriesFor(await Vault.open(db, await createKeyring(db, PASSPHRASE, deriveInWorker)));
  const encryptedWrite = await timed(() => repos.asset.createMany(items));
  let readBack = 0;
  const encryptedRead = await timed(async () => {
    readBack = (await repos.asset.list(assessmentId)).length;
  });
  if (readBack !== count) throw new Error(`read ${readBack} of ${count} assets`);

  const stored = (await db.settings.get('keyring'))?.value as { kdf: Parameters<typeof deriveKeyBytes>[1] };
  const unlock = await timed(() => unlockKeyring(db, PASSPHRASE, deriveInWorker));
  const bareArgon2id = await timed(() => deriveKeyBytes(PASSPHRASE, stored.kdf));

  db.close();
  plain.close();
  await Promise.all([Dexie.delete(db.name), Dexie.delete(plain.name)]);
  return { plainWrite, plainRead, encryptedWrite, encryptedRead, unlock, bareArgon2id };
}

(window as unknown as { benchDatabase: typeof benchDatabase }).benchDatabase = benchDatabase;
