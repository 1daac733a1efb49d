/** The tabs of the inventory: what each lists, how its rows read, and its form. */
import {
  flowEvidenceLabels,
  flowMethodShort,
  flowStatusLabels,
  isApproved,
  type Flow,
} from '../../../shared/model/flow';
import { observedWords } from '../../../shared/model/observedFlow';
import { servicesText } from '../../../shared/topology/pathText';
import { OsBadge } from '../../components/OsBadge';
import type { InventoryTab, Lookup } from './inventoryTab';
import type { EntityData } from '../../../shared/model/entities';
import { flowFields, flowKnownByOptions, flowMethodOptions, flowUnfinished, newFlow } from './flowFields';
import {
  applicationFields,
  assetFields,
  assetKindOptions,
  availabilityOptions,
  farSideOptions,
  linkFields,
  networkFields,
  networkPurposeOptions,
  newApplication,
  newAsset,
  newLink,
  newNetwork,
  newVendorAccess,
  vendorAccessFields,
} from './inventoryKinds';
import { assetName, networkName } from './recordChoices';
import { applicationCategoryLabels, applicationHostingLabels } from '../../../shared/model/application';
import { assetKindLabels } from '../../../shared/model/asset';
import { linkTypeLabels } from '../../../shared/model/link';
import { networkPurposeLabels } from '../../../shared/model/network';
import { accessMethodLabels } from '../../../shared/model/vendorAccess';
import { adminAccessTab } from './adminAccessTab';
import { ephiStoreTab } from './ephiStoreTab';
import { assetBulk, assetCopy, assetSticky } from './assetEntry';

export type { Column, InventoryTab, InventoryType, Lookup } from './inventoryTab';

const label = (options: readonly { value: string; label: string }[], value: string) =>
  options.find((o) => o.value === value)?.label ?? value;
const yesNo = (v: boolean | null) => (v === true ? 'Yes' : v === false ? 'No' : '—');
const mbps = (v: number | null) => (v === null ? '—' : `${v}`);

const assets: InventoryTab<'asset'> = {
  type: 'asset',
  id: 'assets',
  label: 'Assets',
  singular: 'asset',
  fields: assetFields,
  create: newAsset,
  title: assetName,
  missing: (d) => (d.name.trim() ? undefined : 'Type a name or hostname for the asset.'),
  copy: assetCopy,
  sticky: assetSticky,
  bulk: assetBulk,
  text: (d, l) =>
    [
      d.name,
      assetKindLabels[d.kind],
      d.deviceType,
      d.vendor,
      d.model,
      d.serial,
      d.location,
      d.osVersion,
      d.osEdition,
      d.ipAddress,
      d.macAddress,
      l.networkName(d.networkId),
    ].join(' '),
  columns: [
    { header: 'Name', cell: (d) => d.name || 'Unnamed asset' },
    // The Kind filter above the table still sorts devices by kind in a narrow window.
    {
      header: 'Kind',
      cell: (d) => [label(assetKindOptions, d.kind), d.deviceType].filter(Boolean).join(' · '),
      dropWhenNarrow: true,
    },
    {
      header: 'Operating system',
      width: '11rem',
      // The release over its support status, each on its own line: a narrow column cuts the name, never the status.
      cell: (d, l) => {
        const os = [d.osVersion, d.osEdition].filter(Boolean).join(' ');
        return (
          <>
            <span className="cell-line" title={os || undefined}>
              {os || '—'}
            </span>
            <OsBadge asset={d} onDate={l.assessmentDate} compact />
          </>
        );
      },
      stacked: true,
      sort: (d) => [d.osVersion, d.osEdition].filter(Boolean).join(' '),
    },
    { header: 'Network', cell: (d, l) => l.networkName(d.networkId) },
    // Wide enough for the longest IPv4 address, "255.255.255.255".
    { header: 'IP', cell: (d) => d.ipAddress || '—', nowrap: true, width: '8.5rem' },
    {
      header: 'Patient data',
      width: '5rem',
      dropWhenNarrow: true,
      cell: (d) =>
        d.storesPatientData || d.transmitsPatientData
          ? 'Yes'
          : d.storesPatientData === false && d.transmitsPatientData === false
            ? 'No'
            : '—',
    },
  ],
};

