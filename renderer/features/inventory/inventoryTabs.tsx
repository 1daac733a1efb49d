/** The tabs of the inventory: what each lists, how its rows read, and its form. */
import type { ReactNode } from 'react';
import type { EntityData } from '../../../shared/model/entities';
import { OsBadge } from '../../components/OsBadge';
import type { FieldSpec } from './fieldSpec';
import {
  applicationFields, assetFields, assetKindOptions, linkFields, networkFields, networkPurposeOptions, newApplication, newAsset, newLink, newNetwork,
  newVendorAccess, vendorAccessFields,
} from './inventoryKinds';

export type InventoryType = 'asset' | 'network' | 'vendorAccess' | 'link' | 'application';

export interface Lookup {
  networkName(id: string | null): string;
  assessmentDate: string;
}

export interface Column<T> {
  header: string;
  cell(data: T, lookup: Lookup): ReactNode;
}

export interface InventoryTab<E extends InventoryType> {
  type: E;
  id: string;
  label: string;
  singular: string;
  fields: FieldSpec<EntityData<E>>[];
  create(assessmentId: string): EntityData<E>;
  columns: Column<EntityData<E>>[];
  /** The words a search matches. */
  text(data: EntityData<E>, lookup: Lookup): string;
  title(data: EntityData<E>): string;
}

const label = (options: readonly { value: string; label: string }[], value: string) => options.find((o) => o.value === value)?.label ?? value;
const yesNo = (v: boolean | null) => (v === true ? 'Yes' : v === false ? 'No' : '—');
const mbps = (v: number | null) => (v === null ? '—' : `${v}`);

const assets: InventoryTab<'asset'> = {
  type: 'asset', id: 'assets', label: 'Assets', singular: 'asset', fields: assetFields, create: newAsset,
  title: (d) => d.name || [d.vendor, d.model].filter(Boolean).join(' ') || 'Unnamed asset',
  text: (d, l) => [d.name, d.kind, d.deviceType, d.vendor, d.model, d.serial, d.location, d.osVersion, d.osEdition, d.ipAddress, d.macAddress, l.networkName(d.networkId)].join(' '),
  columns: [
    { header: 'Name', cell: (d) => d.name || 'Unnamed asset' },
    { header: 'Kind', cell: (d) => [label(assetKindOptions, d.kind), d.deviceType].filter(Boolean).join(' · ') },
    { header: 'Operating system', cell: (d, l) => <><span>{[d.osVersion, d.osEdition].filter(Boolean).join(' ') || '—'}</span> <OsBadge asset={d} onDate={l.assessmentDate} /></> },
    { header: 'Network', cell: (d, l) => l.networkName(d.networkId) },
    { header: 'IP', cell: (d) => d.ipAddress || '—' },
    { header: 'Patient data', cell: (d) => (d.storesPatientData || d.transmitsPatientData ? 'Yes' : d.storesPatientData === false && d.transmitsPatientData === false ? 'No' : '—') },
  ],
};

const networks: InventoryTab<'network'> = {
  type: 'network', id: 'networks', label: 'Networks', singular: 'network', fields: networkFields, create: newNetwork,
  title: (d) => d.name || d.subnet || 'Unnamed network',
  text: (d) => [d.name, d.purpose, d.subnet, d.vlan ?? ''].join(' '),
  columns: [
    { header: 'Name', cell: (d) => d.name || 'Unnamed network' },
    { header: 'Purpose', cell: (d) => label(networkPurposeOptions, d.purpose) },
    { header: 'VLAN', cell: (d) => d.vlan ?? '—' },
    { header: 'Subnet', cell: (d) => d.subnet || '—' },
    { header: 'Internet', cell: (d) => yesNo(d.internetAccess) },
    { header: 'Firewalled', cell: (d) => yesNo(d.firewalled) },
    { header: 'Reachable from parent', cell: (d) => yesNo(d.reachableFromParent) },
  ],
};

const vendorAccess: InventoryTab<'vendorAccess'> = {
  type: 'vendorAccess', id: 'vendor-access', label: 'Vendor access', singular: 'vendor link', fields: vendorAccessFields, create: newVendorAccess,
  title: (d) => d.vendor || 'Unnamed vendor link',
  text: (d, l) => [d.vendor, d.method, d.tool, d.availability, ...d.reachesNetworkIds.map((id) => l.networkName(id))].join(' '),
  columns: [
    { header: 'Vendor', cell: (d) => d.vendor || 'Unnamed vendor link' },
    { header: 'Method', cell: (d) => [d.method.replace(/-/g, ' '), d.tool].filter(Boolean).join(' · ') },
    { header: 'Availability', cell: (d) => (d.availability === 'always-on' ? <span className="badge badge-high">Always on</span> : 'On demand') },
    { header: 'MFA', cell: (d) => yesNo(d.mfa) },
    { header: 'Reaches', cell: (d, l) => d.reachesNetworkIds.map((id) => l.networkName(id)).join(', ') || '—' },
  ],
};

const links: InventoryTab<'link'> = {
  type: 'link', id: 'links', label: 'Internet links', singular: 'internet link', fields: linkFields, create: newLink,
  title: (d) => d.isp || 'Unnamed link',
  text: (d) => [d.isp, d.type, d.notes].join(' '),
  columns: [
    { header: 'Provider', cell: (d) => d.isp || 'Unnamed link' },
    { header: 'Type', cell: (d) => d.type },
    { header: 'Down / up (Mbit/s)', cell: (d) => `${mbps(d.downMbps)} / ${mbps(d.upMbps)}` },
    { header: 'Latency / jitter (ms)', cell: (d) => `${mbps(d.latencyMs)} / ${mbps(d.jitterMs)}` },
    { header: 'Role', cell: (d) => (d.isBackup ? 'Backup' : 'Primary') },
  ],
};

const applications: InventoryTab<'application'> = {
  type: 'application', id: 'applications', label: 'Applications', singular: 'application', fields: applicationFields, create: newApplication,
  title: (d) => d.name || 'Unnamed application',
  text: (d) => [d.name, d.version, d.category, d.hosting, d.adminAccess].join(' '),
  columns: [
    { header: 'Name', cell: (d) => d.name || 'Unnamed application' },
    { header: 'Version', cell: (d) => d.version || '—' },
    { header: 'Category', cell: (d) => d.category },
    { header: 'Hosting', cell: (d) => d.hosting },
    { header: 'Vendor support', cell: (d) => (d.vendorSupported === false ? <span className="badge badge-high">Unsupported</span> : yesNo(d.vendorSupported)) },
  ],
};

export const inventoryTabs = [assets, networks, vendorAccess, links, applications] as const;
export type AnyInventoryTab = (typeof inventoryTabs)[number];
