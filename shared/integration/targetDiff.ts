/**
 * Today's flows against the target design: what the firewall team adds, removes,
 * changes and keeps. Vendor access recorded on a vendor link (no flow record) counts as
 * today's access from the link to each zone or device it reaches.
 */
import type { Flow } from '../model/flow';
import type { TargetFlow } from '../model/targetFlow';
import type { VendorAccess } from '../model/vendorAccess';
import type { WithId } from '../model/withId';
import { ANY_SERVICE, normaliseService, serviceLabel } from '../reference/services';

export type DiffKind = 'add' | 'remove' | 'change' | 'keep';
export const diffKindLabels: Record<DiffKind, string> = {
  add: 'Added',
  remove: 'Removed',
  change: 'Changed',
  keep: 'Kept',
};

/** A path that exists today: a flow record, or a vendor link's reach. */
export interface TodayPath {
  /** The flow's id; for a vendor link's reach, '' (it has no flow record). */
  flowId: string;
  from: string;
  to: string;
  services: string[];
  /** How it is made today; routed and bridged paths become firewall rules. */
  method: Flow['method'] | 'vendor-link';
}

export interface DiffRow {
  kind: DiffKind;
  today?: TodayPath;
  target?: WithId<TargetFlow>;
  /** What changes, in words ("services narrowed from any service to DICOM over TLS"). */
  changes: string[];
}

const servicesText = (tokens: readonly string[]) =>
  tokens.length ? tokens.map(serviceLabel).join(', ') : serviceLabel(ANY_SERVICE);

function sameServices(a: readonly string[], b: readonly string[]): boolean {
  const norm = (l: readonly string[]) => [...new Set(l.map(normaliseService))].sort().join(',');
  return norm(a) === norm(b);
}

/** Today's paths: the flow records and the vendor links' reach not already recorded as a flow. */
export function todayPaths(flows: readonly WithId<Flow>[], vendorLinks: readonly WithId<VendorAccess>[] = []) {
  const paths: TodayPath[] = flows.map((f) => ({
    flowId: f.id,
    from: f.data.from,
    to: f.data.to,
    services: f.data.services,
    method: f.data.method,
  }));
  const recorded = new Set(paths.map((p) => `${p.from}>${p.to}`));
  for (const v of vendorLinks) {
    const tunnel = v.data.method === 'vpn' || v.data.method === 'modem';
    for (const to of [...v.data.reachesNetworkIds, ...v.data.reachesAssetIds])
      if (!recorded.has(`${v.id}>${to}`))
        paths.push({
          flowId: '',
          from: v.id,
          to,
          services: tunnel ? [ANY_SERVICE] : ['remote-control'],
          method: 'vendor-link',
        });
  }
  return paths;
}

function compare(today: TodayPath, target: WithId<TargetFlow>): DiffRow {
  const t = target.data;
  if (t.action === 'deny') return { kind: 'remove', today, target, changes: ['closed: the target design denies it'] };
  const changes: string[] = [];
  if (t.from !== today.from || t.to !== today.to) changes.push('ends moved');
  if (!sameServices(today.services, t.services))
    changes.push(`services from ${servicesText(today.services)} to ${servicesText(t.services)}`);
  if (t.route === 'gateway') changes.push("through the parent's remote-access gateway");
  else if (today.method === 'routed' || today.method === 'physical-bridge')
    changes.push(`a firewall rule instead of ${today.method === 'routed' ? 'open routing' : 'a bridge'}`);
  return { kind: changes.length ? 'change' : 'keep', today, target, changes };
}

/** The differences, today's paths first (in their order), then the target flows new to the design. */
export function diffTargetDesign(
  flows: readonly WithId<Flow>[],
  targetFlows: readonly WithId<TargetFlow>[],
  vendorLinks: readonly WithId<VendorAccess>[] = [],
): DiffRow[] {
  const used = new Set<string>();
  const rows: DiffRow[] = [];
  const flowIds = new Set(flows.map((f) => f.id));
  for (const today of todayPaths(flows, vendorLinks)) {
    const matches = targetFlows.filter((t) =>
      today.flowId
        ? t.data.basedOnFlowId === today.flowId
        : !flowIds.has(t.data.basedOnFlowId) && t.data.from === today.from && t.data.to === today.to,
    );
    if (!matches.length) {
      rows.push({ kind: 'remove', today, changes: ['no target flow keeps it'] });
      continue;
    }
    for (const target of matches) {
      used.add(target.id);
      rows.push(compare(today, target));
    }
  }
  for (const target of targetFlows)
    if (!used.has(target.id))
      rows.push({
        kind: 'add',
        target,
        changes: [target.data.action === 'deny' ? 'new deny rule' : 'new flow'],
      });
  return rows;
}

/** How many rows of each kind. */
export function diffCounts(rows: readonly DiffRow[]): Record<DiffKind, number> {
  const counts: Record<DiffKind, number> = { add: 0, remove: 0, change: 0, keep: 0 };
  for (const r of rows) counts[r.kind] += 1;
  return counts;
}
