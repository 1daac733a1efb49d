/**
 * Merge properties for the finding records that carry decisions and overrides: on two or
 * three devices, assessors accept, resolve, reopen, override and clear overrides of the
 * same findings concurrently, syncing now and then. Merging is commutative, associative
 * and idempotent, each field's live value is a value someone wrote (with that write's
 * stamp), and no edit is lost: every write is live, kept as a conflict for review, or
 * replaced by a writer who had seen it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRecord } from '../../../../shared/merge/mergeRecord';
import { findingData, newFinding, type Finding } from '../../../../shared/model/finding';
import { HybridClock } from '../../../../shared/model/hlc';
import { createVersioned, patchVersioned, type VersionedRecord } from '../../../../shared/model/versionedRecord';

type Rec = VersionedRecord<Finding>;
type Replica = Map<string, Rec>;

const devices = ['laptop-a', 'laptop-b', 'firm-c'] as const;
const recordIds = ['finding-1', 'finding-2'] as const;
const people = ['Dr Lee', 'Ann Assessor', 'Sam MSP'] as const;
const days = ['2026-11-20', '2026-12-01', '2027-03-31'] as const;

/** What an assessor does to a finding: each a patch of the fields that decision or override writes. */
const decisions: ((who: string, day: string) => Partial<Finding>)[] = [
  (who, day) => ({
    status: 'accepted',
    owner: who,
    statusNote: `Accepted by ${who}`,
    acceptedUntil: day,
    decidedBy: who,
    decidedAt: day,
  }),
  (who, day) => ({
    status: 'resolved',
    ownerType: who === 'Sam MSP' ? 'msp' : 'clinic',
    retestCheck: `Checked by ${who}`,
    retestDate: day,
    retestBy: who,
    decidedBy: who,
    decidedAt: day,
  }),
  () => ({ status: 'open' }),
  (who, day) => ({
    override: 'severity',
    overrideSeverity: who === 'Dr Lee' ? 'low' : 'medium',
    overrideReason: `Compensating control seen by ${who}`,
    overrideBy: who,
    overrideAt: `${day}T10:00:00Z`,
    overrideBasis: `facts-${who.length}`,
  }),
  (who, day) => ({
    override: 'not-applicable',
    overrideReason: `Not here, says ${who}`,
    overrideBy: who,
    overrideAt: `${day}T11:00:00Z`,
  }),
  () => ({ override: '', overrideSeverity: '', overrideReason: '' }),
];

type Op =
  | { kind: 'decide'; device: number; record: number; decision: number; who: number; day: number }
  | { kind: 'sync'; from: number; to: number };

const opArb = (deviceCount: number): fc.Arbitrary<Op> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('decide' as const),
        device: fc.nat(deviceCount - 1),
        record: fc.nat(recordIds.length - 1),
        decision: fc.nat(decisions.length - 1),
        who: fc.nat(people.length - 1),
        day: fc.nat(days.length - 1),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('sync' as const),
        from: fc.nat(deviceCount - 1),
        to: fc.nat(deviceCount - 1),
      }),
    },
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
  field: keyof Finding;
  dot: { d: string; c: number };
  value: unknown;
}

const initial = (id: string) =>
  newFinding({
    assessmentId: '00000000-0000-4000-8000-000000000001',
    ruleId: 'os.unsupported',
    key: `os.unsupported:${id}`,
    title: 'Operating system past end of support',
    severity: 'high',
    status: 'open',
    evidence: [],
    recommendation: 'Upgrade or isolate.',
    statusNote: '',
  });

/** Plays decisions and syncs on the devices, recording every field written and what its writer had seen. */
function play(ops: Op[], deviceCount: number) {
  let now = 1_000;
  const clocks = devices.slice(0, deviceCount).map(() => new HybridClock(() => now));
  const start = recordIds.map((id) =>
    createVersioned<Finding>(id, initial(id), { stamp: clocks[0]!.tick(), device: devices[0] }),
  );
  const replicas: Replica[] = clocks.map(() => new Map(start.map((r) => [r.id, r] as const)));
  const writes: Write[] = [];
  const seenAtWrite = new Map<string, Record<string, number>>();
  for (const op of ops) {
    now += 5;
    if (op.kind === 'sync') {
      replicas[op.to] = mergeReplicas(replicas[op.to]!, replicas[op.from]!);
      for (const rec of replicas[op.from]!.values())
        for (const s of Object.values(rec.stamps)) if (s) clocks[op.to]!.observe(s.t);
      continue;
    }
    const replica = replicas[op.device]!;
    const id = recordIds[op.record]!;
    const current = replica.get(id)!;
    const patch = decisions[op.decision]!(people[op.who]!, days[op.day]!);
    const next = patchVersioned(current, patch, { stamp: clocks[op.device]!.tick(), device: devices[op.device]! });
    for (const field of Object.keys(patch) as (keyof Finding)[]) {
      const dot = next.stamps[field];
      if (!dot || dot === current.stamps[field]) continue;
      writes.push({ record: id, field, dot, value: next.data[field] });
      seenAtWrite.set(`${id}:${dot.d}:${dot.c}`, current.vv);
    }
    replica.set(id, next);
  }
  return { replicas, writes, seenAtWrite };
}

