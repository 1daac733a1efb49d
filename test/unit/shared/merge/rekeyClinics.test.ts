/**
 * Re-keying a file's clinic to the clinic here it is: nothing of the file is lost, the
 * counts stay, the assessments follow their clinic, and importing the re-keyed file into
 * what it was imported into already changes nothing (a repeated import is idempotent).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeIncoming } from '../../../../shared/merge/mergePlan';
import { conflictsToReview } from '../../../../shared/merge/mergeRecord';
import { rekeyClinics } from '../../../../shared/merge/rekeyClinics';
import type { BundleRecords } from '../../../../shared/model/bundleRecords';
import { emptyClinic } from '../../../../shared/model/clinic';
import { entityTypes, type EntityType } from '../../../../shared/model/entities';
import { HybridClock } from '../../../../shared/model/hlc';
import { createVersioned, patchVersioned, type VersionedRecord } from '../../../../shared/model/versionedRecord';

type AnyRecord = VersionedRecord<object>;

const clock = new HybridClock(() => 1_800_000_000_000);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function emptyRecords(): BundleRecords {
  return Object.fromEntries(entityTypes.map((t) => [t, []])) as unknown as BundleRecords;
}

/** A file from `device`: clinics named by `names`, each with `visits[i]` assessments of one asset each. */
function file(device: string, names: string[], visits: number[], base: number): BundleRecords {
  const records = emptyRecords();
  const write = () => ({ stamp: clock.tick(), device });
  names.forEach((name, c) => {
    const clinicId = id(base + c * 100);
    records.clinic.push(createVersioned(clinicId, { ...emptyClinic, name, contacts: `${device} ${c}` }, write()));
    for (let v = 0; v < (visits[c] ?? 0); v++) {
      const assessmentId = id(base + c * 100 + v + 1);
      records.assessment.push(
        createVersioned(
          assessmentId,
          {
            clinicId,
            title: `Visit ${v}`,
            startDate: '',
            endDate: '',
            assessor: '',
            status: 'draft',
            checklistVersion: '1',
            phase: 'integration',
            revision: 1,
            reviewer: '',
            reviewedAt: '',
            issue: null,
            pastIssues: [],
          },
          write(),
        ) as BundleRecords['assessment'][number],
      );
      records.asset.push(
        createVersioned(
          id(base + c * 100 + 50 + v),
          { assessmentId, name: `PC-${c}-${v}` },
          write(),
        ) as unknown as BundleRecords['asset'][number],
      );
    }
  });
  return records;
}

const all = (records: BundleRecords) => entityTypes.flatMap((t) => (records[t] as AnyRecord[]).map((r) => ({ t, r })));

/** Imports `records` into `held` as the app plans it; returns what changed. */
function importInto(held: Map<string, AnyRecord>, records: BundleRecords) {
  const changes = all(records).map(({ t, r }) => {
    const plan = mergeIncoming(t as EntityType, held.get(r.id), r, false);
    held.set(r.id, plan.merged);
    return plan.change;
  });
  return changes;
}

