/**
 * Networks recorded before model v2 say what they reach in two fields: `connectsTo`
 * (networks this one can reach) and `reachableFromParent` (the parent's corporate
 * network can reach this one). Model v2 records both as flows. These helpers turn the
 * old fields into the flows they stand for, as the app would have recorded them:
 * routed, any service, stated by staff.
 *
 * The ids are derived from the two ends, so two laptops converting the same network
 * write the same flow, and their files merge into one record instead of two.
 */
import { derivedId } from './derivedId';
import { emptyFlow, PARENT_ZONE, type Flow } from './flow';
import type { Network } from './network';

interface NetworkRecord {
  id: string;
  data: Network;
}

/** What the old fields say, as flows without ids (a network "reaching" itself says nothing). */
export function legacyFlowData(network: NetworkRecord): Flow[] {
  const { id, data } = network;
  const targets = [...new Set(data.connectsTo)].filter((target) => target !== id);
  const flows = targets.map((target) => emptyFlow(data.assessmentId, id, target));
  if (data.reachableFromParent === true) flows.push(emptyFlow(data.assessmentId, PARENT_ZONE, id));
  return flows;
}

/** Whether the network still holds facts from before flows. */
export function hasLegacyFlows(data: Network): boolean {
  return data.connectsTo.length > 0 || data.reachableFromParent === true;
}

/** The id a converted flow gets on every laptop: from its two ends. */
export function legacyFlowId(from: string, to: string): Promise<string> {
  return derivedId('legacy-flow', from, to);
}

/** The old fields as flow records, with derived ids. */
export async function legacyFlowsOf(network: NetworkRecord): Promise<{ id: string; data: Flow }[]> {
  return Promise.all(
    legacyFlowData(network).map(async (data) => ({ id: await legacyFlowId(data.from, data.to), data })),
  );
}

/**
 * The patch that empties the old fields once their flows exist. `reachableFromParent`
 * false ("the parent cannot reach it") has no flow to stand for it, so it stays.
 */
export function clearedLegacyFields(data: Network): Partial<Pick<Network, 'connectsTo' | 'reachableFromParent'>> {
  return {
    ...(data.connectsTo.length > 0 ? { connectsTo: [] } : {}),
    ...(data.reachableFromParent === true ? { reachableFromParent: null } : {}),
  };
}
