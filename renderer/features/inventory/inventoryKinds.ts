/**
 * The five kinds of inventory record: their tab, their form and what a new one holds.
 * The table columns live with the tables (they render badges).
 */
import type { Application } from '../../../shared/model/application';
import { emptyAsset, type Asset } from '../../../shared/model/asset';
import type { Link } from '../../../shared/model/link';
import type { Network } from '../../../shared/model/network';
import type { VendorAccess } from '../../../shared/model/vendorAccess';
import { opts, type FieldSpec } from './fieldSpec';

export const assetKindOptions = opts(['workstation', 'Workstation'], ['server', 'Server'], ['medical-device', 'Medical device'], ['network-device', 'Network device'], ['iot', 'IoT / other']);

export const assetFields: FieldSpec<Asset>[] = [
  { key: 'name', label: 'Name or hostname', kind: 'text', maxLength: 200 },
  { key: 'kind', label: 'Kind', kind: 'select', options: assetKindOptions },
  { key: 'deviceType', label: 'Device type', kind: 'text', hint: 'For medical devices: "Infusion pump", "Ultrasound", "Patient monitor".', maxLength: 100 },
  { key: 'vendor', label: 'Vendor', kind: 'text', maxLength: 200 },
  { key: 'model', label: 'Model', kind: 'text', maxLength: 200 },
  { key: 'serial', label: 'Serial number', kind: 'text', maxLength: 200 },
  { key: 'location', label: 'Location', kind: 'text', maxLength: 200 },
  { key: 'osFamily', label: 'OS family', kind: 'select', options: opts(['windows', 'Windows'], ['linux', 'Linux'], ['macos', 'macOS'], ['embedded', 'Embedded / RTOS'], ['other', 'Other'], ['unknown', 'Not known']) },
  { key: 'osVersion', label: 'OS version as reported', kind: 'text', hint: 'As the machine reports it: "Windows 7 Professional SP1", "Windows 10 Enterprise LTSC 2019".', maxLength: 100 },
  { key: 'osEdition', label: 'OS edition or build', kind: 'text', maxLength: 100 },
  { key: 'firmware', label: 'Firmware', kind: 'text', maxLength: 100 },
  { key: 'ipAddress', label: 'IP address', kind: 'text', maxLength: 100 },
  { key: 'macAddress', label: 'MAC address', kind: 'text', maxLength: 100 },
  { key: 'networkId', label: 'Network', kind: 'network' },
  { key: 'connection', label: 'Connection', kind: 'select', options: opts(['wired', 'Wired'], ['wifi', 'Wi-Fi'], ['bluetooth', 'Bluetooth'], ['rf', 'RF / telemetry'], ['none', 'Not connected'], ['unknown', 'Not known']) },
  { key: 'storesPatientData', label: 'Stores patient data', kind: 'yes-no' },
  { key: 'transmitsPatientData', label: 'Transmits patient data', kind: 'yes-no' },
  { key: 'vendorManaged', label: 'Managed by the vendor', kind: 'yes-no' },
  { key: 'patchable', label: 'Can be patched', kind: 'yes-no' },
  { key: 'patchedBy', label: 'Patched by', kind: 'select', options: opts(['clinic', 'The clinic'], ['vendor', 'The vendor only'], ['nobody', 'Nobody'], ['unknown', 'Not known']) },
  { key: 'regulatoryBlocksUpgrade', label: 'Regulatory clearance blocks OS upgrades', kind: 'yes-no' },
  { key: 'defaultCredentialsChanged', label: 'Default passwords changed', kind: 'yes-no' },
  { key: 'vendorSupportEnds', label: 'Vendor support ends', kind: 'date' },
  { key: 'safeToScan', label: 'Safe to scan actively', kind: 'yes-no', hint: 'No, if the vendor warns that scans can crash it.' },
  { key: 'remoteAccess', label: 'Remote access listening', kind: 'text', hint: 'Services a scan found open for remote control, such as "RDP on 3389/tcp".', maxLength: 500 },
  { key: 'criticality', label: 'Criticality to patient care', kind: 'select', options: opts(['low', 'Low'], ['medium', 'Medium'], ['high', 'High'], ['critical', 'Critical']) },
  { key: 'notes', label: 'Notes', kind: 'textarea', maxLength: 2000 },
];

export const newAsset = emptyAsset;

export const networkPurposeOptions = opts(['clinical', 'Clinical'], ['corporate', 'Corporate / office'], ['guest', 'Guest'], ['vendor', 'Vendor'], ['management', 'Management']);

export const networkFields: FieldSpec<Network>[] = [
  { key: 'name', label: 'Name', kind: 'text', maxLength: 200 },
  { key: 'purpose', label: 'Purpose', kind: 'select', options: networkPurposeOptions },
  { key: 'vlan', label: 'VLAN', kind: 'number', unit: 'id' },
  { key: 'subnet', label: 'Subnet', kind: 'text', hint: 'For example 10.0.20.0/24.', maxLength: 100 },
  { key: 'connectsTo', label: 'Can reach these networks', kind: 'networks' },
  { key: 'internetAccess', label: 'Internet access', kind: 'yes-no' },
  { key: 'firewalled', label: 'Behind a firewall', kind: 'yes-no' },
  { key: 'reachableFromParent', label: 'Reachable from the parent firm\'s corporate network', kind: 'yes-no' },
  { key: 'notes', label: 'Notes', kind: 'textarea', maxLength: 2000 },
];

