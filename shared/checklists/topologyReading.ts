/**
 * The recorded topology read once for the checklist: names, zones, bridged segments and
 * reachability over every flow and over the flows in place today.
 */
import type { Asset } from '../model/asset';
import type { Flow } from '../model/flow';
import { isUntrustedZone, type Network } from '../model/network';
import type { VendorAccess } from '../model/vendorAccess';
import type { ReachPath } from '../topology/reach';
import { recordNamer } from '../topology/recordNames';
import { bridgedSegments, type Segment } from '../topology/segments';
import { buildTopology, type Topology } from '../topology/topology';
import type { WithId } from '../model/withId';

export type { Segment } from '../topology/segments';

export type { WithId } from '../model/withId';

/** The records that settle checklist questions; an assessment's facts fit as they are. */
export interface TopologyRecords {
  networks: readonly WithId<Network>[];
  assets: readonly WithId<Asset>[];
  vendorLinks: readonly WithId<VendorAccess>[];
  flows: readonly WithId<Flow>[];
}

export interface Reading {
  records: TopologyRecords;
  /** Over every flow, planned ones included. */
  topology: Topology;
  /** The best path that uses only links in place today, if any. */
  inPlacePath(from: string, to: string): ReachPath | null;
  nameOf(id: string): string;
  zoneOf(assetId: string): string | null;
  medicalDevices: WithId<Asset>[];
  /** Guest and patient zones: nobody at the clinic manages what joins them. */
  untrusted: ReadonlySet<string>;
  segmentOf(zone: string): Segment;
}

export function recordNames(records: TopologyRecords): (id: string) => string {
  return recordNamer(records, 'a record no longer listed');
}

export function readRecords(records: TopologyRecords, topology: Topology = buildTopology(records)): Reading {
  // The topology without planned flows is built only when a path over planned ones needs a second look.
  let inPlace: Topology | undefined;
  const inPlacePath = (from: string, to: string): ReachPath | null => {
    const path = topology.reach.path(from, to);
    if (!path?.planned) return path;
    inPlace ??= buildTopology({ ...records, flows: records.flows.filter((f) => f.data.status !== 'planned') });
    return inPlace.reach.path(from, to);
  };
  const zoneOf = (assetId: string) => topology.graph.zoneOf(assetId);
  const segments = bridgedSegments(records);
  return {
    records,
    topology,
    inPlacePath,
    zoneOf,
    nameOf: recordNames(records),
    medicalDevices: records.assets.filter((a) => a.data.kind === 'medical-device'),
    untrusted: new Set(records.networks.filter((n) => isUntrustedZone(n.data)).map((n) => n.id)),
    segmentOf: (zone) => segments.get(zone) ?? { zones: [zone], flows: [] },
  };
}

/** A machine that belongs on some network: wired, Wi-Fi, addressed, or not known; attached devices go with their host. */
export function needsZone(asset: Asset): boolean {
  return (
    asset.networkId !== null ||
    asset.ipAddress.trim() !== '' ||
    asset.attachedToAssetId !== null ||
    !['none', 'bluetooth', 'rf'].includes(asset.connection)
  );
}

export function list(names: readonly string[], max = 4, separator = ', '): string {
  return names.length <= max
    ? names.join(separator)
    : `${names.slice(0, max).join(separator)} and ${names.length - max} more`;
}