const networks: InventoryTab<'network'> = {
  type: 'network',
  id: 'networks',
  label: 'Networks',
  singular: 'network',
  fields: networkFields,
  create: newNetwork,
  title: networkName,
  missing: (d) => (d.name.trim() ? undefined : 'Type a name for the network.'),
  copy: { name: 'name', clear: { subnet: '', vlan: null }, cleared: 'subnet and VLAN' },
  sticky: ['purpose', 'internetAccess', 'firewalled'],
  bulk: ['purpose', 'internetAccess', 'firewalled'],
  text: (d) => [d.name, networkPurposeLabels[d.purpose], d.subnet, d.vlan ?? ''].join(' '),
  columns: [
    { header: 'Name', cell: (d) => d.name || 'Unnamed network' },
    { header: 'Purpose', cell: (d) => label(networkPurposeOptions, d.purpose) },
    { header: 'VLAN', cell: (d) => d.vlan ?? '—' },
    { header: 'Subnet', cell: (d) => d.subnet || '—' },
    { header: 'Internet', cell: (d) => yesNo(d.internetAccess) },
    { header: 'Firewalled', cell: (d) => yesNo(d.firewalled) },
  ],
};

const vendorAccess: InventoryTab<'vendorAccess'> = {
  type: 'vendorAccess',
  id: 'vendor-access',
  label: 'Vendor access',
  singular: 'vendor link',
  fields: vendorAccessFields,
  create: newVendorAccess,
  title: (d) => d.vendor || 'Unnamed vendor link',
  missing: (d) => (d.vendor.trim() ? undefined : "Type the vendor's name."),
  copy: { name: 'vendor', clear: {} },
  sticky: ['method', 'availability', 'farSide'],
  bulk: ['method', 'availability', 'farSide', 'mfa', 'sessionLogging', 'sharedAccount', 'baaOnFile'],
  text: (d, l) =>
    [
      d.vendor,
      accessMethodLabels[d.method],
      d.tool,
      label(availabilityOptions, d.availability),
      label(farSideOptions, d.farSide),
      ...[...d.reachesNetworkIds, ...d.reachesAssetIds].map((id) => l.nameOf(id)),
    ].join(' '),
  columns: [
    { header: 'Vendor', cell: (d) => d.vendor || 'Unnamed vendor link' },
    { header: 'Method', cell: (d) => [accessMethodLabels[d.method], d.tool].filter(Boolean).join(' · ') },
    {
      header: 'Availability',
      cell: (d) =>
        d.availability === 'always-on' ? (
          <span className="badge badge-high">Always on</span>
        ) : (
          label(availabilityOptions, d.availability)
        ),
      sort: (d) => label(availabilityOptions, d.availability),
    },
    { header: 'MFA', cell: (d) => yesNo(d.mfa) },
    { header: 'Far end', cell: (d) => (d.farSide === 'unknown' ? '—' : label(farSideOptions, d.farSide)) },
    {
      header: 'Reaches',
      cell: (d, l) => [...d.reachesNetworkIds, ...d.reachesAssetIds].map((id) => l.nameOf(id)).join(', ') || '—',
    },
  ],
};

const flowTitle = (d: EntityData<'flow'>, l: Lookup) =>
  `${l.nameOf(d.from)} → ${flowUnfinished(d) ? 'not chosen yet' : l.nameOf(d.to)}`;

/** "Stated", or with traffic seen: "Observed: 1,204 connections, 3–5 Nov". */
const knownByText = (d: Flow) => {
  const seen = observedWords(d);
  if (!seen) return flowEvidenceLabels[d.knownBy];
  return d.knownBy === 'observed' ? seen : `${flowEvidenceLabels[d.knownBy]}; ${seen.replace('Observed', 'observed')}`;
};

