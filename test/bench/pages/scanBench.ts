/**
 * Runs in Chromium: a generated nmap scan of N hosts through the app's own path — the
 * import worker reads it, the review matches it, and the save seals every device into
 * the encrypted database in one transaction. Exposed as `window.benchScanImport`.
 */
import { matchImported } from '../../../shared/import/matchImported';
import { AssessorDatabase } from '../../../renderer/db/database';
import { saveScanImport } from '../../../renderer/db/importInventory';
import { createKeyring } from '../../../renderer/db/dataKeyWrap';
import { Vault } from '../../../renderer/db/vault';
import { deriveInWorker } from '../../../renderer/workers/deriveInWorker';
import { readScanInWorker } from '../../../renderer/workers/inventoryFileInWorker';
import { nmapScanXml } from '../../support/nmapGenerator';

async function benchScanImport(hosts: number) {
  const encoder = new TextEncoder();
  const parts = [...nmapScanXml(hosts)].map((p) => encoder.encode(p));
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const p of parts) {
    bytes.set(p, offset);
    offset += p.byteLength;
  }
  const db = new AssessorDatabase(`bench-scan-${crypto.randomUUID()}`);
  const vault = await Vault.open(db, await createKeyring(db, 'benchmark passphrase for scans', deriveInWorker));
  const started = performance.now();
  const result = await readScanInWorker({ bytes, onDate: '2026-11-28' }, () => undefined);
  const read = performance.now() - started;
  const rows = matchImported(result.assets, []);
  const saved = await saveScanImport(
    vault,
    crypto.randomUUID(),
    rows.map((row) => ({ row, acceptKind: true })),
    result.networks,
  );
  const total = performance.now() - started;
  const stored = await db.table('assets').count();
  db.close();
  return { megabytes: bytes.byteLength / 1024 / 1024, read, total, saved: saved.added, stored };
}

(window as unknown as { benchScanImport: typeof benchScanImport }).benchScanImport = benchScanImport;
