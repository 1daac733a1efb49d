/**
 * Every version of the database layout, oldest first; Dexie runs the upgrades of the
 * versions a database has not yet seen. Never edit a released version: add one.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

const dataTables = [
  'clinics',
  'assessments',
  'assets',
  'networks',
  'vendorAccess',
  'links',
  'applications',
  'answers',
  'findings',
];
const layout = (dataIndex: string, tables: string[] = dataTables) => ({
  settings: 'key',
  ...Object.fromEntries(tables.map((t) => [t, dataIndex])),
});

/** The record tables' index from v2 on: live lists skip tombstones in the index. */
const INDEXED = 'id, parentId, [parentId+deleted], updated';
/** Each version's record tables: the one before's, and what it added. */
const tablesV3 = [...dataTables, 'flows'];
const tablesV4 = [...tablesV3, 'adminAccounts', 'targetFlows', 'indicators'];
const tablesV5 = [...tablesV4, 'evidence'];
const tablesV6 = [...tablesV5, 'planItems', 'ephiStores', 'practices'];
/** Evidence bytes, apart from the records (from v5). */
const blobStores = { evidenceBlobs: 'id', evidenceChunks: 'id, blob' };

export const schemaVersions: SchemaVersion[] = [
  // v1: the tombstone flag was a boolean, which IndexedDB cannot index.
  { version: 1, stores: layout('id, parentId') },
  // v2: the flag becomes 0/1 and is indexed with the parent, so live lists skip tombstones in the index.
  {
    version: 2,
    stores: layout(INDEXED),
    upgrade: async (tx) => {
      for (const table of dataTables) {
        await tx
          .table(table)
          .toCollection()
          .modify((row: { deleted?: unknown }) => {
            row.deleted = row.deleted === true || row.deleted === 1 ? 1 : 0;
          });
      }
    },
  },
  // v3 (model v2): flows, the clinic's allowed paths between zones, assets and vendor links.
  // Rows are sealed, so older networks' `connectsTo` become flows after unlock (topologyUpgrade.ts).
  { version: 3, stores: layout(INDEXED, tablesV3) },
  // v4 (model v3): the admin register, the target design and the compromise check.
  { version: 4, stores: layout(INDEXED, tablesV4) },
  // v5 (model v4): evidence records, and their bytes apart in sealed chunks (evidenceBlobs.ts):
  // a blob's head once it is whole, its chunks by blob.
  { version: 5, stores: { ...layout(INDEXED, tablesV5), ...blobStores } },
  // v6 (model v5): the remediation plan, the ePHI inventory and the HICP practices.
  { version: 6, stores: { ...layout(INDEXED, tablesV6), ...blobStores } },
];

export const CURRENT_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]?.version ?? 1;
