/**
 * How each kind of inventory record is recognised on a later visit (see matchRecords).
 * Text is compared trimmed, in lower case, with runs of spaces as one; a MAC address
 * by its twelve hex digits whatever the separators; a hostname by its first label, so
 * "frontdesk-01.clinic.local" from a scanner is the "FRONTDESK-01" typed last time.
 */
import type { Application } from '../model/application';
import type { Asset } from '../model/asset';
import type { Link } from '../model/link';
import type { Network } from '../model/network';
import type { VendorAccess } from '../model/vendorAccess';
import type { IdentityKey } from './matchRecords';

export function normalised(text: string): string | undefined {
  return text.trim().toLowerCase().replace(/\s+/g, ' ') || undefined;
}

export function macKey(text: string): string | undefined {
  const hex = text.toLowerCase().replace(/[^0-9a-f]/g, '');
  return hex.length === 12 ? hex : normalised(text);
}

export function hostKey(text: string): string | undefined {
  const name = normalised(text);
  if (name && /^[a-z0-9-]*[a-z-][a-z0-9-]*(\.[a-z0-9-]+)+$/.test(name)) return name.slice(0, name.indexOf('.'));
  return name;
}

const both = (a: string | undefined, b: string | undefined) => (a && b ? `${a}|${b}` : undefined);

/** Serial number, else MAC address (both decisive), else hostname of the same kind. */
export const assetKeys: IdentityKey<Asset>[] = [
  { label: 'serial number', of: (a) => normalised(a.serial), decisive: true },
  { label: 'MAC address', of: (a) => macKey(a.macAddress), decisive: true },
  { label: 'name and kind', of: (a) => both(a.kind, hostKey(a.name)) },
];

/** Name, else VLAN and subnet (a network renamed between visits). */
export const networkKeys: IdentityKey<Network>[] = [
  { label: 'name', of: (n) => normalised(n.name) },
  { label: 'VLAN and subnet', of: (n) => both(String(n.vlan ?? '-'), normalised(n.subnet)) },
];

/** Vendor and method, else vendor (the access method changed). */
export const vendorLinkKeys: IdentityKey<VendorAccess>[] = [
  { label: 'vendor and method', of: (v) => both(normalised(v.vendor), v.method) },
  { label: 'vendor', of: (v) => normalised(v.vendor) },
];

/** Provider and whether it is the backup, else provider. */
export const linkKeys: IdentityKey<Link>[] = [
  { label: 'provider and role', of: (l) => both(normalised(l.isp), l.isBackup ? 'backup' : 'main') },
  { label: 'provider', of: (l) => normalised(l.isp) },
];

export const applicationKeys: IdentityKey<Application>[] = [{ label: 'name', of: (a) => normalised(a.name) }];
