/**
 * Pairs the records of two assessments that stand for the same thing. Records in
 * different assessments have different ids, so they are paired on what they are:
 * identity keys tried strongest first (a serial number, then a MAC address, then a
 * name). A decisive key, once recorded on both sides and different, says the two are
 * different things, so no weaker key may pair them (a replaced PC that kept its
 * hostname is a removal and an addition, not a change).
 */
import type { WithId } from '../rules/ruleTypes';

export interface IdentityKey<T> {
  /** What the key is, in words: "serial number". */
  label: string;
  /** The key's normalised value, or undefined when the record does not have one. */
  of: (data: T) => string | undefined;
  decisive?: boolean;
}

export interface Match<T> {
  prior: WithId<T>;
  current: WithId<T>;
  matchedBy: string;
}

export interface Matching<T> {
  matched: Match<T>[];
  /** Current records with no prior counterpart. */
  added: WithId<T>[];
  /** Prior records with no current counterpart. */
  removed: WithId<T>[];
}

function differ<T>(key: IdentityKey<T>, a: T, b: T): boolean {
  const x = key.of(a);
  const y = key.of(b);
  return x !== undefined && y !== undefined && x !== y;
}

export function matchRecords<T>(
  prior: readonly WithId<T>[],
  current: readonly WithId<T>[],
  keys: readonly IdentityKey<T>[],
): Matching<T> {
  const matched: Match<T>[] = [];
  const pairedPrior = new Set<string>();
  const pairedCurrent = new Set<string>();
  keys.forEach((key, level) => {
    const stronger = keys.slice(0, level).filter((k) => k.decisive);
    const byValue = new Map<string, WithId<T>[]>();
    for (const record of current) {
      const value = pairedCurrent.has(record.id) ? undefined : key.of(record.data);
      if (value !== undefined) byValue.set(value, [...(byValue.get(value) ?? []), record]);
    }
    for (const record of prior) {
      const value = pairedPrior.has(record.id) ? undefined : key.of(record.data);
      if (value === undefined) continue;
      const partner = byValue
        .get(value)
        ?.find((c) => !pairedCurrent.has(c.id) && !stronger.some((k) => differ(k, record.data, c.data)));
      if (!partner) continue;
      matched.push({ prior: record, current: partner, matchedBy: key.label });
      pairedPrior.add(record.id);
      pairedCurrent.add(partner.id);
    }
  });
  return {
    matched,
    added: current.filter((r) => !pairedCurrent.has(r.id)),
    removed: prior.filter((r) => !pairedPrior.has(r.id)),
  };
}
