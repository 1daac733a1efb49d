/** Zones joined on one wire by physical bridges in place, followed any number of hops: one segment. */
import type { Flow } from '../model/flow';
import type { Network } from '../model/network';
import type { WithId } from '../model/withId';

/** A segment: its zones, the first one first in recorded order, and the bridges that join them. */
export interface Segment {
  zones: string[];
  flows: string[];
}

/** Each zone's segment; zones without bridges are segments of one. */
export function bridgedSegments(records: {
  networks: readonly WithId<Network>[];
  flows: readonly WithId<Flow>[];
}): Map<string, Segment> {
  const networks = new Set(records.networks.map((n) => n.id));
  const bridges = records.flows.filter(
    (f) =>
      f.data.method === 'physical-bridge' &&
      f.data.status !== 'planned' &&
      networks.has(f.data.from) &&
      networks.has(f.data.to),
  );
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
