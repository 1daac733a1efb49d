/**
 * The five kinds of inventory record: their tab, their form and what a new one holds.
 * The table columns live with the tables (they render badges).
 */
import {
  applicationCategoryLabels,
  applicationHostingLabels,
  type Application,
} from '../../../shared/model/application';
import {
  assetKindLabels,
  attachmentLabels,
  connectionLabels,
  criticalityLabels,
  emptyAsset,
  esuCoverageLabels,
  osFamilyLabels,
  patchedByLabels,
  physicalExposureLabels,
  type Asset,
} from '../../../shared/model/asset';
import { choices } from '../../../shared/model/labels';
import { linkTypeLabels, type Link } from '../../../shared/model/link';
import { networkPurposeLabels, type Network } from '../../../shared/model/network';
import {
  accessAvailabilityLabels,
  accessMethodChoiceLabels,
  vendorFarSideLabels,
  type VendorAccess,
} from '../../../shared/model/vendorAccess';
import type { FieldSpec, FieldValue } from './fieldSpec';
import { enteredNow } from '../../../shared/model/carriedRecord';
import { assetFieldApplies } from '../../../shared/model/assetFieldKinds';

export const physicalExposureOptions = choices(physicalExposureLabels);
export const esuCoverageOptions = choices(esuCoverageLabels);
export const assetKindOptions = choices(assetKindLabels);

const hasGeneralOs = (value: FieldValue<Asset>) => value('osFamily') === 'windows' || value('osFamily') === 'linux';

