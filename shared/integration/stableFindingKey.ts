/**
 * A finding's key that survives the next visit, for the firm's GRC and ticketing tools.
 *
 * A finding's own key (`DerivedFinding.key`) is its rule and the ids of the records it
 * rests on. A revisit copies the last visit's inventory under new ids, each copy naming
 * the record it came from (`carriedFrom`), so that key changes from visit to visit. The
 * stable key follows each record's `carriedFrom` chain back to the record first entered
 * (the first visit's id) and is the rule and those first ids: the same machine's finding
 * keeps its key visit after visit, and a machine entered anew gets a new one.
 *
 * A record carried over since file format 1.5 names that first id itself (`originId`), so
 * a file that holds only the latest visit keys its findings as the first visit's file
 * did; the chain goes straight to it. A record without one (carried by an older version)
 * is followed by `carriedFrom` through the records at hand (every assessment of the
 * file): when that leads to a record the file does not hold, the id it names is the
 * furthest known and ends the chain; files exported with the clinic's earlier visits
 * give the full chain.
 * A finding that rests on answers alone keeps its rule and question ids, the same on
 * every visit. The assessor's own finding is known by its title, written one way, and
 * the records it cites, as the visit comparison knows it.
 */
import { ASSESSOR_RULE_ID } from '../model/finding';

/** Record id → the id of its first record (`originId`), else of the record it was carried from, over every record at hand. */
export type Lineage = ReadonlyMap<string, string>;

const named = (value: unknown, id: string) => (typeof value === 'string' && value && value !== id ? value : '');

/** The lineage of records: each one that names an `originId` or a `carriedFrom`, the origin first. */
export function lineageOf(records: Iterable<{ id: string; data: object }>): Map<string, string> {
  const lineage = new Map<string, string>();
  for (const r of records) {
    const { originId, carriedFrom } = r.data as { originId?: unknown; carriedFrom?: unknown };
    const to = named(originId, r.id) || named(carriedFrom, r.id);
    if (to) lineage.set(r.id, to);
  }
  return lineage;
}

/** The id of the record first entered, following `carriedFrom` (a loop ends where it closes). */
export function originOf(id: string, lineage: Lineage): string {
  const seen = new Set<string>([id]);
  let at = id;
  for (let next = lineage.get(at); next !== undefined && !seen.has(next); next = lineage.get(at)) {
    seen.add(next);
    at = next;
  }
  return at;
}

const titleKey = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');

export interface KeyedFinding {
  ruleId: string;
  title: string;
  records: readonly string[];
  questions: readonly string[];
}

/** The finding's key across visits: its rule and what it rests on, by first ids. */
export function stableFindingKey(finding: KeyedFinding, lineage: Lineage): string {
  const origins = [...new Set(finding.records.map((id) => originOf(id, lineage)))].sort();
  if (finding.ruleId === ASSESSOR_RULE_ID)
    return `${ASSESSOR_RULE_ID}:${titleKey(finding.title)}${origins.length ? `:${origins.join(',')}` : ''}`;
  return `${finding.ruleId}:${origins.length ? origins.join(',') : finding.questions.join(',')}`;
}

/** Stable keys for one assessment's findings, a second finding of the same key told apart by "#2", "#3". */
export function stableKeys(findings: readonly KeyedFinding[], lineage: Lineage): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = stableFindingKey(f, lineage);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}
