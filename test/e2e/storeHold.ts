import type { Page } from './fixtures';

interface Hold {
  on: boolean;
  done: Promise<void>;
}

/**
 * In the page: opens the app's IndexedDB database and counts a table's rows, then either
 * closes or, with `hold`, keeps a read-write transaction on that table open until
 * `window.tableHold.on` turns false.
 */
function countInPage({ table, hold }: { table: string; hold: boolean }): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const request = indexedDB.open('clinic-assessor');
    request.onerror = () => reject(new Error(String(request.error)));
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(table, hold ? 'readwrite' : 'readonly');
      const store = tx.objectStore(table);
      const state: Hold = { on: hold, done: new Promise((done) => (tx.oncomplete = () => done(db.close()))) };
      if (hold) (window as unknown as { tableHold: Hold }).tableHold = state;
      // A transaction stays open while it has requests: ask again each time one answers.
      const spin = () => {
        if (state.on) store.count().onsuccess = spin;
      };
      const count = store.count();
      count.onsuccess = () => {
        spin();
        resolve(count.result);
      };
    };
  });
}

/**
 * Holds one table of the app's IndexedDB database with a read-write transaction of its
 * own, as a slow disk or a long write elsewhere would: every read and write of that table
 * waits until the returned function lets go. Real IndexedDB locking, nothing replaced.
 */
export async function holdTable(page: Page, table: string): Promise<() => Promise<void>> {
  await page.evaluate(countInPage, { table, hold: true });
  return async () => {
    await page.evaluate(async () => {
      const hold = (window as unknown as { tableHold: Hold }).tableHold;
      hold.on = false;
      await hold.done;
    });
  };
}

/** How many rows a table of the app's database holds (their content is sealed; the count is not). */
export function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(countInPage, { table, hold: false });
}
