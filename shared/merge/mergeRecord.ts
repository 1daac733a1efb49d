/**
 * Merges two copies of one record, field by field. Each field is a multi-value
 * register: its live value and any values written concurrently with it ("heads"),
 * each named by its write (device, counter). A head survives a merge unless the
 * other copy has seen that write and replaced it. So a field changed on one side
 * takes that side; a field changed on both sides without either seeing the other
 * becomes a conflict: the head with the later clock (then the higher device id) is
 * live, the others are kept for review; a later local write settles it.
 *
 * Commutative, associative and idempotent (property-tested), so importing the same
 * file twice, or files in any order, gives the same result.
 */
import {
  sameValue,
  withConflicts,
  type ConflictingValue,
  type FieldStamp,
  type VersionedRecord,
  type VersionVector,
} from '../model/versionedRecord';

type Head = ConflictingValue;

function seen(vv: VersionVector, stamp: FieldStamp): boolean {
  return (vv[stamp.d] ?? 0) >= stamp.c;
}

const sameWrite = (a: FieldStamp, b: FieldStamp) => a.d === b.d && a.c === b.c;

/** Later clock first, then the higher device id: the same order on every machine. */
function byPrecedence(a: FieldStamp, b: FieldStamp): number {
  return a.t !== b.t ? (a.t < b.t ? 1 : -1) : a.d !== b.d ? (a.d < b.d ? 1 : -1) : b.c - a.c;
}

function headsOf<T extends object>(record: VersionedRecord<T>, field: string): Head[] {
  const stamp = (record.stamps as Record<string, FieldStamp | undefined>)[field];
  if (!stamp) return [];
  const live: Head = { v: (record.data as Record<string, unknown>)[field], t: stamp.t, d: stamp.d, c: stamp.c };
  const others = (record.conflicts as Record<string, Head[] | undefined> | undefined)?.[field] ?? [];
  return [live, ...others];
}

function mergeHeads(a: Head[], aSeen: VersionVector, b: Head[], bSeen: VersionVector): Head[] {
  const kept: Head[] = [];
  for (const h of a) if (b.some((x) => sameWrite(x, h)) || !seen(bSeen, h)) kept.push(h);
  for (const h of b) if (!a.some((x) => sameWrite(x, h)) && !seen(aSeen, h)) kept.push(h);
  return kept.sort(byPrecedence);
}

/** The fields a person should look at: concurrent values that differ from the live one. */
export function conflictsToReview<T extends object>(
  record: VersionedRecord<T>,
): { field: string; live: unknown; others: Head[] }[] {
  return Object.entries((record.conflicts ?? {}) as Record<string, Head[]>)
    .map(([field, heads]) => ({
      field,
      live: (record.data as Record<string, unknown>)[field],
      others: heads.filter((h) => !sameValue(h.v, (record.data as Record<string, unknown>)[field])),
    }))
    .filter((c) => c.others.length > 0);
}

export function mergeVectors(a: VersionVector, b: VersionVector): VersionVector {
  const out: VersionVector = { ...a };
  for (const [device, count] of Object.entries(b)) out[device] = Math.max(out[device] ?? 0, count);
  return Object.fromEntries(Object.entries(out).sort(([x], [y]) => (x < y ? -1 : 1)));
}

export function mergeRecord<T extends object>(a: VersionedRecord<T>, b: VersionedRecord<T>): VersionedRecord<T> {
  if (a.id !== b.id) throw new Error('Only copies of the same record can be merged.');
  // Most records of a re-imported file are the very same copy: merging it with itself gives itself.
  if (sameValue(a, b)) return a;
  const fields = [...new Set([...Object.keys(a.stamps), ...Object.keys(b.stamps)])].sort();
  const data: Record<string, unknown> = { ...(a.data as object), ...(b.data as object) };
  const stamps: Record<string, FieldStamp> = {};
  const conflicts: Record<string, Head[]> = {};
  for (const field of fields) {
    const [live, ...others] = mergeHeads(headsOf(a, field), a.vv, headsOf(b, field), b.vv);
    if (!live) continue;
    data[field] = live.v;
    stamps[field] = { t: live.t, d: live.d, c: live.c };
    // All concurrent heads stay in the state (dropping equal ones would break associativity);
    // conflictsToReview shows a person only those that differ.
    if (others.length) conflicts[field] = others;
  }
  const deletes = [a.deleted, b.deleted].filter((d): d is FieldStamp => d !== null).sort(byPrecedence);
  const merged: VersionedRecord<T> = {
    id: a.id,
    data: data as T,
    stamps: stamps as VersionedRecord<T>['stamps'],
    vv: mergeVectors(a.vv, b.vv),
    deleted: deletes[0] ?? null,
  };
  return withConflicts(merged, conflicts as VersionedRecord<T>['conflicts']);
}
