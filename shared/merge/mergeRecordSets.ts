/** Merges the records of several decrypted assessment files into one set, record by record (the command line's `merge`). */
import type { BundleRecords } from '../model/bundleRecords';
import { entityTypes } from '../model/entities';
import type { VersionedRecord } from '../model/versionedRecord';
import { conflictsToReview } from './mergeRecord';
import { mergeIncoming } from './mergePlan';

/** A set of records from one file; a redacted one merges conservatively (see redactedMerge.ts). */
export interface RecordSet {
  records: BundleRecords;
  redacted?: boolean;
}

export function mergeRecordSets(sets: RecordSet[]): { records: BundleRecords; conflicts: number } {
  const records = {} as Record<string, VersionedRecord<object>[]>;
  let conflicts = 0;
  for (const type of entityTypes) {
    const byId = new Map<string, VersionedRecord<object>>();
    for (const set of sets)
      for (const record of set.records[type] as VersionedRecord<object>[])
        byId.set(record.id, mergeIncoming(type, byId.get(record.id), record, !!set.redacted).merged);
    records[type] = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const record of records[type]) conflicts += conflictsToReview(record).length;
  }
  return { records: records as unknown as BundleRecords, conflicts };
}