export const flowsTab: InventoryTab<'flow'> = {
  type: 'flow',
  id: 'flows',
  label: 'Flows',
  singular: 'flow',
  fields: flowFields,
  create: (assessmentId) => newFlow(assessmentId),
  title: flowTitle,
  text: (d, l) =>
    [
      flowTitle(d, l),
      servicesText(d.services),
      ...d.services,
      label(flowMethodOptions, d.method),
      label(flowKnownByOptions, d.knownBy),
      observedWords(d),
      d.approvedBy,
      d.notes,
    ].join(' '),
  warning: (value) =>
    value('from') === value('to')
      ? 'Choose where the flow goes: while it starts and ends at the same place it allows nothing.'
      : undefined,
  columns: [
    { header: 'From', cell: (d, l) => l.nameOf(d.from) },
    {
      header: 'To',
      cell: (d, l) => (flowUnfinished(d) ? <span className="muted">Not chosen yet</span> : l.nameOf(d.to)),
      sort: (d, l) => (flowUnfinished(d) ? '' : l.nameOf(d.to)),
    },
    { header: 'Services', cell: (d) => servicesText(d.services) },
    { header: 'How', cell: (d) => flowMethodShort[d.method], nowrap: true },
    {
      header: 'Known by',
      cell: knownByText,
      sort: (d) => flowEvidenceLabels[d.knownBy],
      // Searchable and in the form; the route and its status matter more in a narrow window.
      dropWhenNarrow: true,
    },
    {
      header: 'Status',
      cell: (d) =>
        d.status === 'planned' ? (
          <span className="badge badge-muted">{flowStatusLabels.planned}</span>
        ) : (
          flowStatusLabels[d.status]
        ),
      sort: (d) => flowStatusLabels[d.status],
      nowrap: true,
      // Room for the "Planned" badge.
      width: '6.5rem',
    },
    {
      header: 'Approved',
      cell: (d) => (isApproved(d) ? `Yes, by ${d.approvedBy}` : d.approvedBy.trim() ? 'Reason missing' : 'No'),
    },
  ],
};

const links: InventoryTab<'link'> = {
  type: 'link',
  id: 'links',
  label: 'Internet links',
  singular: 'internet link',
  fields: linkFields,
  create: newLink,
  title: (d) => d.isp || 'Unnamed link',
  missing: (d) => (d.isp.trim() ? undefined : "Type the provider's name."),
  sticky: ['type'],
  bulk: ['type', 'isBackup'],
  text: (d) => [d.isp, linkTypeLabels[d.type], d.notes].join(' '),
  columns: [
    { header: 'Provider', cell: (d) => d.isp || 'Unnamed link' },
    { header: 'Type', cell: (d) => linkTypeLabels[d.type] },
    { header: 'Down / up (Mbit/s)', cell: (d) => `${mbps(d.downMbps)} / ${mbps(d.upMbps)}` },
    { header: 'Latency / jitter (ms)', cell: (d) => `${mbps(d.latencyMs)} / ${mbps(d.jitterMs)}` },
    { header: 'Role', cell: (d) => (d.isBackup ? 'Backup' : 'Primary') },
  ],
};

const applications: InventoryTab<'application'> = {
  type: 'application',
  id: 'applications',
  label: 'Applications',
  singular: 'application',
  fields: applicationFields,
  create: newApplication,
  title: (d) => d.name || 'Unnamed application',
  missing: (d) => (d.name.trim() ? undefined : 'Type a name for the application.'),
  copy: { name: 'name', clear: {} },
  sticky: ['category', 'hosting'],
  bulk: ['category', 'hosting', 'vendorSupported', 'storesPatientData'],
  text: (d) =>
    [d.name, d.version, applicationCategoryLabels[d.category], applicationHostingLabels[d.hosting], d.adminAccess].join(
      ' ',
    ),
  columns: [
    { header: 'Name', cell: (d) => d.name || 'Unnamed application' },
    { header: 'Version', cell: (d) => d.version || '—' },
    { header: 'Category', cell: (d) => applicationCategoryLabels[d.category] },
    { header: 'Hosting', cell: (d) => applicationHostingLabels[d.hosting] },
    {
      header: 'Vendor support',
      cell: (d) =>
        d.vendorSupported === false ? <span className="badge badge-high">Unsupported</span> : yesNo(d.vendorSupported),
      sort: (d) => (d.vendorSupported === false ? 'Unsupported' : yesNo(d.vendorSupported)),
    },
  ],
};

export const inventoryTabs = [
  assets,
  networks,
  vendorAccess,
  flowsTab,
  links,
  applications,
  adminAccessTab,
  ephiStoreTab,
] as const;
export type AnyInventoryTab = (typeof inventoryTabs)[number];
