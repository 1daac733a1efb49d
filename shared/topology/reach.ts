/**
 * Reachability over the clinic's graph: can X reach Y on service S, and by which path?
 *
 * - Routed, VPN, vendor-tunnel and bridged links carry traffic onward from the zone they
 *   land in; a firewall rule lets through only what it names, to where it names.
 * - A flow that ends on a host ends there. If it lets a remote-control service through
 *   (RDP to a jump box, a vendor's remote-control tool) whoever holds it can act from that
 *   host: the search goes on from it, and the path says "via" that host. Paths via a host
 *   are only taken where no direct path exists, and never count as direct reach.
 * - Reaching a zone reaches every machine in it.
 *
 * One breadth-first search per source and service, cached, keeping the shortest path with
 * the fewest pivots as evidence.
 */
import { ANY_SERVICE, commonServices, permits, permitsKind } from '../reference/services';
import type { Edge, Graph } from './graph';

export interface ReachPath {
  from: string;
  to: string;
  hops: readonly Edge[];
  /** Hosts (or, for a remote-control tool landing in a zone, that zone) the path acts through. */
  via: readonly string[];
  planned: boolean;
  /** What gets through the whole way (after the last pivot): service tokens, or ["any"]. */
  services: string[];
}

interface State {
  node: string;
  open: boolean;
  pivots: number;
  edge: Edge | null;
  prev: State | null;
}

const MAX_PIVOTS = 2;

export class Reachability {
  private readonly cache = new Map<string, Map<string, State>>();

  constructor(readonly graph: Graph) {}

  /** The best path from one node (zone, asset, vendor link) to another for a service ("any": any traffic). */
  path(from: string, to: string, service: string = ANY_SERVICE): ReachPath | null {
    if (!this.graph.kindOf.has(from) || !this.graph.kindOf.has(to)) return null;
    if (from === to) return { from, to, hops: [], via: [], planned: false, services: [ANY_SERVICE] };
    const states = this.search(from, service);
    let best = bestOf(states.get(key(to, true)), states.get(key(to, false)));
    if (this.graph.kindOf.get(to) === 'asset') {
      // A machine is reached where its zone is, unless a flow to the machine itself does better.
      const zone = this.graph.zoneOf(to);
      const viaZone = zone ? bestOf(states.get(key(zone, true)), states.get(key(zone, false))) : undefined;
      if (viaZone && (!best || better(viaZone, best))) {
        const member: Edge = { from: zone as string, to, services: [ANY_SERVICE], method: 'member', transit: false, viaHost: false, planned: false, approved: false, encrypted: null };
        best = { node: to, open: false, pivots: viaZone.pivots, edge: member, prev: viaZone };
      }
    }
    return best ? toPath(from, best) : null;
  }

  /** Every zone the source reaches for the service, with its path. */
  zonesReached(from: string, service: string = ANY_SERVICE): Map<string, ReachPath> {
    const reached = new Map<string, ReachPath>();
    for (const zone of this.graph.zones) {
      if (zone === from) continue;
      const path = this.path(from, zone, service);
      if (path) reached.set(zone, path);
    }
    return reached;
  }

  private search(from: string, service: string): Map<string, State> {
    const cacheKey = `${from}\u0000${service}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const states = new Map<string, State>();
    let level: State[] = [{ node: from, open: true, pivots: 0, edge: null, prev: null }];
    states.set(key(from, true), level[0] as State);
    for (let pivots = 0; pivots <= MAX_PIVOTS && level.length; pivots++) {
      const next: State[] = [];
      for (let i = 0; i < level.length; i++) {
        const state = level[i] as State;
        if (!state.open) continue;
        for (const edge of this.graph.out.get(state.node) ?? []) {
          const toAsset = this.graph.kindOf.get(edge.to) === 'asset';
          const pivotable = permitsKind(edge.services, 'remote-control') && pivots < MAX_PIVOTS;
          if (edge.viaHost) {
            if (pivotable) push(next, states, { node: edge.to, open: true, pivots: pivots + 1, edge, prev: state });
            continue;
          }
          if (permits(edge.services, service)) push(level, states, { node: edge.to, open: edge.transit && !toAsset, pivots, edge, prev: state });
          if (toAsset && edge.method !== 'member' && pivotable) push(next, states, { node: edge.to, open: true, pivots: pivots + 1, edge, prev: state });
        }
      }
      level = next;
    }
    this.cache.set(cacheKey, states);
    return states;
  }
}

const key = (node: string, open: boolean) => `${node}\u0000${open ? 1 : 0}`;

function push(queue: State[], states: Map<string, State>, state: State): void {
  const k = key(state.node, state.open);
  if (states.has(k)) return;
  states.set(k, state);
  queue.push(state);
}

function hopsOf(state: State): number {
  let n = 0;
  for (let s: State | null = state; s?.prev; s = s.prev) n++;
  return n;
}

function bestOf(a: State | undefined, b: State | undefined): State | undefined {
  return a && b ? (better(b, a) ? b : a) : (a ?? b);
}

function better(a: State, b: State): boolean {
  return a.pivots !== b.pivots ? a.pivots < b.pivots : hopsOf(a) < hopsOf(b);
}

function toPath(from: string, end: State): ReachPath {
  const hops: Edge[] = [];
  const via: string[] = [];
  for (let s: State | null = end; s?.edge && s.prev; s = s.prev) {
    hops.unshift(s.edge);
    if (s.pivots > s.prev.pivots) via.unshift(s.node);
  }
  const lastPivot = hops.reduce((at, hop, i) => (via.includes(hop.to) ? i + 1 : at), 0);
  const after = hops.slice(lastPivot).filter((h) => h.method !== 'member');
  return { from, to: end.node, hops, via, planned: hops.some((h) => h.planned), services: commonServices(after.map((h) => h.services)) };
}