/** Every asset field, in the order of the form; `assetFields` asks each only of the kinds it applies to. */
const allAssetFields: FieldSpec<Asset>[] = [
  { group: 'What it is', key: 'name', label: 'Name or hostname', kind: 'text', maxLength: 200 },
  { group: 'What it is', key: 'kind', label: 'Kind', kind: 'select', options: assetKindOptions },
  {
    group: 'What it is',
    key: 'deviceType',
    label: 'Device type',
    kind: 'text',
    hint: 'In the clinic\'s words: "Infusion pump", "Ultrasound", "Patient monitor".',
    maxLength: 100,
  },
  { group: 'What it is', key: 'vendor', label: 'Vendor', kind: 'text', maxLength: 200 },
  { group: 'What it is', key: 'model', label: 'Model', kind: 'text', maxLength: 200 },
  { group: 'What it is', key: 'serial', label: 'Serial number', kind: 'text', maxLength: 200 },
  {
    group: 'What it is',
    key: 'criticality',
    label: 'Criticality to patient care',
    kind: 'select',
    options: choices(criticalityLabels),
  },
  {
    group: 'Location and physical access',
    key: 'location',
    label: 'Location',
    kind: 'text',
    hint: 'Room or area, such as "Exam room 2".',
    maxLength: 200,
  },
  {
    group: 'Location and physical access',
    key: 'physicalExposure',
    label: 'Physical access',
    kind: 'select',
    options: physicalExposureOptions,
    hint: 'Where it is kept and who could walk up to it, or whether patients take it home.',
  },
  {
    group: 'Medical device',
    key: 'clearedOn',
    label: 'FDA clearance date',
    kind: 'date',
    hint: 'From the FDA 510(k) or PMA listing. Devices cleared from 29 March 2023 on must come with an SBOM and a patch plan (section 524B).',
  },
  {
    group: 'Medical device',
    key: 'regulatoryBlocksUpgrade',
    label: 'Upgrade or patch not validated by the maker',
    kind: 'yes-no',
    hint: 'Yes if the maker has not validated or released the OS upgrade or patch it needs. The FDA does not approve security patches; the maker validates and releases them.',
  },
  {
    group: 'Medical device',
    key: 'agentsAllowed',
    label: 'The maker allows third-party agents (EDR, log forwarders) on this device',
    kind: 'yes-no',
    hint: "No if the maker's documentation or support says no software may be installed on it (the warranty or clearance depends on it). Ask the maker for its list of validated agents.",
  },
  {
    group: 'Operating system and updates',
    key: 'osFamily',
    label: 'OS family',
    kind: 'select',
    options: choices(osFamilyLabels),
  },
  {
    group: 'Operating system and updates',
    key: 'osVersion',
    label: 'OS version as reported',
    kind: 'text',
    hint: 'As the machine reports it: "Windows 7 Professional SP1", "Windows 10 Enterprise LTSC 2019".',
    maxLength: 100,
  },
  {
    group: 'Operating system and updates',
    key: 'osEdition',
    label: 'OS edition or build',
    kind: 'text',
    maxLength: 100,
  },
  { group: 'Operating system and updates', key: 'firmware', label: 'Firmware', kind: 'text', maxLength: 100 },
  {
    group: 'Operating system and updates',
    key: 'lastSecurityUpdate',
    label: 'Newest security update installed on',
    kind: 'date',
    hint: 'The date of the newest security update the machine shows (Windows: Settings › Windows Update › Update history).',
  },
  {
    group: 'Operating system and updates',
    key: 'lastUpdateBuild',
    label: 'Build or patch level after it',
    kind: 'text',
    hint: 'Such as "19045.6456" or "KB5066791".',
    maxLength: 100,
  },
  {
    group: 'Operating system and updates',
    key: 'esuCoverage',
    label: 'Paid extended security updates',
    kind: 'select',
    when: hasGeneralOs,
    options: esuCoverageOptions,
    blank: 'unknown',
    hint: "Microsoft ESU, Ubuntu Pro or RHEL extended life: updates paid for after the OS's end of support.",
  },
  {
    group: 'Operating system and updates',
    key: 'esuUntil',
    label: 'Extended updates paid until',
    kind: 'date',
    when: (value) => hasGeneralOs(value) && value('esuCoverage') === 'enrolled',
  },
  { group: 'Operating system and updates', key: 'patchable', label: 'Can be patched', kind: 'yes-no' },
  {
    group: 'Operating system and updates',
    key: 'patchedBy',
    label: 'Patched by',
    kind: 'select',
    options: choices(patchedByLabels),
  },
  { group: 'Operating system and updates', key: 'vendorSupportEnds', label: 'Vendor support ends', kind: 'date' },
  { group: 'Network and connections', key: 'ipAddress', label: 'IP address', kind: 'text', maxLength: 100 },
  { group: 'Network and connections', key: 'macAddress', label: 'MAC address', kind: 'text', maxLength: 100 },
  { group: 'Network and connections', key: 'networkId', label: 'Network', kind: 'network' },
  {
    group: 'Network and connections',
    key: 'connection',
    label: 'Connection',
    kind: 'select',
    options: choices(connectionLabels),
  },
  {
    group: 'Network and connections',
    key: 'attachedToAssetId',
    label: 'Plugged into',
    kind: 'asset',
    none: 'Nothing (or not known)',
    hint: 'The computer this device is plugged into, such as a spirometer on a PC by USB.',
  },
  {
    group: 'Network and connections',
    key: 'attachedVia',
    label: 'Plugged in by',
    kind: 'select',
    when: (value) => Boolean(value('attachedToAssetId')),
    options: choices(attachmentLabels),
    blank: 'usb',
  },
  {
    group: 'Network and connections',
    key: 'remoteAccess',
    label: 'Remote access listening',
    kind: 'text',
    hint: 'Services a scan found open for remote control, such as "RDP on 3389/tcp".',
    maxLength: 500,
  },
  {
    group: 'Network and connections',
    key: 'safeToScan',
    label: 'Safe to scan actively',
    kind: 'yes-no',
    hint: 'No, if the vendor warns that scans can crash it.',
  },
  { group: 'Network and connections', key: 'vendorManaged', label: 'Managed by the vendor', kind: 'yes-no' },
  {
    group: 'Network and connections',
    key: 'hostsApplicationIds',
    label: 'Applications it hosts',
    kind: 'applications',
    hint: 'The applications others use on this machine, such as the EMR on a server.',
  },
  { group: 'Data, passwords and notes', key: 'storesPatientData', label: 'Stores patient data', kind: 'yes-no' },
  { group: 'Data, passwords and notes', key: 'transmitsPatientData', label: 'Transmits patient data', kind: 'yes-no' },
  {
    group: 'Data, passwords and notes',
    key: 'defaultCredentialsChanged',
    label: 'Default passwords changed',
    kind: 'yes-no',
  },
  { group: 'Data, passwords and notes', key: 'notes', label: 'Notes', kind: 'textarea', maxLength: 2000 },
];

