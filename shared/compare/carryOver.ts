/**
 * A revisit starts from the last visit: the previous assessment's inventory copied into
 * the new one, every record under a new id, "to confirm", and naming the record it was
 * copied from. Every reference between records (an asset's network, the machine a
 * device is plugged into, the applications a server hosts, the zones and devices a
 * vendor link reaches, a flow's two ends) is moved to the copies; the built-in zones
 * stay as they are, and a reference to a record that is not carried is dropped (a flow
 * whose end is gone is not carried), so every reference in the copy points inside it.
 */
import type { RecordedInventory } from '../model/assessmentRecords';
import { carriedFromRecord, type Carried } from '../model/carriedRecord';
import { INTERNET_ZONE, PARENT_ZONE } from '../model/flow';
import type { WithId } from '../model/withId';
import type { AdminAccount } from '../model/adminAccount';
import type { EphiStore } from '../model/ephiStore';

const zones: ReadonlySet<string> = new Set([PARENT_ZONE, INTERNET_ZONE]);

const kinds = ['assets', 'networks', 'vendorLinks', 'links', 'applications', 'flows'] as const;

/** How many records of each kind a carry-over holds. */
export type CarriedCounts = Record<(typeof kinds)[number], number>;

export function carriedCounts(inventory: RecordedInventory): CarriedCounts {
  return Object.fromEntries(kinds.map((k) => [k, inventory[k].length])) as CarriedCounts;
}

/** The previous visit's live inventory as new records of `assessmentId`, each to confirm. */
export function carryOver(prior: RecordedInventory, assessmentId: string, newId: () => string): RecordedInventory {
  const ids = new Map<string, string>();
  for (const kind of kinds) for (const r of prior[kind]) ids.set(r.id, newId());
  const one = (id: string | null) => (id === null ? null : (ids.get(id) ?? null));
  const many = (list: readonly string[]) => list.flatMap((id) => ids.get(id) ?? []);
  const end = (id: string) => (zones.has(id) ? id : ids.get(id));
  const copy = <T extends object>(
    r: WithId<T>,
    data: Partial<T> = {},
  ): WithId<T & { assessmentId: string } & Carried> => ({
    id: ids.get(r.id)!,
    data: {
      ...r.data,
      ...data,
      assessmentId,
      ...carriedFromRecord(r),
    },
  });
  return {
    assets: prior.assets.map((a) =>
      copy(a, {
        networkId: one(a.data.networkId),
        attachedToAssetId: one(a.data.attachedToAssetId),
        hostsApplicationIds: many(a.data.hostsApplicationIds),
      }),
    ),
    networks: prior.networks.map((n) => copy(n, { connectsTo: many(n.data.connectsTo) })),
    vendorLinks: prior.vendorLinks.map((v) =>
      copy(v, { reachesNetworkIds: many(v.data.reachesNetworkIds), reachesAssetIds: many(v.data.reachesAssetIds) }),
    ),
    links: prior.links.map((l) => copy(l)),
    applications: prior.applications.map((a) => copy(a)),
    flows: prior.flows.flatMap((f) => {
      const [from, to] = [end(f.data.from), end(f.data.to)];
      return from && to ? [copy(f, { from, to })] : [];
    }),
  };
}

/**
 * The previous visit's admin register as new records of `assessmentId`, each to confirm:
 * a revisit starts from last year's list of who holds admin, and the assessor confirms
 * who still does. Admin holders point at no other record, so nothing is remapped.
 */
export function carryOverAdmins(
  prior: readonly WithId<AdminAccount>[],
  assessmentId: string,
  newId: () => string,
): WithId<AdminAccount>[] {
  return prior.map((r) => ({
    id: newId(),
    data: { ...r.data, assessmentId, ...carriedFromRecord(r) },
  }));
}

/**
 * The previous visit's patient data stores as new records of `assessmentId`, each to
 * confirm and not yet assessed in this visit; the device or application each lives on
 * is moved to its copy in `carried` (the carried inventory), or dropped when not carried.
 */
export function carryOverEphi(
  prior: readonly WithId<EphiStore>[],
  carried: Pick<RecordedInventory, 'assets' | 'applications'>,
  assessmentId: string,
  newId: () => string,
): WithId<EphiStore>[] {
  const copies = new Map<string, string>();
  for (const r of [...carried.assets, ...carried.applications])
    if (r.data.carriedFrom) copies.set(r.data.carriedFrom, r.id);
  return prior.map((r) => ({
    id: newId(),
    data: {
      ...r.data,
      assessmentId,
      recordId: r.data.recordId === null ? null : (copies.get(r.data.recordId) ?? null),
      assessed: false,
      ...carriedFromRecord(r),
    },
  }));
}
