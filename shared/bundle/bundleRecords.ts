/**
 * Every record of a file by kind, with merge metadata and tombstones. Its own file: the
 * file's content, its redaction and its merge all read it.
 */
import type { EntityData, EntityType } from '../model/entities';
import type { VersionedRecord } from '../model/versionedRecord';

export type BundleRecords = { [E in EntityType]: VersionedRecord<EntityData<E>>[] };
