import { answer, answerIn, assetName, clinicalNetworkIds, fromAnswers, handlesPatientData } from './ruleHelpers';
import type { Factor, Rule } from './ruleTypes';

export const networkRules: Rule[] = [
  {
    id: 'network.flat',
    area: 'network',
    title: 'Flat network: medical devices share a subnet with office PCs',
    base: { likelihood: 3, impact: 2 },
    remediation:
      'Isolate medical devices on their own VLAN behind the firewall, allowing only the flows each needs; keep office PCs, guest Wi-Fi and vendor access out of it, and give it no route to the parent\'s corporate network.',
    evaluate: (c) => {
      const hits = [...c.assetsByNetwork.entries()]
        .filter(([, assets]) => assets.some((a) => a.data.kind === 'medical-device') && assets.some((a) => a.data.kind === 'workstation'))
        .map(([networkId, assets]) => {
          const network = c.networkById.get(networkId);
          const devices = assets.filter((a) => a.data.kind === 'medical-device');
          const factors: Factor[] = [];
          if (devices.some((d) => c.osSupportOf(d).status === 'unsupported')) factors.push({ label: 'unsupported OS on it', likelihood: 1 });
          if (assets.some((a) => handlesPatientData(a.data))) factors.push({ label: 'patient data', impact: 1 });
          if (c.reachableFromParent(networkId)) factors.push({ label: 'reachable from corporate', impact: 1 });
          return {
            records: [networkId, ...devices.map((d) => d.id)],
            questions: [],
            detail: `${network?.data.name || 'A network'} holds ${devices.length} medical device(s) (${devices.slice(0, 4).map((d) => assetName(d.data)).join(', ')}) and ${assets.length - devices.length} other machine(s).`,
            factors,
          };
        });
      if (hits.length) return hits;
      return answer(c, 'network.flat') === true ? fromAnswers(['network.flat'], 'Medical devices and office PCs share one subnet.') : [];
    },
  },
  {
    id: 'network.no-firewall-between',
    area: 'network',
    title: 'No firewall between clinical, office, guest and vendor networks',
    base: { likelihood: 3, impact: 2 },
    remediation: 'Route every VLAN through the firewall with deny-by-default rules between them; document each allowed flow.',
    evaluate: (c) => (answerIn(c, 'network.firewall-between', 'no', 'partly') ? fromAnswers(['network.firewall-between'], answer(c, 'network.firewall-between') === 'no' ? 'Nothing filters traffic between the clinic\'s networks.' : 'Only some networks are separated by the firewall.') : []),
  },
  {
    id: 'network.parent-reaches-devices',
    area: 'network',
    title: 'The parent\'s corporate network can reach medical devices',
    base: { likelihood: 3, impact: 3 },
    remediation: 'Before connecting the clinic to the parent, put the medical-device network behind a firewall with no route from the corporate network; allow only named management flows through a jump host.',
    evaluate: (c) =>
      [...clinicalNetworkIds(c)]
        .filter((id) => c.reachableFromParent(id))
        .map((id) => ({ records: [id], questions: ['network.parent-reachable'], detail: `${c.networkById.get(id)?.data.name || 'A network with medical devices'} is reachable from the parent's corporate network.`, factors: [{ label: 'medical devices', impact: 1 }] })),
  },
  {
    id: 'network.medical-internet',
    area: 'network',
    title: 'Medical device network has internet access',
    base: { likelihood: 2, impact: 3 },
    remediation: 'Remove general internet access from the medical-device network; allow only the vendor endpoints a device needs, by name, through the firewall.',
    evaluate: (c) =>
      [...clinicalNetworkIds(c)]
        .filter((id) => c.networkById.get(id)?.data.internetAccess === true)
        .map((id) => ({ records: [id], questions: [], detail: `${c.networkById.get(id)?.data.name || 'A network with medical devices'} can reach the internet.`, factors: [] })),
  },
  {
    id: 'network.guest-not-isolated',
    area: 'network',
    title: 'Guest Wi-Fi reaches internal networks',
    base: { likelihood: 3, impact: 2 },
    remediation: 'Put guest Wi-Fi on its own VLAN with internet-only access and client isolation.',
    evaluate: (c) => (answer(c, 'network.guest-wifi-isolated') === false ? fromAnswers(['network.guest-wifi-isolated'], 'Guests on the Wi-Fi can reach the clinic\'s internal networks.') : []),
  },
  {
    id: 'network.weak-firewall',
    area: 'network',
    title: 'Firewall outdated or missing',
    base: { likelihood: 2, impact: 2 },
    remediation: 'Replace consumer routers and end-of-life firewalls with a supported, centrally managed firewall (the parent\'s standard model).',
    evaluate: (c) =>
      answerIn(c, 'network.firewall-managed', 'outdated', 'consumer')
        ? fromAnswers(['network.firewall-managed'], answer(c, 'network.firewall-managed') === 'consumer' ? 'A consumer router is the only boundary to the internet.' : 'The firewall runs outdated or end-of-life firmware.', answer(c, 'network.firewall-managed') === 'consumer' ? [{ label: 'no real firewall', likelihood: 1 }] : [])
        : [],
  },
  {
    id: 'network.not-recorded',
    area: 'network',
    title: 'Networks not documented',
    base: { likelihood: 1, impact: 2 },
    remediation: 'Record every network and VLAN with its subnet, purpose and what may reach it.',
    evaluate: (c) => (answer(c, 'network.recorded') === false ? fromAnswers(['network.recorded'], 'The clinic\'s networks have not been documented.') : []),
  },
];
