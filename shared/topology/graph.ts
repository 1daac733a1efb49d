/**
 * The clinic as a graph: zones (the recorded networks, the parent's corporate network
 * and the internet), assets, vendor links; edges are the flows, the vendor links'
 * landings, and each asset's place in its zone. Built once per evaluation.
 */
import type { Asset } from '../model/asset';
import { INTERNET_ZONE, isApproved, PARENT_ZONE, type Flow, type FlowMethod } from '../model/flow';
import type { Network } from '../model/network';
import type { VendorAccess } from '../model/vendorAccess';
import { ANY_SERVICE, normaliseService, permitsKind, serviceDef } from '../reference/services';
import type { WithId } from '../model/withId';
import { enteredNow } from '../model/carriedRecord';

export type NodeKind = 'zone' | 'asset' | 'vendor';

export type EdgeMethod = FlowMethod | 'member' | 'remote-control';

export interface Edge {
  from: string;
  to: string;
  services: readonly string[];
  method: EdgeMethod;
  /** Traffic that arrives by this edge may go on from where it lands (routed, bridged, tunnelled). */
  transit: boolean;
  /** The edge lands on a host someone controls (a remote-control tool): onward reach is via that host. */
  viaHost: boolean;
  /** The flow or vendor link the edge comes from; absent for zone membership. */
  source?: string;
  knownBy?: Flow['knownBy'];
  planned: boolean;
  approved: boolean;
  /** Encrypted in transit, as recorded on the flow. */
  encrypted: boolean | null;
}

/** An edge with what the search asks of it worked out once: which queries it lets through. */
export interface IndexedEdge extends Edge {
  /** Lets any service through. */
  open: boolean;
  /** The services it names, with their ports, and the named services of the ports it names. */
  lets: ReadonlySet<string>;
  /** Lets a remote-control service through: whoever reaches the far host this way can act from it. */
  remote: boolean;
  /** The far end's index in `Graph.ids`. */
  toIx: number;
}

type ServiceIndex = Pick<IndexedEdge, 'open' | 'lets' | 'remote'>;

/** What a list of services lets through; lists repeat (thousands of "any"), so each is worked out once. */
function serviceIndex(services: readonly string[], cache: Map<string, ServiceIndex>): ServiceIndex {
  const key = services.join('\u0000');
  const known = cache.get(key);
  if (known) return known;
  const lets = new Set<string>();
  for (const token of services) {
    lets.add(token);
    const def = serviceDef(token);
    if (def) {
      lets.add(def.id);
      for (const port of def.ports) lets.add(port);
    }
  }
  const index = { open: services.includes(ANY_SERVICE), lets, remote: permitsKind(services, 'remote-control') };
  cache.set(key, index);
  return index;
}

export interface TopologyInput {
  networks: readonly WithId<Network>[];
  assets: readonly WithId<Asset>[];
  vendorLinks: readonly WithId<VendorAccess>[];
  flows: readonly WithId<Flow>[];
}

export interface Graph {
  kindOf: ReadonlyMap<string, NodeKind>;
  /** Zone ids, the two built-in zones first. */
  zones: readonly string[];
  out: ReadonlyMap<string, readonly IndexedEdge[]>;
  /** An asset's zone: its own network, else the zone of the machine it is attached to. */
  zoneOf(assetId: string): string | null;
  /** The same graph by number, for the search: node ids, whether each is an asset, edges out of each. */
  ids: readonly string[];
  index: ReadonlyMap<string, number>;
  isAsset: Uint8Array;
  outByIx: readonly (readonly IndexedEdge[])[];
}

const TRANSIT: ReadonlySet<EdgeMethod> = new Set(['routed', 'vpn', 'vendor-tunnel', 'physical-bridge']);

/** The flows that older records state in their networks' fields (before flows existed). */
export function impliedFlows(networks: readonly WithId<Network>[]): WithId<Flow>[] {
  const flows: WithId<Flow>[] = [];
  const implied = (id: string, assessmentId: string, from: string, to: string): WithId<Flow> => ({
    id,
    data: {
      assessmentId,
      ...enteredNow,
      from,
      to,
      services: [ANY_SERVICE],
      method: 'routed',
      knownBy: 'stated',
      status: 'in-place',
      encrypted: null,
      approvedBy: '',
      approvalReason: '',
      notes: '',
      observedConnections: 0,
      firstSeen: '',
      lastSeen: '',
    },
  });
  for (const n of networks) {
    for (const target of n.data.connectsTo)
      flows.push(implied(`legacy:${n.id}:${target}`, n.data.assessmentId, n.id, target));
    if (n.data.reachableFromParent === true)
      flows.push(implied(`legacy:${PARENT_ZONE}:${n.id}`, n.data.assessmentId, PARENT_ZONE, n.id));
  }
  return flows;
}