const same = (a: { d: string; c: number }, b: { d: string; c: number }) => a.d === b.d && a.c === b.c;

for (const deviceCount of [2, 3]) {
  const history = fc.array(opArb(deviceCount), { minLength: 1, maxLength: 40 });
  const all = (replicas: Replica[]) => replicas.reduce(mergeReplicas);

  describe(`decisions and overrides edited on ${deviceCount} devices`, () => {
    it('merge commutatively and associatively', () => {
      fc.assert(
        fc.property(history, (ops) => {
          const { replicas } = play(ops, deviceCount);
          const [a, b, c = a] = replicas;
          expect(mergeReplicas(a!, b!)).toEqual(mergeReplicas(b!, a!));
          expect(mergeReplicas(mergeReplicas(a!, b!), c!)).toEqual(mergeReplicas(a!, mergeReplicas(b!, c!)));
        }),
        { numRuns: 200 },
      );
    });

    it('merge idempotently: the same file imported twice changes nothing', () => {
      fc.assert(
        fc.property(history, (ops) => {
          const [a, b] = play(ops, deviceCount).replicas;
          const once = mergeReplicas(a!, b!);
          expect(mergeReplicas(once, b!)).toEqual(once);
          expect(mergeReplicas(once, once)).toEqual(once);
        }),
        { numRuns: 200 },
      );
    });

    it('keep a written value in each field, and lose no edit: the loser of a concurrent write is kept for review', () => {
      fc.assert(
        fc.property(history, (ops) => {
          const { replicas, writes, seenAtWrite } = play(ops, deviceCount);
          const merged = all(replicas);
          for (const rec of merged.values()) {
            expect(findingData.safeParse(rec.data).success).toBe(true);
            for (const [field, stamp] of Object.entries(rec.stamps) as [keyof Finding, { d: string; c: number }][]) {
              const written = writes.find((w) => w.record === rec.id && w.field === field && same(w.dot, stamp));
              const expected = written ? written.value : initial(rec.id)[field];
              expect(rec.data[field], `${rec.id}.${field}`).toEqual(expected);
            }
          }
          for (const w of writes) {
            const rec = merged.get(w.record)!;
            const heads = [{ ...rec.stamps[w.field]!, v: rec.data[w.field] }, ...(rec.conflicts?.[w.field] ?? [])];
            const kept = heads.some((h) => same(h, w.dot) && JSON.stringify(h.v) === JSON.stringify(w.value));
            const replaced = heads.some(
              (h) => (seenAtWrite.get(`${w.record}:${h.d}:${h.c}`)?.[w.dot.d] ?? 0) >= w.dot.c,
            );
            expect(kept || replaced, `${w.record}.${String(w.field)} by ${w.dot.d}:${w.dot.c}`).toBe(true);
          }
        }),
        { numRuns: 200 },
      );
    });
  });
}

describe('a finding accepted on one laptop and resolved on another', () => {
  it('shows the later decision and keeps the other for review, field by field', () => {
    const base = createVersioned<Finding>('f', initial('f'), { stamp: '000000000001000-00000', device: 'laptop-a' });
    const accepted = patchVersioned(base, decisions[0]!('Dr Lee', '2027-03-31'), {
      stamp: '000000000002000-00000',
      device: 'laptop-a',
    });
    const resolved = patchVersioned(base, decisions[1]!('Sam MSP', '2026-12-01'), {
      stamp: '000000000003000-00000',
      device: 'laptop-b',
    });
    const merged = mergeRecord(accepted, resolved);
    expect(merged).toEqual(mergeRecord(resolved, accepted));
    expect(merged.data).toMatchObject({ status: 'resolved', decidedBy: 'Sam MSP', retestBy: 'Sam MSP' });
    expect(merged.conflicts?.status?.map((c) => c.v)).toEqual(['accepted']);
    expect(merged.conflicts?.decidedBy?.map((c) => c.v)).toEqual(['Dr Lee']);
    // Fields only the acceptance wrote are kept as written, so the acceptance can be restored.
    expect(merged.data).toMatchObject({ owner: 'Dr Lee', acceptedUntil: '2027-03-31' });
  });
});
