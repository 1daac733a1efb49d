/** Merges several decrypted assessment files into one, record by record (the command line's `merge`). */
import { conflictsToReview, mergeRecord } from '../merge/mergeRecord';
import { entityTypes } from '../model/entities';
import type { VersionedRecord } from '../model/versionedRecord';
import type { BundleRecords } from './bundleContent';
import { mergeRedacted } from './redaction';

/** A set of records from one file; a redacted one merges conservatively (see redaction.ts). */
export interface RecordSet {
  records: BundleRecords;
  redacted?: boolean;
}

export function mergeBundleRecords(sets: RecordSet[]): { records: BundleRecords; conflicts: number } {
  const records = {} as Record<string, VersionedRecord<object>[]>;
  let conflicts = 0;
  for (const type of entityTypes) {
    const byId = new Map<string, VersionedRecord<object>>();
    for (const set of sets) {
      for (const record of set.records[type] as VersionedRecord<object>[]) {
        const existing = byId.get(record.id);
        byId.set(
          record.id,
          set.redacted ? mergeRedacted(type, existing, record) : existing ? mergeRecord(existing, record) : record,
        );
      }
    }
    records[type] = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const record of records[type]) conflicts += conflictsToReview(record).length;
  }
  return { records: records as unknown as BundleRecords, conflicts };
}
