/**
 * A revisit that started from the last visit holds records carried over "to confirm".
 * Until the assessor reviews them they say nothing about what changed: such a record is
 * left out of the comparison, and so is the prior record it was copied from (neither
 * added, nor removed, nor changed). A reviewed carried record pairs with the record it
 * was copied from before any other identity is tried.
 */
import type { RecordedInventory } from '../model/assessmentRecords';
import { isToConfirm, type Confirmation } from '../model/carriedRecord';
import type { WithId } from '../model/withId';
import type { Matching } from './matchRecords';

const kinds = ['assets', 'networks', 'vendorLinks', 'links', 'applications', 'flows'] as const;
type Kind = (typeof kinds)[number];

/** Current records still to confirm, by kind, and in all. */
export type UnconfirmedCounts = Record<Kind, number> & { total: number };

type Flagged = { carriedFrom?: string; confirmation?: Confirmation };

export interface ReviewedSplit<I extends RecordedInventory> {
  /** Each side without the records left out. */
  prior: I;
  current: I;
  /** Prior record id → current record id, for every carried record (reviewed or not). */
  carried: Map<string, string>;
  /** Ids, on either side, of records left out. */
  leftOut: Set<string>;
  unconfirmed: UnconfirmedCounts;
}

export function reviewedOnly<I extends RecordedInventory>(prior: I, current: I): ReviewedSplit<I> {
  const priorIds = new Set(kinds.flatMap((k) => prior[k].map((r) => r.id)));
  const carried = new Map<string, string>();
  const leftOut = new Set<string>();
  const unconfirmed = { total: 0 } as UnconfirmedCounts;
  for (const kind of kinds) {
    unconfirmed[kind] = 0;
    for (const r of current[kind] as WithId<Flagged>[]) {
      const from = r.data.carriedFrom;
      if (from && priorIds.has(from)) carried.set(from, r.id);
      if (!isToConfirm(r.data)) continue;
      unconfirmed[kind] += 1;
      unconfirmed.total += 1;
      leftOut.add(r.id);
      if (from) leftOut.add(from);
    }
  }
  const keep = (side: I): I => {
    const out = { ...side };
    for (const kind of kinds)
      (out[kind] as WithId<unknown>[]) = (side[kind] as WithId<unknown>[]).filter((r) => !leftOut.has(r.id));
    return out;
  };
  return { prior: keep(prior), current: keep(current), carried, leftOut, unconfirmed };
}

/** Pairs each current record with the prior record it was carried from, then the rest by `match`. */
export function matchCarriedFirst<T extends Flagged>(
  prior: readonly WithId<T>[],
  current: readonly WithId<T>[],
  match: (prior: readonly WithId<T>[], current: readonly WithId<T>[]) => Matching<T>,
): Matching<T> {
  const byId = new Map(prior.map((r) => [r.id, r] as const));
  const matched: Matching<T>['matched'] = [];
  for (const c of current) {
    const p = c.data.carriedFrom ? byId.get(c.data.carriedFrom) : undefined;
    if (!p) continue;
    matched.push({ prior: p, current: c, matchedBy: 'carried from the last visit' });
    byId.delete(p.id);
  }
  const paired = new Set(matched.map((m) => m.current.id));
  const rest = match(
    prior.filter((r) => byId.has(r.id)),
    current.filter((r) => !paired.has(r.id)),
  );
  return { ...rest, matched: [...matched, ...rest.matched] };
}
