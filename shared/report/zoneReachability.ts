/**
 * Reachability between zones, in words for people: for each pair of zones (the recorded
 * networks, the parent's corporate network and the internet), what gets through, by which
 * path, how that is known, and the flows it rests on. The report and the app both show it.
 */
import { flowEvidenceLabels, INTERNET_ZONE, PARENT_ZONE } from '../model/flow';
import { ANY_SERVICE, serviceLabel } from '../reference/services';
import type { RuleContext } from '../rules/ruleTypes';
import { reachabilityMatrix, type MatrixCell } from '../topology/reachabilityMatrix';

export type Evidence = MatrixCell['evidence'];

export const evidenceLabels: Record<Evidence, string> = { ...flowEvidenceLabels, recorded: 'Vendor link as recorded' };

/** Up to this many zones the pairs read well as a grid; beyond it, as a list. */
export const MATRIX_MAX_ZONES = 8;

export interface ZoneEntry {
  id: string;
  name: string;
  builtIn: boolean;
  /** A clinical zone, or one where medical devices are. */
  clinical: boolean;
}

export interface ZonePair {
  from: string;
  to: string;
  /** What gets through, short: "any", "DICOM", "DICOM, HL7". */
  services: string;
  /** What the path passes through between the two zones, by name. */
  through: string[];
  /** Only by taking over a machine on the way (a pivot), never directly. */
  via: boolean;
  /** The machines (or, for a remote-control tool, the zone) the path is taken over through, by name. */
  pivots: string[];
  /** Once a planned link is in place. */
  planned: boolean;
  /** Ends in a clinical zone. */
  intoClinical: boolean;
  /** The path in words, hop by hop. */
  path: string;
  evidence: Evidence;
  evidenceLabel: string;
  /** The recorded flows and vendor links the path rests on. */
  sources: string[];
  /** Rests on a link stated in a network's older "connects to" or "reachable from the parent" fields, not a recorded flow. */
  legacy: boolean;
}

export interface ZoneReachability {
  /** The built-in zones first, then the networks by name. */
  zones: ZoneEntry[];
  /** Every pair with a path, by source zone then target zone, in zone order. */
  pairs: ZonePair[];
}

type Context = Pick<RuleContext, 'topology' | 'networks' | 'assets' | 'nameOf' | 'describe'>;

export function zoneEntries(context: Context): ZoneEntry[] {
  const deviceZones = new Set(
    context.assets
      .filter((a) => a.data.kind === 'medical-device')
      .flatMap((a) => context.topology.graph.zoneOf(a.id) ?? []),
  );
  const networks = [...context.networks].sort(
    (a, b) => context.nameOf(a.id).localeCompare(context.nameOf(b.id)) || a.id.localeCompare(b.id),
  );
  return [
    ...[PARENT_ZONE, INTERNET_ZONE].map((id) => ({ id, name: context.nameOf(id), builtIn: true, clinical: false })),
    ...networks.map((n) => ({
      id: n.id,
      name: context.nameOf(n.id),
      builtIn: false,
      clinical: n.data.purpose === 'clinical' || deviceZones.has(n.id),
    })),
  ];
}

export function shortServices(tokens: readonly string[]): string {
  return tokens.includes(ANY_SERVICE) ? 'any' : tokens.map(serviceLabel).join(', ') || 'nothing named';
}

export function zoneReachability(context: Context): ZoneReachability {
  const zones = zoneEntries(context);
  const clinical = new Set(zones.filter((z) => z.clinical).map((z) => z.id));
  const matrix = reachabilityMatrix(
    context.topology,
    zones.map((z) => z.id),
  );
  const pairs: ZonePair[] = [];
  for (const from of zones) {
    for (const to of zones) {
      const cell = matrix.cells.get(from.id)?.get(to.id);
      if (!cell) continue;
      const hops = cell.path.hops;
      pairs.push({
        from: from.id,
        to: to.id,
        services: shortServices(cell.services),
        through: hops.slice(0, -1).map((h) => context.nameOf(h.to)),
        via: !cell.direct,
        pivots: cell.path.via.map(context.nameOf),
        planned: cell.path.planned,
        intoClinical: clinical.has(to.id),
        path: context.describe(cell.path),
        evidence: cell.evidence,
        evidenceLabel: evidenceLabels[cell.evidence],
        sources: cell.sources.filter((s) => !s.startsWith('legacy:')),
        legacy: cell.sources.some((s) => s.startsWith('legacy:')),
      });
    }
  }
  return { zones, pairs };
}

/** The pair from one zone to another, when a path exists. */
export function pairOf(model: ZoneReachability, from: string, to: string): ZonePair | undefined {
  return model.pairs.find((p) => p.from === from && p.to === to);
}
