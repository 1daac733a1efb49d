/**
 * Turns scanned hosts into proposed inventory: an asset per live host with its
 * addresses, vendor, best OS guess (with nmap's accuracy and end-of-support status),
 * a suggested kind with the reason, remote-access services found listening, and a
 * network per IPv4 /24 the hosts sit in. Nothing here is saved: the assessor reviews it.
 */
import type { Asset } from '../model/asset';
import {
  medicalPorts,
  medicalServices,
  medicalVendors,
  remoteAccessPorts,
  remoteAccessServices,
} from '../reference/medicalSignatures';
import { osSupport } from '../reference/osLifecycle';
import type { NmapHost, NmapOsMatch } from './nmapXml';
import { osFamilyOf } from './osFamily';
import { checkProposal } from './proposalCheck';
import type { KindSuggestion, ProposedAsset, ProposedNetwork } from './proposedInventory';

export type { KindSuggestion, ProposedAsset, ProposedNetwork } from './proposedInventory';

const networkTypes = [
  'router',
  'switch',
  'wap',
  'firewall',
  'broadband router',
  'load balancer',
  'bridge',
  'proxy server',
  'remote management',
];
const iotTypes = [
  'printer',
  'webcam',
  'media device',
  'phone',
  'power-device',
  'storage-misc',
  'specialized',
  'voip phone',
  'voip adapter',
  'pbx',
  'security-misc',
  'terminal',
  'game console',
  'print server',
];

/** The family of the best match: its first class's vendor and family ("Cisco IOS", "Apple iOS"), else its name. */
function familyOfMatch(match: NmapOsMatch | undefined): Asset['osFamily'] {
  const first = match?.classes[0];
  const fromClass = first ? osFamilyOf(`${first.vendor} ${first.family}`) : 'unknown';
  return fromClass === 'unknown' || fromClass === 'other' ? osFamilyOf(match?.name ?? '') : fromClass;
}

function suggestKind(host: NmapHost, best: NmapOsMatch | undefined): KindSuggestion {
  const vendor = medicalVendors.find((v) => host.macVendor.toLowerCase().includes(v.toLowerCase()));
  const protocols = [
    ...new Set(
      host.ports
        .filter((p) => p.state === 'open')
        .flatMap((p) => medicalPorts[p.port] ?? medicalServices[p.service] ?? []),
    ),
  ];
  if (protocols.length) return { kind: 'medical-device', reason: `listens for ${protocols.join(' and ')}` };
  if (vendor) return { kind: 'medical-device', reason: `network card made by ${vendor}` };
  const type = (best?.classes[0]?.type ?? '').toLowerCase();
  if (networkTypes.includes(type)) return { kind: 'network-device', reason: `nmap sees a ${type}` };
  if (iotTypes.includes(type)) return { kind: 'iot', reason: `nmap sees a ${type}` };
  const name = best?.name ?? '';
  if (/server/i.test(name)) return { kind: 'server', reason: `runs ${name}` };
  if (type === 'general purpose' && /windows|mac os|macos/i.test(name))
    return { kind: 'workstation', reason: `runs ${name}` };
  if (type === 'general purpose')
    return { kind: 'server', reason: `a general-purpose ${best?.classes[0]?.family ?? ''} system`.trim() };
  return { kind: 'workstation', reason: 'nothing in the scan says otherwise' };
}

function subnetOf(ipv4: string): string {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/.exec(ipv4);
  return m && [m[1], m[2], m[3]].every((o) => Number(o) <= 255) ? `${m[1]}.${m[2]}.${m[3]}.0/24` : '';
}

export function proposeAsset(host: NmapHost, onDate: string): ProposedAsset {
  const best = [...host.os].sort((a, b) => b.accuracy - a.accuracy)[0];
  const open = host.ports.filter((p) => p.state === 'open');
  const remote = open.flatMap((p) => {
    const label = remoteAccessPorts[p.port] ?? remoteAccessServices[p.service];
    return label ? [`${label} on ${p.port}/${p.protocol}`] : [];
  });
  const hostname = host.hostnames[0] ?? '';
  return {
    name: hostname.split('.')[0] || host.ipv4 || host.ipv6 || host.mac || 'Unnamed host',
    hostname,
    ipAddress: host.ipv4 || host.ipv6,
    macAddress: host.mac,
    vendor: host.macVendor,
    osFamily: familyOfMatch(best),
    ...(best ? { osGuess: { name: best.name, accuracy: best.accuracy, support: osSupport(best.name, onDate) } } : {}),
    kind: suggestKind(host, best),
    remoteAccess: [...new Set(remote)],
    openPorts: open.slice(0, 50).map((p) => `${p.port}/${p.protocol}${p.service ? ` ${p.service}` : ''}`),
    subnet: subnetOf(host.ipv4),
    ...(host.notes.length ? { notes: host.notes } : {}),
  };
}

/** The networks proposed assets sit in, with how many of them each. */
export function networksOf(assets: ProposedAsset[]): ProposedNetwork[] {
  const counts = new Map<string, number>();
  for (const a of assets) if (a.subnet) counts.set(a.subnet, (counts.get(a.subnet) ?? 0) + 1);
  return [...counts].map(([subnet, n]) => ({ subnet, hosts: n })).sort((a, b) => a.subnet.localeCompare(b.subnet));
}

/** The live hosts of a scan as proposed assets, and the networks they sit in; a value the inventory cannot hold is refused, naming its host. */
export function nmapToInventory(
  hosts: NmapHost[],
  onDate: string,
): { assets: ProposedAsset[]; networks: ProposedNetwork[] } {
  const assets = hosts.flatMap((h, i) =>
    h.up ? [checkProposal(proposeAsset(h, onDate), `device from host ${i + 1}`)] : [],
  );
  return { assets, networks: networksOf(assets) };
}

/**
 * Which recorded network each subnet's new devices join: the recorded network with that
 * subnet (the first by name when several share it), else a new network for the subnet.
 */
export function networkTargets(
  subnets: ProposedNetwork[],
  recorded: { id: string; data: { name: string; subnet: string } }[],
): { subnet: string; hosts: number; network?: { id: string; name: string } }[] {
  const bySubnet = new Map<string, { id: string; name: string }>();
  for (const n of [...recorded].sort((a, b) => a.data.name.localeCompare(b.data.name) || a.id.localeCompare(b.id))) {
    const key = n.data.subnet.trim().replace(/\s+/g, '');
    if (key && !bySubnet.has(key)) bySubnet.set(key, { id: n.id, name: n.data.name || key });
  }
  return subnets.map((s) => {
    const network = bySubnet.get(s.subnet);
    return network ? { ...s, network } : s;
  });
}