/** The asset form: each field asked only of the kinds of asset it applies to (assetFieldKinds.ts). */
export const assetFields: FieldSpec<Asset>[] = allAssetFields.map((spec) => {
  const own = spec.when;
  return {
    ...spec,
    when: (value: FieldValue<Asset>) => assetFieldApplies(spec.key, value('kind')) && (own ? own(value) : true),
  };
});

export const newAsset = emptyAsset;

export const networkPurposeOptions = choices(networkPurposeLabels);

export const networkFields: FieldSpec<Network>[] = [
  { key: 'name', label: 'Name', kind: 'text', maxLength: 200 },
  { key: 'purpose', label: 'Purpose', kind: 'select', options: networkPurposeOptions },
  { key: 'vlan', label: 'VLAN', kind: 'number', unit: 'id' },
  { key: 'subnet', label: 'Subnet', kind: 'text', hint: 'For example 10.0.20.0/24.', maxLength: 100 },
  { key: 'internetAccess', label: 'Internet access', kind: 'yes-no' },
  { key: 'firewalled', label: 'Behind a firewall', kind: 'yes-no' },
  { key: 'notes', label: 'Notes', kind: 'textarea', maxLength: 2000 },
];

export function newNetwork(assessmentId: string): Network {
  // connectsTo and reachableFromParent are from before flows: kept empty, flows say what reaches what.
  return {
    assessmentId,
    ...enteredNow,
    name: '',
    vlan: null,
    subnet: '',
    purpose: 'corporate',
    connectsTo: [],
    internetAccess: null,
    firewalled: null,
    reachableFromParent: null,
    notes: '',
  };
}

export const availabilityOptions = choices(accessAvailabilityLabels);
export const farSideOptions = choices(vendorFarSideLabels);

export const vendorAccessFields: FieldSpec<VendorAccess>[] = [
  { group: 'The link', key: 'vendor', label: 'Vendor', kind: 'text', maxLength: 200 },
  {
    group: 'The link',
    key: 'method',
    label: 'Method',
    kind: 'select',
    options: choices(accessMethodChoiceLabels),
  },
  {
    group: 'The link',
    key: 'tool',
    label: 'Tool or product',
    kind: 'text',
    hint: 'TeamViewer, AnyDesk, ScreenConnect, the VPN client…',
    maxLength: 200,
  },
  {
    group: 'The link',
    key: 'availability',
    label: 'Availability',
    kind: 'select',
    options: availabilityOptions,
    hint: 'On demand: the clinic turns it on, or lets the session in, each time.',
  },
  {
    group: 'The link',
    key: 'farSide',
    label: 'Where the far end connects',
    kind: 'select',
    options: farSideOptions,
    hint: "Where the vendor's end comes out: a remote-control tool usually in the vendor's cloud, a site-to-site VPN in the vendor's network.",
  },
  { group: 'Safeguards and notes', key: 'mfa', label: 'Multi-factor authentication', kind: 'yes-no' },
  { group: 'What it reaches', key: 'reachesNetworkIds', label: 'Networks it reaches', kind: 'networks' },
  {
    group: 'What it reaches',
    key: 'reachesAssetIds',
    label: 'Devices it lands on',
    kind: 'assets',
    hint: 'The machines the link ends on directly, such as the PC a remote-control tool is installed on.',
  },
  { group: 'Safeguards and notes', key: 'sessionLogging', label: 'Sessions logged', kind: 'yes-no' },
  { group: 'Safeguards and notes', key: 'sharedAccount', label: 'Shared or generic account', kind: 'yes-no' },
  { group: 'Safeguards and notes', key: 'baaOnFile', label: 'Business associate agreement on file', kind: 'yes-no' },
  { group: 'Safeguards and notes', key: 'notes', label: 'Notes', kind: 'textarea', maxLength: 2000 },
];

