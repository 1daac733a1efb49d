/**
 * A redacted export leaves out who to call and what assessors wrote in their own words:
 * clinic contacts and every free-text note. A redacted field travels empty and
 * UNSTAMPED, so it is no write at all, and an importer must keep its own value.
 *
 * Merging must then never learn from a redacted file that a write was "seen": the file
 * does not carry what it saw. So a redacted import keeps each local version vector as it
 * was, and a record new to the importer starts from an empty one. A vector that says
 * less than was seen costs at most a conflict to review later, never a lost write.
 */
import type { EntityType } from '../model/entities';
import type { VersionedRecord } from '../model/versionedRecord';
import { mergeRecord } from './mergeRecord';

export const redactedFields: Partial<Record<EntityType, readonly string[]>> = {
  clinic: ['contacts'],
  answer: ['note'],
  asset: ['notes'],
  network: ['notes'],
  vendorAccess: ['notes'],
  link: ['notes'],
  application: ['notes'],
  // A flow's approval reason is why the parent allowed it, not contact data: it stays.
  flow: ['notes'],
  finding: ['statusNote'],
  adminAccount: ['notes'],
  targetFlow: ['notes'],
  indicator: ['notes'],
  // A caption is the assessor's own words about the photo.
  evidence: ['caption'],
  // The firm's and the clinic's comments on the plan are their own words; owner and dates stay.
  planItem: ['comments'],
  ephiStore: ['notes'],
  practice: ['notes'],
};

type AnyRecord = VersionedRecord<object>;

/** The record with `fields` emptied and unstamped, as a redacted file carries it. */
export function withoutFields(record: AnyRecord, fields: readonly string[]): AnyRecord {
  const data = { ...(record.data as Record<string, unknown>) };
  const stamps = { ...(record.stamps as Record<string, unknown>) };
  const conflicts = { ...(record.conflicts as Record<string, unknown> | undefined) };
  for (const field of fields) {
    data[field] = '';
    delete stamps[field];
    delete conflicts[field];
  }
  const out: AnyRecord = {
    id: record.id,
    data,
    stamps: stamps as AnyRecord['stamps'],
    vv: record.vv,
    deleted: record.deleted,
  };
  return Object.keys(conflicts).length ? { ...out, conflicts: conflicts as AnyRecord['conflicts'] } : out;
}

/**
 * Merges a record from a redacted file: the redacted fields stay as they are here, the
 * rest merges as usual, and the version vector claims nothing the file did not carry.
 */
export function mergeRedacted(type: EntityType, local: AnyRecord | undefined, incoming: AnyRecord): AnyRecord {
  if (!local) return { ...incoming, vv: {} };
  const fields = redactedFields[type] ?? [];
  const carried = withoutFields(incoming, fields);
  const localData = local.data as Record<string, unknown>;
  const stamps = { ...(carried.stamps as Record<string, unknown>) };
  const conflicts = { ...(carried.conflicts as Record<string, unknown> | undefined) };
  const data = { ...(carried.data as Record<string, unknown>) };
  for (const field of fields) {
    data[field] = localData[field];
    const stamp = (local.stamps as Record<string, unknown>)[field];
    if (stamp) stamps[field] = stamp;
    const kept = (local.conflicts as Record<string, unknown> | undefined)?.[field];
    if (kept) conflicts[field] = kept;
  }
  const merged = mergeRecord(local, {
    ...carried,
    data,
    stamps: stamps as AnyRecord['stamps'],
    conflicts: conflicts as AnyRecord['conflicts'],
  });
  return { ...merged, vv: local.vv };
}
