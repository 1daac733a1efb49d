/**
 * Zones × zones: for each pair, whether the first can open connections to the second,
 * on which services, by which path, and how that is known. The UI and the report show it.
 */
import { ANY_SERVICE } from '../reference/services';
import { pathEvidence } from './pathText';
import type { ReachPath } from './reach';
import type { Topology } from './topology';

export interface MatrixCell {
  path: ReachPath;
  services: string[];
  direct: boolean;
  evidence: ReturnType<typeof pathEvidence>;
  /** Flow and vendor-link ids the path rests on. */
  sources: string[];
}

export interface ReachabilityMatrix {
  zones: readonly string[];
  /** cells.get(from)?.get(to); absent when nothing recorded lets traffic through. */
  cells: ReadonlyMap<string, ReadonlyMap<string, MatrixCell>>;
}

export function reachabilityMatrix(
  topology: Topology,
  zones: readonly string[] = topology.graph.zones,
): ReachabilityMatrix {
  const cells = new Map<string, Map<string, MatrixCell>>();
  for (const from of zones) {
    const row = new Map<string, MatrixCell>();
    for (const to of zones) {
      if (to === from) continue;
      const path = topology.reach.path(from, to, ANY_SERVICE);
      if (!path) continue;
      row.set(to, {
        path,
        services: path.services,
        direct: path.via.length === 0,
        evidence: pathEvidence(path),
        sources: [...new Set(path.hops.flatMap((h) => (h.source ? [h.source] : [])))],
      });
    }
    cells.set(from, row);
  }
  return { zones, cells };
}