export function buildGraph(input: TopologyInput): Graph {
  const kindOf = new Map<string, NodeKind>([
    [PARENT_ZONE, 'zone'],
    [INTERNET_ZONE, 'zone'],
  ]);
  for (const n of input.networks) kindOf.set(n.id, 'zone');
  for (const a of input.assets) kindOf.set(a.id, 'asset');
  for (const v of input.vendorLinks) kindOf.set(v.id, 'vendor');

  const ids = [...kindOf.keys()];
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const isAsset = Uint8Array.from(ids, (id) => (kindOf.get(id) === 'asset' ? 1 : 0));
  const outByIx: IndexedEdge[][] = ids.map(() => []);
  const out = new Map<string, IndexedEdge[]>();
  const services = new Map<string, ServiceIndex>();
  const add = (edge: Edge) => {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === undefined || to === undefined || from === to) return;
    const { open, lets, remote } = serviceIndex(edge.services, services);
    // One literal, every field in one order: a single shape for the search's hot loop.
    const indexed: IndexedEdge = {
      from: edge.from,
      to: edge.to,
      services: edge.services,
      method: edge.method,
      transit: edge.transit,
      viaHost: edge.viaHost,
      source: edge.source,
      knownBy: edge.knownBy,
      planned: edge.planned,
      approved: edge.approved,
      encrypted: edge.encrypted,
      open,
      lets,
      remote,
      toIx: to,
    };
    (outByIx[from] as IndexedEdge[]).push(indexed);
    out.set(edge.from, outByIx[from] as IndexedEdge[]);
  };
  const base = { planned: false, approved: false, encrypted: null, viaHost: false } as const;

  const assetById = new Map(input.assets.map((a) => [a.id, a] as const));
  const zoneOf = (assetId: string): string | null => {
    const asset = assetById.get(assetId);
    if (!asset) return null;
    if (asset.data.networkId && kindOf.get(asset.data.networkId) === 'zone') return asset.data.networkId;
    const host = asset.data.attachedToAssetId ? assetById.get(asset.data.attachedToAssetId) : undefined;
    return host?.data.networkId && kindOf.get(host.data.networkId) === 'zone' ? host.data.networkId : null;
  };
  // A machine talks to its own zone and, through its gateway, onward.
  const anyService = [ANY_SERVICE];
  for (const a of input.assets) {
    const zone = zoneOf(a.id);
    if (zone)
      add({
        from: a.id,
        to: zone,
        services: anyService,
        method: 'member',
        transit: true,
        viaHost: false,
        planned: false,
        approved: false,
        encrypted: null,
      });
  }

  const seen = new Set<string>();
  for (const f of [...input.flows, ...impliedFlows(input.networks)]) {
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    const services = f.data.services.length ? f.data.services.map(normaliseService) : [ANY_SERVICE];
    const edge: Edge = {
      from: f.data.from,
      to: f.data.to,
      services,
      method: f.data.method,
      transit: TRANSIT.has(f.data.method),
      viaHost: false,
      source: f.id,
      knownBy: f.data.knownBy,
      planned: f.data.status === 'planned',
      approved: isApproved(f.data),
      encrypted: f.data.encrypted,
    };
    add(edge);
    // Two segments joined on one wire are one segment, both ways.
    if (f.data.method === 'physical-bridge') add({ ...edge, from: edge.to, to: edge.from });
  }

  for (const v of input.vendorLinks) {
    const tunnel = v.data.method === 'vpn' || v.data.method === 'modem';
    const landing = { ...base, from: v.id, source: v.id, services: tunnel ? [ANY_SERVICE] : ['remote-control'] };
    for (const zone of v.data.reachesNetworkIds) {
      // A tunnel lands in the zone; a remote-control tool lands on its machines there, so onward reach is via one of them.
      add({
        ...landing,
        to: zone,
        method: tunnel ? 'vendor-tunnel' : 'remote-control',
        transit: true,
        viaHost: !tunnel,
      });
    }
    for (const asset of v.data.reachesAssetIds)
      add({ ...landing, to: asset, method: tunnel ? 'vendor-tunnel' : 'remote-control', transit: false });
    if (v.data.farSide === PARENT_ZONE) {
      // The link's far end sits on the parent's network: the vendor and the parent meet there,
      // and a tunnel carries traffic both ways between it and the zones it lands in.
      const joined = {
        ...base,
        services: [ANY_SERVICE],
        method: 'vendor-tunnel' as const,
        transit: true,
        source: v.id,
      };
      add({ ...joined, from: v.id, to: PARENT_ZONE });
      add({ ...joined, from: PARENT_ZONE, to: v.id });
      if (tunnel) for (const zone of v.data.reachesNetworkIds) add({ ...joined, from: zone, to: PARENT_ZONE });
    }
  }

  const zones = [PARENT_ZONE, INTERNET_ZONE, ...input.networks.map((n) => n.id)];
  return { kindOf, zones, out, zoneOf, ids, index, isAsset, outByIx };
}
