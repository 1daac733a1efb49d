/** Readings of the topology that the reachability rules share. */
import { INTERNET_ZONE, PARENT_ZONE } from '../model/flow';
import type { ReachPath } from '../topology/reach';
import { medicalDevices } from './ruleHelpers';
import type { RuleContext } from './ruleTypes';

/** Every flow on the path was approved by the parent: the integration working as designed. */
export function approvedPath(path: ReachPath): boolean {
  const hops = path.hops.filter((h) => h.method !== 'member');
  return hops.length > 0 && hops.every((h) => h.approved);
}

/** The records a path rests on: its flows and vendor links, and the zones it crosses. */
export function pathRecords(path: ReachPath): string[] {
  const ids = new Set<string>();
  for (const hop of path.hops) {
    if (hop.source && !hop.source.startsWith('legacy:')) ids.add(hop.source);
    for (const end of [hop.from, hop.to]) if (end !== PARENT_ZONE && end !== INTERNET_ZONE) ids.add(end);
  }
  return [...ids];
}

export function plannedNote(path: ReachPath): string {
  return path.planned ? ' once the planned link is in place' : '';
}

/** Zones holding medical devices, with the devices. */
export function deviceZones(context: RuleContext): Map<string, string[]> {
  const zones = new Map<string, string[]>();
  for (const d of medicalDevices(context)) {
    const zone = context.zoneOf(d.id);
    if (!zone) continue;
    zones.set(zone, [...(zones.get(zone) ?? []), d.id]);
  }
  return zones;
}

/** Zones whose purpose says nobody at the clinic manages what joins them. */
export function untrustedZones(context: RuleContext): string[] {
  return context.networks.filter((n) => n.data.purpose === 'guest' || n.data.purpose === 'patient').map((n) => n.id);
}

export function list(names: string[], max = 4): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
