/** A path in words, for findings and reports: "RadiView VPN → Imaging VLAN (vendor tunnel) → Parent corporate network (routed)". */
import { flowMethodShort, INTERNET_ZONE, PARENT_ZONE } from '../model/flow';
import { inSentence, inSentences } from '../model/labels';
import { accessMethodLabels } from '../model/vendorAccess';
import { ANY_SERVICE, serviceLabel } from '../reference/services';
import type { EdgeMethod } from './graph';
import type { ReachPath } from './reach';

export const builtInZoneNames: Record<string, string> = {
  [PARENT_ZONE]: 'Parent corporate network',
  [INTERNET_ZONE]: 'Internet',
};

export const edgeMethodLabels: Record<EdgeMethod, string> = {
  ...inSentences(flowMethodShort),
  member: 'same zone',
  'remote-control': inSentence(accessMethodLabels['remote-control-tool']),
};

export function servicesText(tokens: readonly string[]): string {
  return tokens.includes(ANY_SERVICE) ? 'any service' : tokens.map(serviceLabel).join(', ');
}

/** The path hop by hop, each with how it is made and, where a hop narrows it, what it lets through. */
export function pathText(path: ReachPath, nameOf: (id: string) => string): string {
  const name = (id: string) => builtInZoneNames[id] ?? nameOf(id);
  const parts = [name(path.from)];
  for (const hop of path.hops) {
    const notes = [edgeMethodLabels[hop.method]];
    if (!hop.services.includes(ANY_SERVICE)) notes.push(servicesText(hop.services));
    if (hop.planned) notes.push('planned');
    if (hop.viaHost) notes.push(`via a machine in ${name(hop.to)}`);
    else if (path.via.includes(hop.to)) notes.push('then from that machine');
    parts.push(`${name(hop.to)} (${notes.join(', ')})`);
  }
  return parts.join(' → ');
}

/** How sure the path is: its weakest hop's evidence. */
export function pathEvidence(path: ReachPath): 'observed' | 'tested' | 'stated' | 'assumed' | 'recorded' {
  const order = ['assumed', 'stated', 'tested', 'observed'] as const;
  const known = path.hops.flatMap((h) => (h.knownBy ? [h.knownBy] : []));
  if (!known.length) return 'recorded';
  return order.find((k) => known.includes(k)) ?? 'recorded';
}
