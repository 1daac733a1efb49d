import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictsToReview, mergeRecord } from '../../../../shared/merge/mergeRecord';
import { HybridClock } from '../../../../shared/model/hlc';
import {
  createVersioned,
  patchVersioned,
  tombstoneVersioned,
  type FieldStamp,
  type VersionedRecord,
} from '../../../../shared/model/versionedRecord';

type Data = { name: string; address: string; contacts: string };
type Rec = VersionedRecord<Data>;
type Replica = Map<string, Rec>;

const devices = ['dev-a', 'dev-b', 'dev-c'] as const;
const fields = ['name', 'address', 'contacts'] as const;
const recordIds = ['r1', 'r2'] as const;

type Op =
  | { kind: 'edit'; device: number; record: number; field: number; value: string }
  | { kind: 'delete'; device: number; record: number }
  | { kind: 'sync'; from: number; to: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device: fc.nat(2),
      record: fc.nat(1),
      field: fc.nat(2),
      value: fc.constantFrom('x', 'y', 'z', 'w'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), device: fc.nat(2), record: fc.nat(1) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: fc.nat(2), to: fc.nat(2) }) },
);

function mergeReplicas(a: Replica, b: Replica): Replica {
  const out: Replica = new Map(a);
  for (const [id, rec] of b) {
    const mine = out.get(id);
    out.set(id, mine ? mergeRecord(mine, rec) : rec);
  }
  return new Map([...out].sort(([x], [y]) => (x < y ? -1 : 1)));
}

interface Write {
  record: string;
  field: string;
  dot: FieldStamp;
  value: string;
}

/** Plays a history of edits, deletes and syncs on three devices, recording every write and what its writer had seen. */
function play(ops: Op[]) {
  let now = 1_000;
  const clocks = devices.map(() => new HybridClock(() => now));
  const start = createVersioned<Data>(
    'r1',
    { name: 'n', address: 'a', contacts: 'c' },
    { stamp: clocks[0]!.tick(), device: 'dev-a' },
  );
  const start2 = createVersioned<Data>(
    'r2',
    { name: 'n2', address: 'a2', contacts: 'c2' },
    { stamp: clocks[0]!.tick(), device: 'dev-a' },
  );
  const replicas: Replica[] = devices.map(
    () =>
      new Map([
        ['r1', start],
        ['r2', start2],
      ]),
  );
  const writes: Write[] = [];
  const seenAtWrite = new Map<string, Record<string, number>>();
  for (const op of ops) {
    now += 7;
    if (op.kind === 'sync') {
      replicas[op.to] = mergeReplicas(replicas[op.to]!, replicas[op.from]!);
      for (const rec of replicas[op.from]!.values())
        for (const s of Object.values(rec.stamps)) if (s) clocks[op.to]!.observe(s.t);
      continue;
    }
    const replica = replicas[op.device]!;
    const id = recordIds[op.record]!;
    const current = replica.get(id)!;
    const write = { stamp: clocks[op.device]!.tick(), device: devices[op.device]! };
    if (op.kind === 'delete') {
      replica.set(id, tombstoneVersioned(current, write));
      continue;
    }
    const field = fields[op.field]!;
    const next = patchVersioned(current, { [field]: op.value } as Partial<Data>, write);
    if (next !== current) {
      const dot = next.stamps[field]!;
      writes.push({ record: id, field, dot, value: op.value });
      seenAtWrite.set(`${id}:${dot.d}:${dot.c}`, current.vv);
    }
    replica.set(id, next);
  }
  return { replicas, writes, seenAtWrite };
}

const history = fc.array(opArb, { minLength: 1, maxLength: 40 });

describe('merge properties over random histories on three devices', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(history, (ops) => {
        const [a, b] = play(ops).replicas;
        expect(mergeReplicas(a!, b!)).toEqual(mergeReplicas(b!, a!));
      }),
      { numRuns: 300 },
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(history, (ops) => {
        const [a, b, c] = play(ops).replicas;
        expect(mergeReplicas(mergeReplicas(a!, b!), c!)).toEqual(mergeReplicas(a!, mergeReplicas(b!, c!)));
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: merging the same state again changes nothing', () => {
    fc.assert(
      fc.property(history, (ops) => {
        const [a, b] = play(ops).replicas;
        const once = mergeReplicas(a!, b!);
        expect(mergeReplicas(once, b!)).toEqual(once);
        expect(mergeReplicas(once, once)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('loses no edit: each write is live, a listed conflict, or was replaced by a writer who had seen it', () => {
    fc.assert(
      fc.property(history, (ops) => {
        const { replicas, writes, seenAtWrite } = play(ops);
        const all = mergeReplicas(replicas[0]!, mergeReplicas(replicas[1]!, replicas[2]!));
        for (const w of writes) {
          const rec = all.get(w.record)!;
          const heads = [
            { ...rec.stamps[w.field as keyof Data]!, v: rec.data[w.field as keyof Data] },
            ...(rec.conflicts?.[w.field as keyof Data] ?? []),
          ];
          const kept = heads.some((h) => h.d === w.dot.d && h.c === w.dot.c && h.v === w.value);
          const replaced = heads.some((h) => (seenAtWrite.get(`${w.record}:${h.d}:${h.c}`)?.[w.dot.d] ?? 0) >= w.dot.c);
          expect(kept || replaced, `${w.record}.${w.field}=${w.value} by ${w.dot.d}:${w.dot.c}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('merge, case by case', () => {
  const base = createVersioned<Data>(
    'r',
    { name: 'Clinic', address: 'Old St', contacts: '' },
    { stamp: '000000000001000-00000', device: 'dev-a' },
  );
  const onB = mergeRecord(base, base);

  it('takes a field changed on one side only', () => {
    const a = patchVersioned(base, { address: 'New St' }, { stamp: '000000000002000-00000', device: 'dev-a' });
    const merged = mergeRecord(a, onB);
    expect(merged.data.address).toBe('New St');
    expect(merged.conflicts).toBeUndefined();
  });

  it('turns a field changed on both sides into a conflict with a deterministic winner, kept for review', () => {
    const a = patchVersioned(base, { name: 'Clinic A' }, { stamp: '000000000002000-00000', device: 'dev-a' });
    const b = patchVersioned(onB, { name: 'Clinic B' }, { stamp: '000000000003000-00000', device: 'dev-b' });
    const merged = mergeRecord(a, b);
    expect(merged.data.name).toBe('Clinic B');
    expect(conflictsToReview(merged)).toEqual([
      { field: 'name', live: 'Clinic B', others: [{ v: 'Clinic A', t: '000000000002000-00000', d: 'dev-a', c: 2 }] },
    ]);
    const settled = patchVersioned(merged, { name: 'Clinic A' }, { stamp: '000000000004000-00000', device: 'dev-b' });
    expect(settled.conflicts).toBeUndefined();
    expect(mergeRecord(settled, a).data.name).toBe('Clinic A');
    expect(mergeRecord(settled, a).conflicts).toBeUndefined();
  });

  it('keeps a delete, and the concurrent edit in the data', () => {
    const a = tombstoneVersioned(base, { stamp: '000000000002000-00000', device: 'dev-a' });
    const b = patchVersioned(onB, { contacts: 'Dana' }, { stamp: '000000000003000-00000', device: 'dev-b' });
    const merged = mergeRecord(a, b);
    expect(merged.deleted).not.toBeNull();
    expect(merged.data.contacts).toBe('Dana');
  });
});
