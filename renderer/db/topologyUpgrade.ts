/**
 * Model v2 records what reaches what as flows. Networks stored or imported before it
 * still say so in `connectsTo` and `reachableFromParent` (sealed rows, so the Dexie
 * schema upgrade cannot read them). This turns those fields into flows, once the key is
 * at hand: after unlock and after every import.
 *
 * It never loses a fact: the flows are written first, and only then are the network's
 * old fields emptied, so a crash in between leaves both and the next run finishes.
 * Values kept in a merge conflict on those fields become flows too. A flow whose
 * derived id exists already, even deleted, is left as it is: the assessor may have
 * edited or removed it since. Run twice, the second run writes nothing.
 */
import type { ConflictingValue } from '../../shared/model/versionedRecord';
import { clearedLegacyFields, hasLegacyFlows, legacyFlowsOf } from '../../shared/model/legacyFlows';
import type { Network } from '../../shared/model/network';
import type { Entity, Repositories } from './repository';

export interface TopologyUpgrade {
  /** Flows written. */
  flows: number;
  /** Networks whose old fields were emptied. */
  networks: number;
}

/** The network's old fields as they read live, and as each value a merge kept in conflict would have them. */
function variants(network: Entity<'network'>): Network[] {
  const conflicts = network.conflicts ?? {};
  const heads = (field: 'connectsTo' | 'reachableFromParent'): ConflictingValue[] => conflicts[field] ?? [];
  const targets = heads('connectsTo').flatMap((h) =>
    Array.isArray(h.v) ? h.v.filter((v): v is string => typeof v === 'string') : [],
  );
  const fromParent = heads('reachableFromParent').some((h) => h.v === true);
  const kept = { ...network.data, connectsTo: targets, reachableFromParent: fromParent ? true : null };
  return hasLegacyFlows(kept) ? [network.data, kept] : [network.data];
}

export async function upgradeTopology(repos: Pick<Repositories, 'network' | 'flow'>): Promise<TopologyUpgrade> {
  const done: TopologyUpgrade = { flows: 0, networks: 0 };
  const networks = (await repos.network.all()).filter((n) => !n.deleted && hasLegacyFlows(n.data));
  for (const network of networks) {
    const flows = (await Promise.all(variants(network).map((data) => legacyFlowsOf({ id: network.id, data })))).flat();
    const written = new Set<string>();
    for (const flow of flows) {
      if (written.has(flow.id) || (await repos.flow.get(flow.id))) continue;
      // Created, or left untouched when another run got there first (an empty patch writes nothing).
      await repos.flow.upsert(flow.id, flow.data, {});
      written.add(flow.id);
    }
    done.flows += written.size;
    await repos.network.update(network.id, clearedLegacyFields(network.data));
    done.networks += 1;
  }
  return done;
}

/** Runs the upgrade without letting a failure stop what called it: the old fields stay, and the next run tries again. */
export async function upgradeTopologySafely(
  repos: Pick<Repositories, 'network' | 'flow'>,
): Promise<TopologyUpgrade | undefined> {
  try {
    return await upgradeTopology(repos);
  } catch (error) {
    console.warn('Turning older network fields into flows failed; it is tried again on the next unlock.', error);
    return undefined;
  }
}
