/**
 * A redacted export leaves out who to call and what assessors wrote in their own words:
 * clinic contacts and every free-text note (the fields and how a redacted file merges:
 * shared/merge/redactedMerge.ts).
 */
import { redactedFields, withoutFields } from '../merge/redactedMerge';
import { entityTypes, type EntityType } from '../model/entities';
import type { VersionedRecord } from '../model/versionedRecord';
import type { BundleRecords } from '../model/bundleRecords';

type AnyRecord = VersionedRecord<object>;

/** The records with contacts and notes left out. */
export function redactRecords(records: BundleRecords): BundleRecords {
  const out = {} as Record<EntityType, AnyRecord[]>;
  for (const type of entityTypes) {
    const fields = redactedFields[type] ?? [];
    out[type] = (records[type] as AnyRecord[]).map((r) => (fields.length ? withoutFields(r, fields) : r));
  }
  return out as unknown as BundleRecords;
}
