import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRecord } from '../../../../shared/merge/mergeRecord';
import { newFinding, type Finding } from '../../../../shared/model/finding';
import { HybridClock } from '../../../../shared/model/hlc';
import { createVersioned, patchVersioned, type VersionedRecord } from '../../../../shared/model/versionedRecord';
import { noOverride, type OverrideFields } from '../../../../shared/rules/ratingOverride';

/** Overrides of one rule finding, written, removed and synced on three laptops. */
const laptops = ['laptop-a', 'laptop-b', 'laptop-c'] as const;
const reasons = [
  'The PC is never connected to any network.',
  'The maker services it under a signed contract.',
  'Decommissioned at the end of the month, already unplugged.',
] as const;

type Op =
  | { kind: 'override'; on: number; choice: 'low' | 'medium' | 'not-applicable'; reason: number }
  | { kind: 'remove'; on: number }
  | { kind: 'sync'; from: number; to: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('override' as const),
      on: fc.nat(2),
      choice: fc.constantFrom('low' as const, 'medium' as const, 'not-applicable' as const),
      reason: fc.nat(2),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), on: fc.nat(2) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: fc.nat(2), to: fc.nat(2) }) },
);

function play(ops: Op[]) {
  let now = 1_000;
  const clocks = laptops.map(() => new HybridClock(() => now));
  const start = createVersioned<Finding>(
    'finding-1',
    newFinding({
      assessmentId: crypto.randomUUID(),
      ruleId: 'os.unsupported',
      key: 'os.unsupported:x',
      title: 'Operating system past end of support',
      severity: 'critical',
      status: 'open',
      evidence: [],
      recommendation: '',
      statusNote: '',
    }),
    { stamp: clocks[0]!.tick(), device: laptops[0] },
  );
  const held: VersionedRecord<Finding>[] = laptops.map(() => start);
  /** Each justification written, by the stamp it was written with. */
  const written: { laptop: string; counter: number; reason: string }[] = [];
  const seen = new Map<string, Record<string, number>>();
  for (const op of ops) {
    now += 11;
    if (op.kind === 'sync') {
      held[op.to] = mergeRecord(held[op.to]!, held[op.from]!);
      for (const s of Object.values(held[op.from]!.stamps)) if (s) clocks[op.to]!.observe(s.t);
      continue;
    }
    const write = { stamp: clocks[op.on]!.tick(), device: laptops[op.on]! };
    const fields: OverrideFields =
      op.kind === 'remove'
        ? noOverride
        : {
            override: op.choice === 'not-applicable' ? 'not-applicable' : 'severity',
            overrideSeverity: op.choice === 'not-applicable' ? '' : op.choice,
            overrideReason: reasons[op.reason]!,
            overrideBy: laptops[op.on]!,
            overrideAt: new Date(now).toISOString(),
            overrideBasis: 'facts-1',
          };
    const before = held[op.on]!;
    held[op.on] = patchVersioned(before, fields, write);
    const after = held[op.on]!;
    const dot = after.stamps.overrideReason;
    // Only a write that set the justification leaves a new one to keep.
    if (!dot || dot.d !== write.device || dot.c !== after.vv[write.device]) continue;
    seen.set(`${dot.d}:${dot.c}`, before.vv);
    if (op.kind === 'override') written.push({ laptop: dot.d, counter: dot.c, reason: fields.overrideReason });
  }
  return { held, written, seen };
}

const history = fc.array(opArb, { minLength: 1, maxLength: 40 });

describe('overrides merged between laptops', () => {
  it('merge the same whichever side comes first, and merging again changes nothing', () => {
    fc.assert(
      fc.property(history, (ops) => {
        const [a, b, c] = play(ops).held;
        const ab = mergeRecord(a!, b!);
        expect(ab).toEqual(mergeRecord(b!, a!));
        expect(mergeRecord(ab, b!)).toEqual(ab);
        expect(mergeRecord(ab, ab)).toEqual(ab);
        expect(mergeRecord(ab, c!)).toEqual(mergeRecord(a!, mergeRecord(b!, c!)));
      }),
      { numRuns: 300 },
    );
  });

  it('lose no justification: each is live, a conflict to review, or replaced by someone who had seen it', () => {
    fc.assert(
      fc.property(history, (ops) => {
        const { held, written, seen } = play(ops);
        const all = mergeRecord(held[0]!, mergeRecord(held[1]!, held[2]!));
        const heads = [
          { ...all.stamps.overrideReason!, v: all.data.overrideReason },
          ...(all.conflicts?.overrideReason ?? []),
        ];
        for (const w of written) {
          const kept = heads.some((h) => h.d === w.laptop && h.c === w.counter && h.v === w.reason);
          const replaced = heads.some((h) => (seen.get(`${h.d}:${h.c}`)?.[w.laptop] ?? 0) >= w.counter);
          expect(kept || replaced, `${w.reason} by ${w.laptop}:${w.counter}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