describe('rekeyClinics', () => {
  it('moves the clinic and its assessments to the id here, and merges the clinic field by field', () => {
    const here = file('laptop', ['Lakeside Clinic'], [1], 1000);
    const theirs = file('firm', ['Lakeside Clinic, LLC'], [2], 5000);
    const localId = here.clinic[0]!.id;
    const rekeyed = rekeyClinics(theirs, new Map([[theirs.clinic[0]!.id, localId]]));
    expect(rekeyed.clinic.map((c) => c.id)).toEqual([localId]);
    expect(rekeyed.assessment.map((a) => a.data.clinicId)).toEqual([localId, localId]);
    expect(rekeyed.asset).toBe(theirs.asset);

    const held = new Map(all(here).map(({ r }) => [r.id, r]));
    importInto(held, rekeyed);
    const clinic = held.get(localId)!;
    // Both names and both contacts were written concurrently: one is live, the other kept for review.
    expect(
      conflictsToReview(clinic)
        .map((c) => c.field)
        .sort(),
    ).toEqual(['contacts', 'name']);
    expect([...held.values()].filter((r) => (r.data as { clinicId?: string }).clinicId === localId)).toHaveLength(3);
    expect(importInto(held, rekeyClinics(theirs, new Map([[theirs.clinic[0]!.id, localId]])))).toEqual(
      all(rekeyed).map(() => 'unchanged'),
    );
  });

  it('keeps both values when the two clinics were written on one device with the same counters', () => {
    const here = file('firm', ['Lakeside Clinic'], [0], 1000);
    const theirs = file('firm', ['Lakeside Clinic PC'], [0], 5000);
    const localId = here.clinic[0]!.id;
    const held = new Map(all(here).map(({ r }) => [r.id, r]));
    importInto(held, rekeyClinics(theirs, new Map([[theirs.clinic[0]!.id, localId]])));
    const clinic = held.get(localId) as VersionedRecord<{ name: string }>;
    const names = [clinic.data.name, ...(clinic.conflicts?.name ?? []).map((h) => h.v)];
    expect(names.sort()).toEqual(['Lakeside Clinic', 'Lakeside Clinic PC']);
  });

  it('leaves the records as they are without a clinic to re-key', () => {
    const theirs = file('firm', ['A'], [1], 5000);
    expect(rekeyClinics(theirs, new Map())).toBe(theirs);
  });

  it('moves a clinic id kept in conflict too', () => {
    const theirs = file('firm', ['A', 'B'], [1, 0], 5000);
    const [a, b] = theirs.clinic;
    const assessment = theirs.assessment[0]!;
    theirs.assessment[0] = {
      ...assessment,
      conflicts: { clinicId: [{ ...assessment.stamps.clinicId!, d: 'other', v: b!.id }] },
    };
    const rekeyed = rekeyClinics(theirs, new Map([[b!.id, a!.id]]));
    expect(rekeyed.assessment[0]?.conflicts?.clinicId?.map((h) => h.v)).toEqual([a!.id]);
  });

  it('loses no record and keeps the counts, whatever clinics are re-keyed (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(3), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(5), { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        (visits, targets, edit) => {
          const theirs = file(
            'firm',
            visits.map((_, i) => `Clinic ${i}`),
            visits,
            5000,
          );
          const here = file('laptop', ['Clinic 0', 'Clinic 1'], [1, 1], 1000);
          if (edit)
            theirs.clinic[0] = patchVersioned(
              theirs.clinic[0]!,
              { address: '1 Main St' },
              { stamp: clock.tick(), device: 'firm' },
            );
          // Each file clinic goes to a clinic here, to another clinic of the file, or stays (targets ≥ 4).
          const choices = [...here.clinic.map((c) => c.id), ...theirs.clinic.map((c) => c.id)];
          const rekeying = new Map(
            theirs.clinic.flatMap((c, i) => {
              const to = choices[targets[i] ?? 5];
              return to && to !== c.id && !theirs.clinic.slice(0, i).some((x) => x.id === to)
                ? [[c.id, to] as const]
                : [];
            }),
          );
          // A clinic that is itself re-keyed is not a target (the app maps file clinics to clinics here only).
          for (const [from] of rekeying) for (const [f, to] of rekeying) if (to === from) rekeying.delete(f);
          const rekeyed = rekeyClinics(theirs, rekeying);
          const to = (x: string) => rekeying.get(x) ?? x;

          for (const type of entityTypes.filter((t) => t !== 'clinic'))
            expect((rekeyed[type] as AnyRecord[]).map((r) => r.id)).toEqual(
              (theirs[type] as AnyRecord[]).map((r) => r.id),
            );
          expect(rekeyed.assessment.map((a) => a.data.clinicId)).toEqual(
            theirs.assessment.map((a) => to(a.data.clinicId)),
          );
          const clinicIds = new Set(theirs.clinic.map((c) => to(c.id)));
          expect(rekeyed.clinic.map((c) => c.id).sort()).toEqual([...clinicIds].sort());
          // Every name the file carried is still there, live or kept for review.
          for (const c of theirs.clinic) {
            const target = rekeyed.clinic.find((r) => r.id === to(c.id))!;
            const values = [target.data.name, ...(target.conflicts?.name ?? []).map((h) => h.v)];
            expect(values).toContain(c.data.name);
          }
          // Importing it twice: the second time changes nothing.
          const held = new Map(all(here).map(({ r }) => [r.id, r]));
          importInto(held, rekeyed);
          const size = held.size;
          expect(importInto(held, rekeyClinics(theirs, rekeying)).every((c) => c === 'unchanged')).toBe(true);
          expect(held.size).toBe(size);
        },
      ),
      { numRuns: 150 },
    );
  });
});
