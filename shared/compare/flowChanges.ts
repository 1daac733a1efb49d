/**
 * Flows across two visits. A flow is what its two ends are: an end is a built-in zone,
 * or a record, recognised across the visits as that record is (a network by its name,
 * a device by its serial number…), so a flow between two renamed networks is still the
 * same flow. Then its method and services, when several flows join the same two ends.
 *
 * Older records state some flows in their networks' fields instead (before model v2);
 * each side's are read as the flows they stand for, so a visit recorded before flows and
 * one recorded after compare like for like.
 */
import { INTERNET_ZONE, PARENT_ZONE, type Flow } from '../model/flow';
import { clearedLegacyFields, hasLegacyFlows, legacyFlowData } from '../model/legacyFlows';
import type { Network } from '../model/network';
import type { WithId } from '../rules/ruleTypes';
import { builtInZoneNames, edgeMethodLabels } from '../topology/pathText';
import { matchRecords, type IdentityKey, type Matching } from './matchRecords';
import { matchCarriedFirst } from './reviewedRecords';

const zones: ReadonlySet<string> = new Set([PARENT_ZONE, INTERNET_ZONE]);

/**
 * The networks with their older fields emptied, and the flows those fields stated
 * added to the recorded ones (unless a recorded flow joins the same ends the same way).
 */
export function withLegacyFlows(
  networks: WithId<Network>[],
  flows: WithId<Flow>[],
): { networks: WithId<Network>[]; flows: WithId<Flow>[] } {
  if (!networks.some((n) => hasLegacyFlows(n.data))) return { networks, flows };
  const recorded = new Set(flows.map((f) => `${f.data.from}|${f.data.to}|${f.data.method}`));
  const stated = networks
    .flatMap((n) => legacyFlowData(n))
    .filter((f) => !recorded.has(`${f.from}|${f.to}|${f.method}`))
    .map((data) => ({ id: `legacy:${data.from}:${data.to}`, data }));
  const cleared = networks.map((n) =>
    hasLegacyFlows(n.data) ? { id: n.id, data: { ...n.data, ...clearedLegacyFields(n.data) } } : n,
  );
  return { networks: cleared, flows: [...flows, ...stated] };
}

/** A flow with its two ends as one key, the same on both visits for the same ends. */
export type KeyedFlow = Flow & { ends: string };

const servicesKey = (f: Flow) => [...f.services].sort().join(',');

const flowKeys: IdentityKey<KeyedFlow>[] = [
  { label: 'both ends, method and services', of: (f) => `${f.ends}|${f.method}|${servicesKey(f)}` },
  { label: 'both ends and method', of: (f) => `${f.ends}|${f.method}` },
  { label: 'both ends', of: (f) => f.ends },
];

/** Pairs the flows of two visits; `priorToCurrent` pairs the records their ends name. */
export function matchFlows(
  prior: readonly WithId<Flow>[],
  current: readonly WithId<Flow>[],
  priorToCurrent: ReadonlyMap<string, string>,
): Matching<KeyedFlow> {
  const keyed = (flows: readonly WithId<Flow>[], end: (id: string) => string) =>
    flows.map((f) => ({ id: f.id, data: { ...f.data, ends: `${end(f.data.from)}>${end(f.data.to)}` } }));
  const priorEnd = (id: string) => (zones.has(id) ? id : (priorToCurrent.get(id) ?? `prior:${id}`));
  return matchCarriedFirst(
    keyed(prior, priorEnd),
    keyed(current, (id) => id),
    (p, c) => matchRecords(p, c, flowKeys),
  );
}

/** What each flow is called: "Clinic LAN → Parent corporate network (routed)". */
export function flowNames(flows: readonly WithId<Flow>[], names: ReadonlyMap<string, string>): [string, string][] {
  const end = (id: string) => builtInZoneNames[id] ?? names.get(id) ?? 'an unrecorded endpoint';
  return flows.map((f) => [f.id, `${end(f.data.from)} → ${end(f.data.to)} (${edgeMethodLabels[f.data.method]})`]);
}