export function newVendorAccess(assessmentId: string): VendorAccess {
  return {
    assessmentId,
    ...enteredNow,
    vendor: '',
    method: 'remote-control-tool',
    tool: '',
    availability: 'unknown',
    mfa: null,
    reachesNetworkIds: [],
    reachesAssetIds: [],
    farSide: 'unknown',
    sessionLogging: null,
    sharedAccount: null,
    baaOnFile: null,
    notes: '',
  };
}

export const linkFields: FieldSpec<Link>[] = [
  { group: 'The link', key: 'isp', label: 'Provider (ISP)', kind: 'text', maxLength: 200 },
  {
    group: 'The link',
    key: 'type',
    label: 'Type',
    kind: 'select',
    options: choices(linkTypeLabels),
  },
  { group: 'Measurements and notes', key: 'downMbps', label: 'Measured download', kind: 'number', unit: 'Mbit/s' },
  { group: 'Measurements and notes', key: 'upMbps', label: 'Measured upload', kind: 'number', unit: 'Mbit/s' },
  { group: 'Measurements and notes', key: 'latencyMs', label: 'Latency', kind: 'number', unit: 'ms' },
  { group: 'Measurements and notes', key: 'jitterMs', label: 'Jitter', kind: 'number', unit: 'ms' },
  { group: 'Measurements and notes', key: 'lossPercent', label: 'Packet loss', kind: 'number', unit: '%' },
  { group: 'The link', key: 'isBackup', label: 'Backup link', kind: 'checkbox' },
  { group: 'Measurements and notes', key: 'notes', label: 'Notes', kind: 'textarea', maxLength: 2000 },
];

export function newLink(assessmentId: string): Link {
  return {
    assessmentId,
    ...enteredNow,
    isp: '',
    type: 'dsl',
    downMbps: null,
    upMbps: null,
    latencyMs: null,
    jitterMs: null,
    lossPercent: null,
    isBackup: false,
    notes: '',
  };
}

export const applicationFields: FieldSpec<Application>[] = [
  { key: 'name', label: 'Name', kind: 'text', maxLength: 200 },
  { key: 'version', label: 'Version', kind: 'text', maxLength: 100 },
  {
    key: 'category',
    label: 'Category',
    kind: 'select',
    options: choices(applicationCategoryLabels),
  },
  {
    key: 'hosting',
    label: 'Hosting',
    kind: 'select',
    options: choices(applicationHostingLabels),
  },
  { key: 'vendorSupported', label: 'Supported by the vendor', kind: 'yes-no' },
  { key: 'storesPatientData', label: 'Stores patient data', kind: 'yes-no' },
  { key: 'adminAccess', label: 'Who holds admin access', kind: 'text', maxLength: 200 },
  { key: 'notes', label: 'Notes', kind: 'textarea', maxLength: 2000 },
];

export function newApplication(assessmentId: string): Application {
  return {
    assessmentId,
    ...enteredNow,
    name: '',
    version: '',
    category: 'emr',
    hosting: 'unknown',
    vendorSupported: null,
    storesPatientData: null,
    adminAccess: '',
    notes: '',
  };
}