export function newNetwork(assessmentId: string): Network {
  return { assessmentId, name: '', vlan: null, subnet: '', purpose: 'corporate', connectsTo: [], internetAccess: null, firewalled: null, reachableFromParent: null, notes: '' };
}

export const vendorAccessFields: FieldSpec<VendorAccess>[] = [
  { key: 'vendor', label: 'Vendor', kind: 'text', maxLength: 200 },
  { key: 'method', label: 'Method', kind: 'select', options: opts(['vpn', 'VPN'], ['modem', 'Modem (dial-up or cellular)'], ['remote-control-tool', 'Remote-control tool'], ['cloud', 'Cloud agent']) },
  { key: 'tool', label: 'Tool or product', kind: 'text', hint: 'TeamViewer, AnyDesk, ScreenConnect, the VPN client…', maxLength: 200 },
  { key: 'availability', label: 'Availability', kind: 'select', options: opts(['always-on', 'Always on'], ['on-demand', 'On demand']) },
  { key: 'mfa', label: 'Multi-factor authentication', kind: 'yes-no' },
  { key: 'reachesNetworkIds', label: 'Networks it reaches', kind: 'networks' },
  { key: 'sessionLogging', label: 'Sessions logged', kind: 'yes-no' },
  { key: 'sharedAccount', label: 'Shared or generic account', kind: 'yes-no' },
  { key: 'baaOnFile', label: 'Business associate agreement on file', kind: 'yes-no' },
  { key: 'notes', label: 'Notes', kind: 'textarea', maxLength: 2000 },
];

export function newVendorAccess(assessmentId: string): VendorAccess {
  return { assessmentId, vendor: '', method: 'remote-control-tool', tool: '', availability: 'on-demand', mfa: null, reachesNetworkIds: [], reachesAssetIds: [], farSide: 'unknown', sessionLogging: null, sharedAccount: null, baaOnFile: null, notes: '' };
}

export const linkFields: FieldSpec<Link>[] = [
  { key: 'isp', label: 'Provider (ISP)', kind: 'text', maxLength: 200 },
  { key: 'type', label: 'Type', kind: 'select', options: opts(['fiber', 'Fibre'], ['cable', 'Cable'], ['dsl', 'DSL'], ['cellular', 'Cellular'], ['satellite', 'Satellite'], ['fixed-wireless', 'Fixed wireless'], ['other', 'Other']) },
  { key: 'downMbps', label: 'Measured download', kind: 'number', unit: 'Mbit/s' },
  { key: 'upMbps', label: 'Measured upload', kind: 'number', unit: 'Mbit/s' },
  { key: 'latencyMs', label: 'Latency', kind: 'number', unit: 'ms' },
  { key: 'jitterMs', label: 'Jitter', kind: 'number', unit: 'ms' },
  { key: 'lossPercent', label: 'Packet loss', kind: 'number', unit: '%' },
  { key: 'isBackup', label: 'Backup link', kind: 'checkbox' },
  { key: 'notes', label: 'Notes', kind: 'textarea', maxLength: 2000 },
];

export function newLink(assessmentId: string): Link {
  return { assessmentId, isp: '', type: 'dsl', downMbps: null, upMbps: null, latencyMs: null, jitterMs: null, lossPercent: null, isBackup: false, notes: '' };
}

export const applicationFields: FieldSpec<Application>[] = [
  { key: 'name', label: 'Name', kind: 'text', maxLength: 200 },
  { key: 'version', label: 'Version', kind: 'text', maxLength: 100 },
  { key: 'category', label: 'Category', kind: 'select', options: opts(['emr', 'EMR'], ['practice-management', 'Practice management'], ['pacs', 'PACS'], ['imaging', 'Imaging'], ['billing', 'Billing'], ['other', 'Other']) },
  { key: 'hosting', label: 'Hosting', kind: 'select', options: opts(['on-premises', 'On premises'], ['vendor-cloud', 'Vendor cloud'], ['hybrid', 'Hybrid'], ['unknown', 'Not known']) },
  { key: 'vendorSupported', label: 'Supported by the vendor', kind: 'yes-no' },
  { key: 'storesPatientData', label: 'Stores patient data', kind: 'yes-no' },
  { key: 'adminAccess', label: 'Who holds admin access', kind: 'text', maxLength: 200 },
  { key: 'notes', label: 'Notes', kind: 'textarea', maxLength: 2000 },
];

export function newApplication(assessmentId: string): Application {
  return { assessmentId, name: '', version: '', category: 'emr', hosting: 'unknown', vendorSupported: null, storesPatientData: null, adminAccess: '', notes: '' };
}
