/**
 * The Dexie database: one table per kind of record, plus settings. A data row holds
 * only what must be indexed in the clear — ids, the parent id, a tombstone flag and
 * the last write's clock stamp — and one sealed (AES-256-GCM) blob with the rest.
 */
import Dexie, { type Table } from 'dexie';
import type { EntityType } from '../../shared/model/entities';
import { schemaVersions } from './schemaVersions';

export interface StoredRow {
  id: string;
  /** The clinic of an assessment, the assessment of everything else; '' for clinics. */
  parentId: string;
  /** 1 once the record is a tombstone. */
  deleted: 0 | 1;
  /** Clock stamp of the last write: lets a save detect that another write came first. */
  updated: string;
  sealed: Uint8Array;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export const entityTables = {
  clinic: 'clinics',
  assessment: 'assessments',
  asset: 'assets',
  network: 'networks',
  vendorAccess: 'vendorAccess',
  link: 'links',
  application: 'applications',
  flow: 'flows',
  answer: 'answers',
  finding: 'findings',
  adminAccount: 'adminAccounts',
  targetFlow: 'targetFlows',
  indicator: 'indicators',
  evidence: 'evidence',
  planItem: 'planItems',
  ephiStore: 'ephiStores',
  practice: 'practices',
} as const satisfies Record<EntityType, string>;

export type EntityTableName = (typeof entityTables)[EntityType];

export const DATABASE_NAME = 'clinic-assessor';

export class AssessorDatabase extends Dexie {
  settings!: Table<SettingRow, string>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const { version, stores, upgrade } of schemaVersions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }

  rows(type: EntityType): Table<StoredRow, string> {
    return this.table(entityTables[type]);
  }
}
