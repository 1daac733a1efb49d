/**
 * The recorded topology read once for the checklist: names, zones, bridged segments and
 * reachability over every flow and over the flows in place today.
 */
import type { Asset } from '../model/asset';
import { INTERNET_ZONE, PARENT_ZONE, type Flow } from '../model/flow';
import type { Network } from '../model/network';
import type { VendorAccess } from '../model/vendorAccess';
import { builtInZoneNames } from '../topology/pathText';
import type { ReachPath } from '../topology/reach';
import { buildTopology, type Topology } from '../topology/topology';

export interface WithId<T> {
  id: string;
  data: T;
}

/** The records that settle checklist questions; an assessment's facts fit as they are. */
export interface TopologyRecords {
  networks: readonly WithId<Network>[];
  assets: readonly WithId<Asset>[];
  vendorLinks: readonly WithId<VendorAccess>[];
  flows: readonly WithId<Flow>[];
}

/** Zones joined on one wire by bridges in place: one segment, and the flows that join it. */
export interface Segment {
  zones: string[];
  flows: string[];
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
  const names = new Map<string, string>(Object.entries(builtInZoneNames));
  for (const a of records.assets) names.set(a.id, a.data.name.trim() || [a.data.vendor, a.data.model].filter(Boolean).join(' ').trim() || a.data.deviceType || a.data.kind);
  for (const n of records.networks) names.set(n.id, n.data.name.trim() || n.data.subnet || 'Unnamed network');
  for (const v of records.vendorLinks) names.set(v.id, `${v.data.vendor.trim() || 'Vendor'} ${v.data.method === 'vpn' ? 'VPN' : v.data.method === 'modem' ? 'modem' : v.data.tool.trim() || 'remote access'}`);
  return (id) => names.get(id) ?? 'a record no longer listed';
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
    records, topology, inPlacePath, zoneOf, nameOf: recordNames(records),
    medicalDevices: records.assets.filter((a) => a.data.kind === 'medical-device'),
    untrusted: new Set(records.networks.filter((n) => n.data.purpose === 'guest' || n.data.purpose === 'patient').map((n) => n.id)),
    segmentOf: (zone) => segments.get(zone) ?? { zones: [zone], flows: [] },
  };
}

/** Zones joined by physical bridges in place, transitively: two segments on one wire are one. */
function bridgedSegments(records: TopologyRecords): Map<string, Segment> {
  const networks = new Set(records.networks.map((n) => n.id));
  const bridges = records.flows.filter((f) => f.data.method === 'physical-bridge' && f.data.status !== 'planned' && networks.has(f.data.from) && networks.has(f.data.to));
  const segments = new Map<string, Segment>();
  for (const start of records.networks.map((n) => n.id)) {
    if (segments.has(start)) continue;
    const segment: Segment = { zones: [start], flows: [] };
    segments.set(start, segment);
    for (let i = 0; i < segment.zones.length; i++) {
      const zone = segment.zones[i] as string;
      for (const b of bridges) {
        if (b.data.from !== zone && b.data.to !== zone) continue;
        if (!segment.flows.includes(b.id)) segment.flows.push(b.id);
        const other = b.data.from === zone ? b.data.to : b.data.from;
        if (segments.has(other)) continue;
        segment.zones.push(other);
        segments.set(other, segment);
      }
    }
  }
  return segments;
}

/** A machine that belongs on some network: wired, Wi-Fi, addressed, or not known; attached devices go with their host. */
export function needsZone(asset: Asset): boolean {
  return asset.networkId !== null || asset.ipAddress.trim() !== '' || asset.attachedToAssetId !== null || !['none', 'bluetooth', 'rf'].includes(asset.connection);
}

/** Every flow on the path was approved by the parent. */
export function approvedPath(path: ReachPath): boolean {
  const hops = path.hops.filter((h) => h.method !== 'member');
  return hops.length > 0 && hops.every((h) => h.approved);
}

/** The records a path rests on: its flows and vendor links, and what it crosses. */
export function pathRecords(path: ReachPath): string[] {
  const ids = new Set<string>();
  for (const hop of path.hops) {
    if (hop.source && !hop.source.startsWith('legacy:')) ids.add(hop.source);
    for (const end of [hop.from, hop.to]) if (end !== PARENT_ZONE && end !== INTERNET_ZONE) ids.add(end);
  }
  return [...ids];
}

export function list(names: readonly string[], max = 4, separator = ', '): string {
  return names.length <= max ? names.join(separator) : `${names.slice(0, max).join(separator)} and ${names.length - max} more`;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
