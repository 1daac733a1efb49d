/**
 * A compact form of per-field stamps for storage and files: fields that share a stamp
 * (most of a record, most of the time) are listed under it once, instead of repeating
 * the clock and the device id for every field.
 */
import type { FieldStamp } from './versionedRecord';

export type PackedStamps = [t: string, d: string, c: number, fields: string[]][];

export function packStamps(stamps: Record<string, FieldStamp | undefined>): PackedStamps {
  const groups = new Map<string, [string, string, number, string[]]>();
  for (const [field, stamp] of Object.entries(stamps)) {
    if (!stamp) continue;
    const key = `${stamp.t} ${stamp.d} ${stamp.c}`;
    const group = groups.get(key);
    if (group) group[3].push(field);
    else groups.set(key, [stamp.t, stamp.d, stamp.c, [field]]);
  }
  return [...groups.values()];
}

export function unpackStamps(packed: PackedStamps): Record<string, FieldStamp> {
  const stamps: Record<string, FieldStamp> = {};
  for (const [t, d, c, fields] of packed) {
    const stamp = { t, d, c };
    for (const field of fields) stamps[field] = stamp;
  }
  return stamps;
}
