/**
 * The envelope every stored record travels in: its data, and what merging needs —
 * for each field the clock stamp and device of its last write, a version vector of
 * the record, and a tombstone once deleted (records are never removed outright).
 */
import { z } from 'zod';
import { HLC_PATTERN } from './hlc';

export const fieldStamp = z.object({
  /** Hybrid logical clock of the write. */
  t: z.string().regex(HLC_PATTERN, 'not a clock stamp'),
  /** Id of the device that wrote it. */
  d: z.string().min(1).max(64),
  /** That device's write counter for it: (d, c) names the write, as a dot in the version vector. */
  c: z.number().int().nonnegative(),
});
export type FieldStamp = z.infer<typeof fieldStamp>;

export const versionVector = z.record(z.string().min(1).max(64), z.number().int().nonnegative());
export type VersionVector = z.infer<typeof versionVector>;

const MAX_FIELDS = 200;

function isStamp(value: unknown): value is FieldStamp {
  const s = value as Partial<FieldStamp> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.t === 'string' &&
    HLC_PATTERN.test(s.t) &&
    typeof s.d === 'string' &&
    s.d.length >= 1 &&
    s.d.length <= 64 &&
    Number.isInteger(s.c) &&
    (s.c ?? -1) >= 0
  );
}

/**
 * A record's stamps, one per field, checked by hand and copied clean: the same rules as
 * `fieldStamp`, at a small part of the cost zod's per-value checks add up to over the
 * hundreds of thousands of stamps of a large file.
 */
const stampMap = z
  .custom<Record<string, FieldStamp>>((value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const entries = Object.entries(value);
    return entries.length <= MAX_FIELDS && entries.every(([field, stamp]) => field.length <= 100 && isStamp(stamp));
  }, 'not a set of field stamps')
  .transform((stamps) =>
    Object.fromEntries(Object.entries(stamps).map(([field, { t, d, c }]) => [field, { t, d, c }])),
  );

/** A value written concurrently with the live one, kept for a person to review. */
export interface ConflictingValue extends FieldStamp {
  v: unknown;
}

export interface VersionedRecord<T extends object> {
  id: string;
  data: T;
  stamps: Partial<Record<keyof T & string, FieldStamp>>;
  vv: VersionVector;
  deleted: FieldStamp | null;
  /** Per field, the values that lost a concurrent write (the live one is in data). */
  conflicts?: Partial<Record<keyof T & string, ConflictingValue[]>>;
}

/** The envelope's schema around a given data schema. */
export function versionedRecordSchema<S extends z.ZodObject>(data: S) {
  return z.object({
    id: z.uuid(),
    data,
    stamps: stampMap,
    vv: versionVector,
    deleted: fieldStamp.nullable(),
    conflicts: z.record(z.string(), z.array(fieldStamp.extend({ v: z.unknown() }))).optional(),
  });
}

export interface WriteContext {
  /** A fresh clock stamp for this write. */
  stamp: string;
  device: string;
}

function bumpVector(vv: VersionVector, device: string): VersionVector {
  return { ...vv, [device]: (vv[device] ?? 0) + 1 };
}

/** A new record: every field stamped with this write. */
export function createVersioned<T extends object>(id: string, data: T, write: WriteContext): VersionedRecord<T> {
  const stamps: Partial<Record<keyof T & string, FieldStamp>> = {};
  for (const key of Object.keys(data) as (keyof T & string)[]) stamps[key] = { t: write.stamp, d: write.device, c: 1 };
  return { id, data, stamps, vv: { [write.device]: 1 }, deleted: null };
}

/**
 * Applies the fields of `patch` that differ from the record; only those get the new
 * stamp. Returns the same record when nothing changes, so no empty write happens.
 */
export function patchVersioned<T extends object>(
  record: VersionedRecord<T>,
  patch: Partial<T>,
  write: WriteContext,
): VersionedRecord<T> {
  // A write that repeats the live value of a field in conflict still settles the conflict.
  const changed = (Object.keys(patch) as (keyof T & string)[]).filter(
    (key) =>
      patch[key] !== undefined &&
      (!sameValue(patch[key], record.data[key]) || (record.conflicts?.[key]?.length ?? 0) > 0),
  );
  if (changed.length === 0) return record;
  const vv = bumpVector(record.vv, write.device);
  const data = { ...record.data };
  const stamps = { ...record.stamps };
  const conflicts: NonNullable<VersionedRecord<T>['conflicts']> = { ...record.conflicts };
  for (const key of changed) {
    data[key] = patch[key] as T[typeof key];
    stamps[key] = { t: write.stamp, d: write.device, c: vv[write.device] ?? 1 };
    delete conflicts[key];
  }
  return withConflicts({ ...record, data, stamps, vv }, conflicts);
}

/** Marks a record deleted; its data stays for merging and for review. */
export function tombstoneVersioned<T extends object>(
  record: VersionedRecord<T>,
  write: WriteContext,
): VersionedRecord<T> {
  if (record.deleted) return record;
  const vv = bumpVector(record.vv, write.device);
  return { ...record, deleted: { t: write.stamp, d: write.device, c: vv[write.device] ?? 1 }, vv };
}

/** Sets the conflicts, leaving the property out when there are none. */
export function withConflicts<T extends object>(
  record: VersionedRecord<T>,
  conflicts: VersionedRecord<T>['conflicts'],
): VersionedRecord<T> {
  const { conflicts: _old, ...rest } = record;
  const kept = Object.fromEntries(
    Object.entries(conflicts ?? {}).filter(([, list]) => Array.isArray(list) && list.length > 0),
  );
  return Object.keys(kept).length ? { ...rest, conflicts: kept as VersionedRecord<T>['conflicts'] } : rest;
}

/** Structural equality for field values (JSON-like: primitives, arrays, plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
