/** What a path rests on, and whether the parent approved it: read by the rules and the checklist alike. */
import { INTERNET_ZONE, PARENT_ZONE } from '../model/flow';
import type { ReachPath } from './reach';

/** Every flow on the path was approved by the parent: the integration working as designed. */
export function approvedPath(path: ReachPath): boolean {
  const hops = path.hops.filter((h) => h.method !== 'member');
  return hops.length > 0 && hops.every((h) => h.approved);
}

/** The records a path rests on: its flows and vendor links, and the zones and machines it crosses. */
export function pathRecords(path: ReachPath): string[] {
  const ids = new Set<string>();
  for (const hop of path.hops) {
    if (hop.source && !hop.source.startsWith('legacy:')) ids.add(hop.source);
    for (const end of [hop.from, hop.to]) if (end !== PARENT_ZONE && end !== INTERNET_ZONE) ids.add(end);
  }
  return [...ids];
}
