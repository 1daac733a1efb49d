/** The registers of a report: devices with their OS support, networks, vendor access, internet links. */
import type { AssessmentRecords } from '../model/assessmentRecords';
import type { OsSupport } from '../rules/ruleTypes';
import { osText } from '../rules/context';
import { assetKindLabels } from '../model/asset';
import { PARENT_ZONE } from '../model/flow';
import { networkPurposeLabels } from '../model/network';
import { accessAvailabilityLabels, accessMethodLabels } from '../model/vendorAccess';
import { pairOf, type ZonePair, type ZoneReachability } from './zoneReachability';

export interface InventoryRow {
  name: string;
  kind: string;
  vendorModel: string;
  os: string;
  support: OsSupport;
  network: string;
  patientData: string;
  safeToScan: string;
}

export interface NetworkRow {
  name: string;
  vlan: string;
  subnet: string;
  purpose: string;
  devices: number;
  internet: string;
  firewalled: string;
  /** Whether the parent's corporate network reaches it, from the topology. */
  fromParent: string;
  /** The zones it reaches, from the topology. */
  reaches: string;
}

export interface VendorRow {
  vendor: string;
  method: string;
  availability: string;
  mfa: string;
  reaches: string;
  logging: string;
  sharedAccount: string;
  baa: string;
}

const yesNo = (v: boolean | null) => (v === true ? 'Yes' : v === false ? 'No' : 'Not known');
const supportOrder: Record<OsSupport['status'], number> = {
  unsupported: 0,
  'extended-only': 1,
  unknown: 2,
  supported: 3,
};

export function inventoryRows(
  records: AssessmentRecords,
  supportOf: (osText: string) => OsSupport,
  names: ReadonlyMap<string, string>,
): InventoryRow[] {
  return records.assets
    .map((a) => {
      const os = osText(a.data);
      return {
        name: names.get(a.id) ?? 'Unnamed asset',
        kind: a.data.deviceType
          ? `${assetKindLabels[a.data.kind]}: ${a.data.deviceType}`
          : assetKindLabels[a.data.kind],
        vendorModel: [a.data.vendor, a.data.model].filter(Boolean).join(' '),
        os: os || 'Not recorded',
        support: os ? supportOf(os) : { status: 'unknown' as const, label: 'OS not recorded' },
        network: a.data.networkId ? (names.get(a.data.networkId) ?? '') : 'None recorded',
        patientData:
          a.data.storesPatientData === true
            ? 'Stores'
            : a.data.transmitsPatientData === true
              ? 'Transmits'
              : yesNo(a.data.storesPatientData === false && a.data.transmitsPatientData === false ? false : null),
        safeToScan: yesNo(a.data.safeToScan),
      };
    })
    .sort((a, b) => supportOrder[a.support.status] - supportOrder[b.support.status] || a.name.localeCompare(b.name));
}

const reachMark = (pair: ZonePair) => (pair.via ? ' (via a machine)' : pair.planned ? ' (planned)' : '');

export function networkRows(
  records: AssessmentRecords,
  names: ReadonlyMap<string, string>,
  reach: ZoneReachability,
): NetworkRow[] {
  const zoneName = new Map(reach.zones.map((z) => [z.id, z.name] as const));
  return records.networks
    .map((n) => ({
      name: names.get(n.id) ?? 'Unnamed network',
      vlan: n.data.vlan === null ? '' : String(n.data.vlan),
      subnet: n.data.subnet,
      purpose: networkPurposeLabels[n.data.purpose],
      devices: records.assets.filter((a) => a.data.networkId === n.id).length,
      internet: yesNo(n.data.internetAccess),
      firewalled: yesNo(n.data.firewalled),
      fromParent: fromParentText(pairOf(reach, PARENT_ZONE, n.id)),
      reaches:
        reach.pairs
          .filter((p) => p.from === n.id)
          .map((p) => `${zoneName.get(p.to) ?? 'a removed network'}${reachMark(p)}`)
          .join(', ') || 'Nothing recorded',
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function fromParentText(pair: ZonePair | undefined): string {
  if (!pair) return 'No path recorded';
  return pair.via ? 'Via a machine' : pair.planned ? 'Yes, once planned' : 'Yes';
}

export function vendorRows(records: AssessmentRecords, names: ReadonlyMap<string, string>): VendorRow[] {
  return records.vendorLinks
    .map((v) => ({
      vendor: v.data.vendor || 'Unnamed vendor',
      method: [accessMethodLabels[v.data.method], v.data.tool].filter(Boolean).join(': '),
      availability: accessAvailabilityLabels[v.data.availability],
      mfa: yesNo(v.data.mfa),
      reaches: v.data.reachesNetworkIds.map((id) => names.get(id) ?? 'a removed network').join(', ') || 'None recorded',
      logging: yesNo(v.data.sessionLogging),
      sharedAccount: yesNo(v.data.sharedAccount),
      baa: yesNo(v.data.baaOnFile),
    }))
    .sort((a, b) => a.vendor.localeCompare(b.vendor));
}
