/** Readings of the topology that the reachability rules share. */
import { isUntrustedZone } from '../model/network';
import type { ReachPath } from '../topology/reach';
import { medicalDevices } from './ruleHelpers';
import type { RuleContext } from './ruleTypes';

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
  return context.networks.filter((n) => isUntrustedZone(n.data)).map((n) => n.id);
}
