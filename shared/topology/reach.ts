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
import { ANY_SERVICE, commonServices } from '../reference/services';
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
  node: number;
  open: boolean;
  pivots: number;
  hops: number;
  edge: Edge | null;
  prev: State | null;
}

/** The states a search reached, by node index: once arrived with onward reach ("open") and once without. */
interface Reached {
  open: (State | undefined)[];
  closed: (State | undefined)[];
}

const MAX_PIVOTS = 2;

export class Reachability {
  private readonly cache = new Map<string, Reached>();

  constructor(readonly graph: Graph) {}

  /** The best path from one node (zone, asset, vendor link) to another for a service ("any": any traffic). */
  path(from: string, to: string, service: string = ANY_SERVICE): ReachPath | null {
    if (!this.graph.kindOf.has(from) || !this.graph.kindOf.has(to)) return null;
    if (from === to) return { from, to, hops: [], via: [], planned: false, services: [ANY_SERVICE] };
    const reached = this.search(from, service);
    const target = this.graph.index.get(to) as number;
    let best = bestOf(reached.open[target], reached.closed[target]);
    if (this.graph.isAsset[target]) {
      // A machine is reached where its zone is, unless a flow to the machine itself does better.
      const zone = this.graph.zoneOf(to);
      const zoneIx = zone === null ? undefined : this.graph.index.get(zone);
      const viaZone = zoneIx === undefined ? undefined : bestOf(reached.open[zoneIx], reached.closed[zoneIx]);
      if (viaZone && (!best || better(viaZone, best))) {
        const member: Edge = {
          from: zone as string,
          to,
          services: [ANY_SERVICE],
          method: 'member',
          transit: false,
          viaHost: false,
          planned: false,
          approved: false,
          encrypted: null,
        };
        best = {
          node: target,
          open: false,
          pivots: viaZone.pivots,
          hops: viaZone.hops + 1,
          edge: member,
          prev: viaZone,
        };
      }
    }
    return best ? this.toPath(from, best) : null;
  }

  /** Whether the source reaches the node at all for the service: cheaper than a path. */
  reaches(from: string, to: string, service: string = ANY_SERVICE): boolean {
    if (from === to) return true;
    const target = this.graph.index.get(to);
    if (!this.graph.index.has(from) || target === undefined) return false;
    const reached = this.search(from, service);
    if (reached.open[target] || reached.closed[target]) return true;
    const zone = this.graph.isAsset[target] ? this.graph.zoneOf(to) : null;
    const zoneIx = zone === null ? undefined : this.graph.index.get(zone);
    return zoneIx !== undefined && (reached.open[zoneIx] !== undefined || reached.closed[zoneIx] !== undefined);
  }

  /** The zones and machines a flow from the source lands on for the service (not machines reached only through their zone). */
  landings(from: string, service: string = ANY_SERVICE): string[] {
    if (!this.graph.index.has(from)) return [];
    const reached = this.search(from, service);
    return this.graph.ids.filter(
      (id, i) => id !== from && (reached.open[i] || reached.closed[i]) && this.graph.kindOf.get(id) !== 'vendor',
    );
  }

  private search(from: string, service: string): Reached {
    const cacheKey = `${from}\u0000${service}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const { outByIx, isAsset } = this.graph;
    const any = service === ANY_SERVICE;
    const reached: Reached = {
      open: new Array<State | undefined>(outByIx.length),
      closed: new Array<State | undefined>(outByIx.length),
    };
    const start: State = {
      node: this.graph.index.get(from) as number,
      open: true,
      pivots: 0,
      hops: 0,
      edge: null,
      prev: null,
    };
    reached.open[start.node] = start;
    let level: State[] = [start];
    for (let pivots = 0; pivots <= MAX_PIVOTS && level.length; pivots++) {
      const next: State[] = [];
      const canPivot = pivots < MAX_PIVOTS;
      for (let i = 0; i < level.length; i++) {
        const state = level[i] as State;
        if (!state.open) continue;
        for (const edge of outByIx[state.node] ?? []) {
          const toAsset = isAsset[edge.toIx] === 1;
          if (edge.viaHost) {
            if (edge.remote && canPivot) visit(next, reached, edge.toIx, true, pivots + 1, edge, state);
            continue;
          }
          if (any || edge.open || edge.lets.has(service))
            visit(level, reached, edge.toIx, edge.transit && !toAsset, pivots, edge, state);
          if (toAsset && canPivot && edge.remote && edge.method !== 'member')
            visit(next, reached, edge.toIx, true, pivots + 1, edge, state);
        }
      }
      level = next;
    }
    this.cache.set(cacheKey, reached);
    return reached;
  }

  private toPath(from: string, end: State): ReachPath {
    const hops: Edge[] = [];
    const via: string[] = [];
    for (let s: State | null = end; s?.edge && s.prev; s = s.prev) {
      hops.push(s.edge);
      if (s.pivots > s.prev.pivots) via.push(this.graph.ids[s.node] as string);
    }
    hops.reverse();
    via.reverse();
    const lastPivot = hops.reduce((at, hop, i) => (via.includes(hop.to) ? i + 1 : at), 0);
    const after = hops.slice(lastPivot).filter((h) => h.method !== 'member');
    return {
      from,
      to: this.graph.ids[end.node] as string,
      hops,
      via,
      planned: hops.some((h) => h.planned),
      services: commonServices(after.map((h) => h.services)),
    };
  }
}

function visit(
  queue: State[],
  reached: Reached,
  node: number,
  open: boolean,
  pivots: number,
  edge: Edge,
  prev: State,
): void {
  const states = open ? reached.open : reached.closed;
  if (states[node]) return;
  const state: State = { node, open, pivots, hops: prev.hops + 1, edge, prev };
  states[node] = state;
  queue.push(state);
}

function bestOf(a: State | undefined, b: State | undefined): State | undefined {
  return a && b ? (better(b, a) ? b : a) : (a ?? b);
}

function better(a: State, b: State): boolean {
  return a.pivots !== b.pivots ? a.pivots < b.pivots : a.hops < b.hops;
}
