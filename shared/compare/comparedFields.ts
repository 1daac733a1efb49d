/**
 * The fields a comparison reports, in the order the inventory shows them, with short
 * labels. Notes are left out: they are retyped on every visit and say nothing a
 * field change does not.
 */
import type { Application } from '../model/application';
import type { Asset } from '../model/asset';
import type { Link } from '../model/link';
import type { Network } from '../model/network';
import type { VendorAccess } from '../model/vendorAccess';
import type { FieldSpecs } from './fieldChanges';

export const assetFields: FieldSpecs<Asset> = {
  name: ['Name', 'text'], kind: ['Kind', 'choice'], deviceType: ['Device type', 'text'], vendor: ['Vendor', 'text'], model: ['Model', 'text'],
  serial: ['Serial number', 'text'], location: ['Location', 'text'], osFamily: ['OS family', 'choice'], osVersion: ['OS version', 'text'],
  osEdition: ['OS edition or build', 'text'], firmware: ['Firmware', 'text'], ipAddress: ['IP address', 'text'], macAddress: ['MAC address', 'text'],
  networkId: ['Network', 'network'], connection: ['Connection', 'choice'], storesPatientData: ['Stores patient data', 'yes-no'],
  transmitsPatientData: ['Transmits patient data', 'yes-no'], vendorManaged: ['Managed by the vendor', 'yes-no'], patchable: ['Can be patched', 'yes-no'],
  patchedBy: ['Patched by', 'choice'], regulatoryBlocksUpgrade: ['Regulatory clearance blocks OS upgrades', 'yes-no'],
  defaultCredentialsChanged: ['Default passwords changed', 'yes-no'], vendorSupportEnds: ['Vendor support ends', 'text'], safeToScan: ['Safe to scan actively', 'yes-no'],
  criticality: ['Criticality', 'choice'],
};

export const networkFields: FieldSpecs<Network> = {
  name: ['Name', 'text'], purpose: ['Purpose', 'choice'], vlan: ['VLAN', 'number'], subnet: ['Subnet', 'text'], connectsTo: ['Can reach', 'networks'],
  internetAccess: ['Internet access', 'yes-no'], firewalled: ['Behind a firewall', 'yes-no'], reachableFromParent: ['Reachable from the parent firm', 'yes-no'],
};

export const vendorLinkFields: FieldSpecs<VendorAccess> = {
  vendor: ['Vendor', 'text'], method: ['Method', 'choice'], tool: ['Tool or product', 'text'], availability: ['Availability', 'choice'], mfa: ['Multi-factor authentication', 'yes-no'],
  reachesNetworkIds: ['Networks it reaches', 'networks'], sessionLogging: ['Sessions logged', 'yes-no'], sharedAccount: ['Shared or generic account', 'yes-no'],
  baaOnFile: ['Business associate agreement on file', 'yes-no'],
};

export const linkFields: FieldSpecs<Link> = {
  isp: ['Provider', 'text'], type: ['Type', 'choice'], downMbps: ['Download (Mbit/s)', 'number'], upMbps: ['Upload (Mbit/s)', 'number'], latencyMs: ['Latency (ms)', 'number'],
  jitterMs: ['Jitter (ms)', 'number'], lossPercent: ['Packet loss (%)', 'number'], isBackup: ['Backup link', 'flag'],
};

export const applicationFields: FieldSpecs<Application> = {
  name: ['Name', 'text'], version: ['Version', 'text'], category: ['Category', 'choice'], hosting: ['Hosting', 'choice'], vendorSupported: ['Supported by the vendor', 'yes-no'],
  storesPatientData: ['Stores patient data', 'yes-no'], adminAccess: ['Who holds admin access', 'text'],
};
