/**
 * Treating a clinic of an assessment file as a clinic held here under another id: the
 * file's clinic takes the id here, and its assessments point at it, before the merge
 * plan runs. The clinic's fields then merge with the clinic here by the usual rules
 * (a field both changed is a conflict to review), its assessments land under the clinic
 * here, and nothing is dropped: every record of the file is still there, under its own id
 * (two clinics of the file sent to one id are merged into one record). The moved clinic's
 * writes are named apart from those of the record it joins (each device id gets a tag of
 * the clinic it came from): the two records' histories never saw each other, so every
 * field they wrote differently is a conflict to review, never silently dropped because
 * a write counter happened to match. Re-keying the same
 * file the same way always gives the same records, so importing it again changes nothing.
 */
import type { BundleRecords } from '../model/bundleRecords';
import type { Clinic } from '../model/clinic';
import type { FieldStamp, VersionedRecord } from '../model/versionedRecord';
import { mergeRecord } from './mergeRecord';

/** From the file's clinic id to the id of the clinic here it is. */
export type ClinicRekeying = ReadonlyMap<string, string>;

/** 8 hex digits of a string (FNV-1a): a short, stable tag. */
function tag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The device of a moved clinic's write, tagged with the clinic it came from (at most 45 characters). */
const movedDevice = (device: string, from: string) =>
  `${device.split('~')[0]?.slice(0, 36)}~${tag(`${device}|${from}`)}`;

/** The clinic under its id here, every write of it named as a write of the clinic it came from. */
function moved(clinic: VersionedRecord<Clinic>, to: string): VersionedRecord<Clinic> {
  const from = clinic.id;
  const stamp = <S extends FieldStamp>(s: S): S => ({ ...s, d: movedDevice(s.d, from) });
  const mapValues = <V>(o: object, f: (v: V) => V) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v as V)]));
  const out: VersionedRecord<Clinic> = {
    ...clinic,
    id: to,
    stamps: mapValues(clinic.stamps, stamp),
    vv: Object.fromEntries(Object.entries(clinic.vv).map(([d, c]) => [movedDevice(d, from), c])),
    deleted: clinic.deleted && stamp(clinic.deleted),
  };
  if (clinic.conflicts)
    out.conflicts = mapValues(clinic.conflicts, (heads: FieldStamp[]) => heads.map(stamp)) as typeof clinic.conflicts;
  return out;
}

/** The records of the file with each clinic in `rekeying` under the id here. */
export function rekeyClinics(records: BundleRecords, rekeying: ClinicRekeying): BundleRecords {
  if (!rekeying.size) return records;
  const to = (id: string) => rekeying.get(id) ?? id;
  const clinics = new Map<string, VersionedRecord<Clinic>>();
  for (const clinic of records.clinic) {
    const next = rekeying.has(clinic.id) ? moved(clinic, to(clinic.id)) : clinic;
    const already = clinics.get(next.id);
    clinics.set(next.id, already ? mergeRecord(already, next) : next);
  }
  return {
    ...records,
    clinic: [...clinics.values()],
    assessment: records.assessment.map((a) => {
      const heads = a.conflicts?.clinicId;
      if (!rekeying.has(a.data.clinicId) && !heads?.some((h) => rekeying.has(String(h.v)))) return a;
      const moved = { ...a, data: { ...a.data, clinicId: to(a.data.clinicId) } };
      // A clinic id written concurrently (kept for review) moves too, so no head names the clinic that is gone.
      return heads
        ? { ...moved, conflicts: { ...a.conflicts, clinicId: heads.map((h) => ({ ...h, v: to(String(h.v)) })) } }
        : moved;
    }),
  };
}
