/**
 * A large clinic group's topology for the reachability benchmark: 5,000 assets in 200
 * zones (20 sites of 10: clinical, office, guest, patient, management, vendor), 2,000
 * flows: mostly firewall rules inside a site, some routed links, VPNs from each site's
 * office to the parent, port forwards from the internet, rules between sites; vendor
 * links landing in clinical zones. Deterministic: the same input every run.
 */
import { INTERNET_ZONE, PARENT_ZONE, type Flow } from '../../shared/model/flow';
import type { AssessmentFacts } from '../../shared/rules/context';
import { asset, facts, flow, network, vendorLink } from './assessmentFacts';

const purposes = [
  'clinical',
  'clinical',
  'clinical',
  'corporate',
  'corporate',
  'corporate',
  'guest',
  'patient',
  'management',
  'vendor',
] as const;
const serviceSets = [['dicom'], ['hl7'], ['rdp'], ['https'], ['smb', 'tcp/8080'], ['dicom-tls'], ['tcp/5900'], ['any']];
const oses = [
  'Windows 10 Pro 22H2',
  'Windows 11 Pro 25H2',
  'Windows 7 Professional SP1',
  'Windows Server 2019',
  'Ubuntu 22.04 LTS',
];

export function largeTopology(assets = 5000, zones = 200, flows = 2000): AssessmentFacts {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sites = Math.ceil(zones / purposes.length);
  const nets = Array.from({ length: zones }, (_, i) =>
    network({
      name: `Site ${Math.floor(i / purposes.length) + 1} ${purposes[i % purposes.length]}`,
      purpose: purposes[i % purposes.length],
      subnet: `10.${Math.floor(i / 250)}.${i % 250}.0/24`,
    }),
  );
  const zoneOfSite = (site: number, purpose: number) => nets[(site * purposes.length + purpose) % zones]!;
  const machines = Array.from({ length: assets }, (_, i) => {
    const zone = nets[i % zones]!;
    const medical = zone.data.purpose === 'clinical' && i % 3 === 0;
    return asset({
      name: `HOST-${i}`,
      kind: medical ? 'medical-device' : i % 10 === 0 ? 'server' : 'workstation',
      networkId: zone.id,
      ipAddress: `10.0.${i % 250}.${i % 200}`,
      osVersion: pick(oses),
      storesPatientData: i % 4 === 0,
    });
  });
  const inZone = (zone: { id: string }) => machines.filter((m) => m.data.networkId === zone.id);
  const links = Array.from({ length: 20 }, (_, i) => {
    const clinical = zoneOfSite(i % sites, i % 3);
    return vendorLink({
      vendor: `Vendor ${i}`,
      method: i % 2 ? 'vpn' : 'remote-control-tool',
      reachesNetworkIds: i % 2 ? [clinical.id] : [],
      reachesAssetIds: i % 2 ? [] : [pick(inZone(clinical)).id],
      mfa: i % 3 === 0,
    });
  });
  const edges = Array.from({ length: flows }, (_, i) => {
    const site = i % sites;
    const kind = random();
    const extra: Partial<Flow> = {
      status: i % 23 === 0 ? 'planned' : 'in-place',
      knownBy: pick(['observed', 'tested', 'stated', 'assumed'] as const),
    };
    if (kind < 0.05) return flow(zoneOfSite(site, 3).id, PARENT_ZONE, { method: 'vpn', ...extra });
    if (kind < 0.1)
      return flow(INTERNET_ZONE, pick(inZone(zoneOfSite(site, 4))).id, {
        method: 'firewall-rule',
        services: pick([['https'], ['rdp']]),
        ...extra,
      });
    const a = Math.floor(random() * 10);
    const b = (a + 1 + Math.floor(random() * 9)) % 10;
    if (kind < 0.2) return flow(zoneOfSite(site, a).id, zoneOfSite(site, b).id, { method: 'routed', ...extra });
    if (kind < 0.3)
      return flow(zoneOfSite(site, 4).id, zoneOfSite((site + 1 + Math.floor(random() * (sites - 1))) % sites, 4).id, {
        method: 'firewall-rule',
        services: ['https'],
        ...extra,
      });
    const from = zoneOfSite(site, a);
    const toZone = zoneOfSite(site, b);
    return flow(from.id, random() < 0.3 ? pick(inZone(toZone)).id : toZone.id, {
      method: 'firewall-rule',
      services: pick(serviceSets),
      ...extra,
    });
  });
  return facts({ networks: nets, assets: machines, vendorLinks: links, flows: edges });
}
