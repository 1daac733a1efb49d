/**
 * Deleting an inventory record together with what hangs on it. A flow from or to a
 * zone, device or vendor link means nothing once that end is gone, so those flows are
 * deleted too (tombstoned, like the record, so the deletion merges); and other records
 * stop pointing at it: assets on a deleted network, devices plugged into a deleted
 * asset, vendor links that reached or landed on it, assets hosting a deleted application.
 *
 * The record goes first: if the app stops half-way, what is left is a flow with a
 * missing end (shown as "Deleted record"), never a record that lost its flows and
 * stayed. Running the deletion again finishes the rest.
 */
import type { Asset } from '../../../shared/model/asset';
import type { Flow } from '../../../shared/model/flow';
import type { Network } from '../../../shared/model/network';
import type { VendorAccess } from '../../../shared/model/vendorAccess';
import type { Repositories } from '../../db/repository';

export type DeletableType =
  'asset' | 'network' | 'vendorAccess' | 'link' | 'application' | 'flow' | 'adminAccount' | 'ephiStore';

interface Row<T> {
  id: string;
  data: T;
}

/** The live records of an assessment that can point at an inventory record. */
export interface PointingRecords {
  flows: Row<Flow>[];
  assets: Row<Asset>[];
  vendorLinks: Row<VendorAccess>[];
  networks: Row<Network>[];
}

export interface Patch<T> {
  id: string;
  patch: Partial<T>;
}

/** What deleting one record also changes. */
export interface DeletionImpact {
  /** Flows from or to the record: deleted with it. */
  flows: string[];
  /** Assets that lose their network, the machine they are plugged into, or an application they host. */
  assets: Patch<Asset>[];
  /** Vendor links that no longer reach the network or land on the device. */
  vendorLinks: Patch<VendorAccess>[];
  /** Networks whose fields from before flows (`connectsTo`) still name the network. */
  networks: Patch<Network>[];
}

export const noImpact: DeletionImpact = { flows: [], assets: [], vendorLinks: [], networks: [] };

const without = (ids: readonly string[], id: string) => ids.filter((other) => other !== id);

function patches<T>(rows: Row<T>[], patchOf: (data: T) => Partial<T> | undefined): Patch<T>[] {
  return rows.flatMap((row) => {
    const patch = patchOf(row.data);
    return patch ? [{ id: row.id, patch }] : [];
  });
}

/** Pure: what deleting `id` (a record of `type`) changes among `records`. */
export function impactOf(type: DeletableType, id: string, records: PointingRecords): DeletionImpact {
  const flows =
    type === 'network' || type === 'asset' || type === 'vendorAccess'
      ? records.flows.filter((f) => f.id !== id && (f.data.from === id || f.data.to === id)).map((f) => f.id)
      : [];
  const assets = patches(records.assets, (d): Partial<Asset> | undefined => {
    const patch: Partial<Asset> = {};
    if (type === 'network' && d.networkId === id) patch.networkId = null;
    if (type === 'asset' && d.attachedToAssetId === id) patch.attachedToAssetId = null;
    if (type === 'application' && d.hostsApplicationIds.includes(id))
      patch.hostsApplicationIds = without(d.hostsApplicationIds, id);
    return Object.keys(patch).length > 0 ? patch : undefined;
  });
  const vendorLinks = patches(records.vendorLinks, (d): Partial<VendorAccess> | undefined => {
    if (type === 'network' && d.reachesNetworkIds.includes(id))
      return { reachesNetworkIds: without(d.reachesNetworkIds, id) };
    if (type === 'asset' && d.reachesAssetIds.includes(id)) return { reachesAssetIds: without(d.reachesAssetIds, id) };
    return undefined;
  });
  const networks = patches(records.networks, (d): Partial<Network> | undefined =>
    type === 'network' && d.connectsTo.includes(id) ? { connectsTo: without(d.connectsTo, id) } : undefined,
  );
  return {
    flows,
    // The deleted record itself is not patched.
    assets: assets.filter((p) => p.id !== id),
    vendorLinks: vendorLinks.filter((p) => p.id !== id),
    networks: networks.filter((p) => p.id !== id),
  };
}

/**
 * What deleting the record would change, from the assessment's live records. Every list
 * is read in one round, so a live query over this watches them all.
 */
export async function deletionImpact(
  repos: Repositories,
  assessmentId: string,
  type: DeletableType,
  id: string,
): Promise<DeletionImpact> {
  if (type === 'link' || type === 'flow' || type === 'adminAccount' || type === 'ephiStore') return noImpact;
  const [flows, assets, vendorLinks, networks] = await Promise.all([
    repos.flow.list(assessmentId),
    repos.asset.list(assessmentId),
    repos.vendorAccess.list(assessmentId),
    repos.network.list(assessmentId),
  ]);
  return impactOf(type, id, { flows, assets, vendorLinks, networks });
}

export interface DeletionResult {
  /** Flows deleted with the record. */
  flows: number;
  /** Other records that stopped pointing at it. */
  updated: number;
}

/** Deletes the record (a tombstone), the flows from and to it, and the other records' pointers to it. */
export async function deleteWithFlows(
  repos: Repositories,
  assessmentId: string,
  type: DeletableType,
  id: string,
): Promise<DeletionResult> {
  await (repos[type] as { remove(id: string): Promise<unknown> }).remove(id);
  const impact = await deletionImpact(repos, assessmentId, type, id);
  for (const flowId of impact.flows) await repos.flow.remove(flowId);
  for (const { id: assetId, patch } of impact.assets) await repos.asset.update(assetId, patch);
  for (const { id: linkId, patch } of impact.vendorLinks) await repos.vendorAccess.update(linkId, patch);
  for (const { id: networkId, patch } of impact.networks) await repos.network.update(networkId, patch);
  return {
    flows: impact.flows.length,
    updated: impact.assets.length + impact.vendorLinks.length + impact.networks.length,
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The sentences the delete confirmation adds, such as "This also deletes 3 flows from and to it." */
export function impactSentences(type: DeletableType, impact: DeletionImpact): string[] {
  const sentences: string[] = [];
  if (impact.flows.length > 0)
    sentences.push(`This also deletes ${count(impact.flows.length, 'flow', 'flows')} from and to it.`);
  const assets = impact.assets.length;
  const links = impact.vendorLinks.length;
  if (type === 'network') {
    if (assets > 0) sentences.push(`${count(assets, 'asset on it is', 'assets on it are')} left without a network.`);
    if (links > 0)
      sentences.push(
        `${count(links, 'vendor link', 'vendor links')} no longer ${links === 1 ? 'reaches' : 'reach'} it.`,
      );
  }
  if (type === 'asset') {
    if (assets > 0)
      sentences.push(
        `${count(assets, 'device plugged into it is', 'devices plugged into it are')} left plugged into nothing.`,
      );
    if (links > 0)
      sentences.push(
        `${count(links, 'vendor link', 'vendor links')} no longer ${links === 1 ? 'lands' : 'land'} on it.`,
      );
  }
  if (type === 'application' && assets > 0)
    sentences.push(`${count(assets, 'asset', 'assets')} no longer ${assets === 1 ? 'hosts' : 'host'} it.`);
  return sentences;
}
