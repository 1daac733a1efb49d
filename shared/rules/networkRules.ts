import { INTERNET_ZONE } from '../model/flow';
import { bridgedSegments } from '../topology/segments';
import { answer, answerIn, assetName, clinicalNetworkIds, fromAnswers, handlesPatientData } from './ruleHelpers';
import type { Factor, Hit, Rule, RuleContext } from './ruleTypes';

/** Each bridged segment once, in recorded order (see topology/segments.ts). */
function segmentsOf(c: RuleContext): string[][] {
  return [...new Set(bridgedSegments(c).values())].map((s) => s.zones);
}

export const networkRules: Rule[] = [
  {
    id: 'network.flat',
    area: 'network',
    title: 'Flat network: medical devices share a segment with office PCs or guests',
    base: { likelihood: 3, impact: 2 },
    remediation:
      "Isolate medical devices on their own VLAN behind the firewall, allowing only the flows each needs; keep office PCs, guest Wi-Fi and vendor access out of it, and give it no route to the parent's corporate network.",
    evaluate: (c) => {
      const hits = segmentsOf(c).flatMap((segment): Hit[] => {
        const [networkId, ...bridged] = segment as [string, ...string[]];
        const assets = segment.flatMap((z) => c.assetsByNetwork.get(z) ?? []);
        const devices = assets.filter((a) => a.data.kind === 'medical-device');
        if (!devices.length) return [];
        const others = assets.filter((a) => a.data.kind === 'workstation');
        const guests = segment.filter((z) => ['guest', 'patient'].includes(c.networkById.get(z)?.data.purpose ?? ''));
        if (!others.length && !guests.length) return [];
        const factors: Factor[] = [];
        if (devices.some((d) => c.osSupportOf(d).status === 'unsupported'))
          factors.push({ label: 'unsupported OS on it', likelihood: 1 });
        if (assets.some((a) => handlesPatientData(a.data))) factors.push({ label: 'patient data', impact: 1 });
        if (guests.length) factors.push({ label: 'guests on it', likelihood: 1 });
        if (segment.some((z) => c.reachableFromParent(z)))
          factors.push({ label: 'reachable from corporate', impact: 1 });
        const sharing = [
          others.length ? `${others.length} office PC${others.length === 1 ? '' : 's'}` : '',
          guests.length ? `guests (${guests.map(c.nameOf).join(', ')})` : '',
        ]
          .filter(Boolean)
          .join(' and ');
        return [
          {
            records: [...segment, ...devices.map((d) => d.id)],
            questions: [],
            detail: `${c.nameOf(networkId)}${bridged.length ? ` (bridged with ${bridged.map(c.nameOf).join(', ')})` : ''} holds ${devices.length} medical device${devices.length === 1 ? '' : 's'} (${devices
              .slice(0, 4)
              .map((d) => assetName(d.data))
              .join(', ')}) alongside ${sharing}.`,
            factors,
          },
        ];
      });
      if (hits.length || clinicalNetworkIds(c).size) return hits;
      return answer(c, 'network.flat') === true
        ? fromAnswers(
            ['network.flat'],
            "Medical devices and office PCs share one subnet (stated; the devices' networks are not recorded).",
          )
        : [];
    },
  },
  {
    id: 'network.no-firewall-between',
    area: 'network',
    title: 'No firewall between clinical, office, guest and vendor networks',
    base: { likelihood: 3, impact: 2 },
    remediation:
      'Route every VLAN through the firewall with deny-by-default rules between them; document each allowed flow.',
    evaluate: (c) => {
      // Recorded per zone: a zone holding medical devices that no firewall stands in front of.
      const open = [...clinicalNetworkIds(c)].filter((id) => c.networkById.get(id)?.data.firewalled === false);
      if (open.length)
        return [
          {
            records: open,
            questions: [],
            detail: `No firewall stands in front of ${open.map(c.nameOf).join(', ')}, where medical devices are.`,
            factors: [{ label: 'medical devices behind no firewall', impact: 1 }],
          },
        ];
      return answerIn(c, 'network.firewall-between', 'no', 'partly')
        ? fromAnswers(
            ['network.firewall-between'],
            answer(c, 'network.firewall-between') === 'no'
              ? "Nothing filters traffic between the clinic's networks."
              : 'Only some networks are separated by the firewall.',
          )
        : [];
    },
  },
  {
    id: 'network.medical-internet',
    area: 'network',
    title: 'Medical device network has internet access',
    base: { likelihood: 2, impact: 3 },
    remediation:
      'Remove general internet access from the medical-device network; allow only the vendor endpoints a device needs, by name, through the firewall.',
    evaluate: (c) =>
      [...clinicalNetworkIds(c)].flatMap((id) => {
        const path = c.topology.reach.reaches(id, INTERNET_ZONE) ? c.topology.reach.path(id, INTERNET_ZONE) : null;
        if (c.networkById.get(id)?.data.internetAccess !== true && (!path || path.via.length)) return [];
        return [
          {
            records: [id],
            questions: [],
            detail: `${c.nameOf(id)} can reach the internet.`,
            factors: [],
            paths: path ? [c.describe(path)] : [],
          },
        ];
      }),
  },
  {
    id: 'network.weak-firewall',
    area: 'network',
    title: 'Firewall outdated or missing',
    base: { likelihood: 2, impact: 2 },
    remediation:
      "Replace consumer routers and end-of-life firewalls with a supported, centrally managed firewall (the parent's standard model).",
    evaluate: (c) =>
      answerIn(c, 'network.firewall-managed', 'outdated', 'consumer')
        ? fromAnswers(
            ['network.firewall-managed'],
            answer(c, 'network.firewall-managed') === 'consumer'
              ? 'A consumer router is the only boundary to the internet.'
              : 'The firewall runs outdated or end-of-life firmware.',
            answer(c, 'network.firewall-managed') === 'consumer' ? [{ label: 'no real firewall', likelihood: 1 }] : [],
          )
        : [],
  },
  {
    id: 'network.not-recorded',
    area: 'network',
    title: 'Networks not documented',
    base: { likelihood: 1, impact: 2 },
    remediation: 'Record every network and VLAN with its subnet, purpose and what may reach it.',
    evaluate: (c) =>
      answer(c, 'network.recorded') === false
        ? fromAnswers(['network.recorded'], "The clinic's networks have not been documented.")
        : [],
  },
];
