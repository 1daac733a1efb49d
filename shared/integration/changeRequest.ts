/**
 * The firewall change request: one row per change between today's flows and the target
 * design, in the words and addresses a firewall team implements (zone subnets, device
 * addresses, ports for the named services).
 */
import { INTERNET_ZONE, PARENT_ZONE } from '../model/flow';
import { ownerLabels, type Owner } from '../model/finding';
import type { Asset } from '../model/asset';
import type { Network } from '../model/network';
import type { VendorAccess } from '../model/vendorAccess';
import type { WithId } from '../model/withId';
import type { AddressRange, RemoteAccessGateway } from '../reference/integrationProfile';
import { ANY_SERVICE, serviceDef } from '../reference/services';
import type { DiffRow } from './targetDiff';

export type ChangeAction = 'allow' | 'deny' | 'remove';
export type ChangeKind = 'add' | 'change' | 'remove';

export interface ChangeRequestRow {
  source: string;
  destination: string;
  service: string;
  action: ChangeAction;
  reason: string;
  owner: string;
  change: ChangeKind;
}

export const changeRequestColumns: readonly { key: keyof ChangeRequestRow; header: string }[] = [
  { key: 'source', header: 'Source' },
  { key: 'destination', header: 'Destination' },
  { key: 'service', header: 'Service' },
  { key: 'action', header: 'Action' },
  { key: 'reason', header: 'Reason' },
  { key: 'owner', header: 'Owner' },
  { key: 'change', header: 'Change' },
];

export interface NamingInput {
  networks: readonly WithId<Network>[];
  assets: readonly WithId<Asset>[];
  vendorLinks: readonly WithId<VendorAccess>[];
  nameOf(id: string): string;
  zoneOf(assetId: string): string | null;
  gateway: RemoteAccessGateway | null;
  addressPlan: readonly AddressRange[];
}

/** "RDP (tcp/3389)", "DICOM (tcp/104, tcp/11112, tcp/4242)", "HL7 (port set by the interface engine)", "any". */
export function serviceWithPorts(token: string): string {
  if (token === ANY_SERVICE) return 'any';
  const def = serviceDef(token);
  if (!def) return token;
  if (def.id !== token) return `${token} (${def.label})`;
  if (def.id === 'hl7') return 'HL7 (port set by the interface engine)';
  if (def.id === 'remote-control') return "Remote control (the tool's own channel)";
  return `${def.label} (${def.ports.join(', ')})`;
}

/** An end with its addresses where known: "Clinic LAN (192.168.1.0/24)", "PM-SRV (192.168.1.10)". */
export function endWithAddress(end: string, naming: NamingInput): string {
  const name = naming.nameOf(end);
  if (end === PARENT_ZONE) {
    const ranges = naming.addressPlan.map((r) => r.cidr.trim()).filter(Boolean);
    return ranges.length ? `${name} (${ranges.join(', ')})` : name;
  }
  if (end === INTERNET_ZONE) return name;
  const network = naming.networks.find((n) => n.id === end);
  if (network) return network.data.subnet.trim() ? `${name} (${network.data.subnet.trim()})` : name;
  const asset = naming.assets.find((a) => a.id === end);
  if (asset) {
    if (asset.data.ipAddress.trim()) return `${name} (${asset.data.ipAddress.trim()})`;
    const zone = naming.zoneOf(asset.id);
    const net = naming.networks.find((n) => n.id === zone);
    return net?.data.subnet.trim() ? `${name} (in ${net.data.subnet.trim()})` : name;
  }
  return name;
}

function sourceText(from: string, viaGateway: boolean, naming: NamingInput): string {
  const base = endWithAddress(from, naming);
  if (!viaGateway) return base;
  const g = naming.gateway;
  const gateway = g
    ? `${g.name}${g.address.trim() ? ` (${g.address.trim()})` : ''}`
    : "the parent's remote-access gateway";
  return `${base} via ${gateway}`;
}

/** The change request: every added, changed and removed row of the differences (kept flows need no change). */
export function changeRequestRows(diff: readonly DiffRow[], naming: NamingInput): ChangeRequestRow[] {
  const rows: ChangeRequestRow[] = [];
  for (const d of diff) {
    if (d.kind === 'keep') continue;
    const t = d.target?.data;
    const from = t?.from ?? d.today!.from;
    const to = t?.to ?? d.today!.to;
    const services = t && t.action === 'allow' ? t.services : (d.today?.services ?? t?.services ?? []);
    const owner: Owner = t?.owner ?? 'parent-it';
    const action: ChangeAction = t ? t.action : 'remove';
    const reason = t?.reason.trim() || 'No target flow keeps it: remove the rule.';
    const detail = d.kind === 'change' ? ` (${d.changes.join('; ')})` : '';
    rows.push({
      source: sourceText(from, t?.route === 'gateway', naming),
      destination: endWithAddress(to, naming),
      service: (services.length ? services : [ANY_SERVICE]).map(serviceWithPorts).join('; '),
      action,
      reason: `${reason}${detail}`,
      owner: ownerLabels[owner],
      change: d.kind,
    });
  }
  return rows;
}
