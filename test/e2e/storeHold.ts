import type { Page } from './fixtures';

interface Hold {
  on: boolean;
  done: Promise<void>;
}

/**
 * Holds one table of the app's IndexedDB database with a read-write transaction of its
 * own, as a slow disk or a long write elsewhere would: every read and write of that table
 * waits until the returned function lets go. Real IndexedDB locking, nothing replaced.
 */
export async function holdTable(page: Page, table: string): Promise<() => Promise<void>> {
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('clinic-assessor');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(name, 'readwrite');
          const store = tx.objectStore(name);
          const hold: Hold = { on: true, done: new Promise((done) => (tx.oncomplete = () => done(db.close()))) };
          (window as unknown as { tableHold: Hold }).tableHold = hold;
          // A transaction stays open while it has requests: ask again each time one answers.
          const spin = () => {
            if (hold.on) store.count().onsuccess = spin;
          };
          store.count().onsuccess = () => {
            spin();
            resolve();
          };
        };
      }),
    table,
  );
  return async () => {
    await page.evaluate(async () => {
      const hold = (window as unknown as { tableHold: Hold }).tableHold;
      hold.on = false;
      await hold.done;
    });
  };
}

/** How many rows a table of the app's database holds (their content is sealed; the count is not). */
export async function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('clinic-assessor');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction(name, 'readonly').objectStore(name).count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
    table,
  );
}
