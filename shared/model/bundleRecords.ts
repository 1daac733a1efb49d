/**
 * Every record of an assessment file by kind, with merge metadata and tombstones. In the
 * model, below the file format, so the file's content, its redaction and the merge of
 * files (shared/merge/) all read it without importing each other.
 */
import type { EntityData, EntityType } from './entities';
import type { VersionedRecord } from './versionedRecord';

export type BundleRecords = { [E in EntityType]: VersionedRecord<EntityData<E>>[] };
