import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeIncoming } from '../../../../shared/merge/mergePlan';
import { redactedFields, withoutFields } from '../../../../shared/merge/redactedMerge';
import { HybridClock } from '../../../../shared/model/hlc';
import {
  createVersioned,
  patchVersioned,
  type FieldStamp,
  type VersionedRecord,
} from '../../../../shared/model/versionedRecord';

type Data = { name: string; address: string; contacts: string };
type Rec = VersionedRecord<object>;
type Held = Map<string, Rec>;

const fields = ['name', 'address', 'contacts'] as const;
const devices = ['laptop', 'field'] as const;

type Op =
  | { kind: 'edit'; device: number; record: number; field: number; value: string }
  | { kind: 'create'; device: number; record: number }
  | { kind: 'sync'; to: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device: fc.nat(1),
      record: fc.nat(2),
      field: fc.nat(2),
      value: fc.constantFrom('x', 'y', 'z'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('create' as const), device: fc.nat(1), record: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('sync' as const), to: fc.nat(1) }) },
);

/** Folds the records of a file into the held ones, as the import plans and commits them. */
function importInto(held: Held, file: Rec[], redacted: boolean) {
  const out: Held = new Map(held);
  const changes = file.map((incoming) => {
    const plan = mergeIncoming('clinic', out.get(incoming.id), incoming, redacted);
    out.set(incoming.id, plan.merged);
    return plan.change;
  });
  return { held: out, changes };
}

/** Two devices editing clinics, sometimes syncing in full: what the laptop holds and what the field device exports. */
function play(ops: Op[]): { held: Held; file: Rec[] } {
  let now = 1_000;
  const clocks = devices.map(() => new HybridClock(() => now));
  const replicas: Held[] = [new Map(), new Map()];
  for (const op of ops) {
    now += 5;
    if (op.kind === 'sync') {
      const from = replicas[1 - op.to]!;
      replicas[op.to] = importInto(replicas[op.to]!, [...from.values()], false).held;
      for (const r of from.values())
        for (const s of Object.values(r.stamps as Record<string, FieldStamp | undefined>))
          if (s) clocks[op.to]!.observe(s.t);
      continue;
    }
    const replica = replicas[op.device]!;
    const id = `clinic-${op.record}`;
    const write = { stamp: clocks[op.device]!.tick(), device: devices[op.device]! };
    const current = replica.get(id) as VersionedRecord<Data> | undefined;
    if (op.kind === 'create') {
      if (!current) replica.set(id, createVersioned<Data>(id, { name: 'n', address: 'a', contacts: 'c' }, write));
    } else if (current) {
      replica.set(id, patchVersioned(current, { [fields[op.field]!]: op.value }, write));
    }
  }
  return { held: replicas[0]!, file: [...replicas[1]!.values()] };
}

const redact = (file: Rec[]) => file.map((r) => withoutFields(r, redactedFields.clinic ?? []));
const history = fc.array(opArb, { minLength: 1, maxLength: 30 });

describe('the merge plan over random histories on two devices', () => {
  it('importing the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(history, fc.boolean(), (ops, redacted) => {
        const { held, file } = play(ops);
        const sent = redacted ? redact(file) : file;
        const once = importInto(held, sent, redacted);
        const twice = importInto(once.held, sent, redacted);
        expect(twice.changes.every((c) => c === 'unchanged')).toBe(true);
        expect(twice.held).toEqual(once.held);
      }),
      { numRuns: 300 },
    );
  });

  it('a redacted import followed by the full file equals importing the full file alone', () => {
    fc.assert(
      fc.property(history, (ops) => {
        const { held, file } = play(ops);
        const redactedFirst = importInto(importInto(held, redact(file), true).held, file, false).held;
        expect(redactedFirst).toEqual(importInto(held, file, false).held);
      }),
      { numRuns: 300 },
    );
  });

  it('says what changes: new records are added, a held copy is updated or unchanged, and only new conflicts count', () => {
    const clock = new HybridClock(() => 1_000);
    const base = createVersioned<Data>(
      'c',
      { name: 'n', address: 'a', contacts: 'c' },
      { stamp: clock.tick(), device: 'laptop' },
    );
    expect(mergeIncoming('clinic', undefined, base, false).change).toBe('added');
    expect(mergeIncoming('clinic', base, base, false)).toEqual({ merged: base, change: 'unchanged', conflicts: [] });
    const mine = patchVersioned(base, { name: 'mine' }, { stamp: clock.tick(), device: 'laptop' });
    const theirs = patchVersioned(base, { name: 'theirs' }, { stamp: clock.tick(), device: 'field' });
    const plan = mergeIncoming('clinic', mine, theirs, false);
    expect(plan.change).toBe('updated');
    expect(plan.conflicts).toEqual(['name']);
    expect(mergeIncoming('clinic', plan.merged, theirs, false).conflicts).toEqual([]);
  });

  it('refuses a copy that names another parent: one of the two lies', () => {
    const clock = new HybridClock(() => 1_000);
    const write = { stamp: clock.tick(), device: 'laptop' };
    const here = createVersioned('a1', { assessmentId: 'one', name: 'PC' }, write);
    const there = createVersioned('a1', { assessmentId: 'two', name: 'PC' }, write);
    expect(() => mergeIncoming('asset', here, there, false)).toThrow(
      'A record in the file (asset) claims to belong elsewhere than the same record already held, so nothing was merged.',
    );
  });
});
