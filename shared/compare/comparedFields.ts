/**
 * The fields a comparison reports, in the order the inventory shows them, with short
 * labels. Notes are left out: they are retyped on every visit and say nothing a
 * field change does not. A network's older `connectsTo` and `reachableFromParent` are
 * compared as the flows they stand for (see flowChanges.ts), not as fields.
 */
import { applicationCategoryLabels, applicationHostingLabels, type Application } from '../model/application';
import {
  assetKindLabels,
  connectionLabels,
  criticalityLabels,
  esuCoverageLabels,
  osFamilyLabels,
  patchedByLabels,
  physicalExposureLabels,
  type Asset,
} from '../model/asset';
import { flowEvidenceLabels, flowMethodLabels, flowStatusLabels, type Flow } from '../model/flow';
import { linkTypeLabels, type Link } from '../model/link';
import { networkPurposeLabels, type Network } from '../model/network';
import {
  accessAvailabilityLabels,
  accessMethodLabels,
  vendorFarSideLabels,
  type VendorAccess,
} from '../model/vendorAccess';
import type { FieldSpecs } from './fieldChanges';

export const assetFields: FieldSpecs<Asset> = {
  name: ['Name', 'text'],
  kind: ['Kind', 'choice', assetKindLabels],
  deviceType: ['Device type', 'text'],
  vendor: ['Vendor', 'text'],
  model: ['Model', 'text'],
  serial: ['Serial number', 'text'],
  location: ['Location', 'text'],
  osFamily: ['OS family', 'choice', osFamilyLabels],
  osVersion: ['OS version', 'text'],
  osEdition: ['OS edition or build', 'text'],
  firmware: ['Firmware', 'text'],
  ipAddress: ['IP address', 'text'],
  macAddress: ['MAC address', 'text'],
  networkId: ['Network', 'network'],
  connection: ['Connection', 'choice', connectionLabels],
  storesPatientData: ['Stores patient data', 'yes-no'],
  transmitsPatientData: ['Transmits patient data', 'yes-no'],
  vendorManaged: ['Managed by the vendor', 'yes-no'],
  patchable: ['Can be patched', 'yes-no'],
  patchedBy: ['Patched by', 'choice', patchedByLabels],
  regulatoryBlocksUpgrade: ['Regulatory clearance blocks OS upgrades', 'yes-no'],
  defaultCredentialsChanged: ['Default passwords changed', 'yes-no'],
  vendorSupportEnds: ['Vendor support ends', 'text'],
  safeToScan: ['Safe to scan actively', 'yes-no'],
  esuCoverage: ['Paid extended security updates', 'choice', esuCoverageLabels],
  esuUntil: ['Extended updates paid until', 'text'],
  lastSecurityUpdate: ['Last security update', 'text'],
  physicalExposure: ['Where it is kept', 'choice', physicalExposureLabels],
  criticality: ['Criticality', 'choice', criticalityLabels],
};

export const networkFields: FieldSpecs<Network> = {
  name: ['Name', 'text'],
  purpose: ['Purpose', 'choice', networkPurposeLabels],
  vlan: ['VLAN', 'number'],
  subnet: ['Subnet', 'text'],
  internetAccess: ['Internet access', 'yes-no'],
  firewalled: ['Behind a firewall', 'yes-no'],
};

export const vendorLinkFields: FieldSpecs<VendorAccess> = {
  vendor: ['Vendor', 'text'],
  method: ['Method', 'choice', accessMethodLabels],
  tool: ['Tool or product', 'text'],
  availability: ['Availability', 'choice', accessAvailabilityLabels],
  mfa: ['Multi-factor authentication', 'yes-no'],
  reachesNetworkIds: ['Networks it reaches', 'networks'],
  reachesAssetIds: ['Devices it lands on', 'records'],
  farSide: ['Where the far end connects', 'choice', vendorFarSideLabels],
  sessionLogging: ['Sessions logged', 'yes-no'],
  sharedAccount: ['Shared or generic account', 'yes-no'],
  baaOnFile: ['Business associate agreement on file', 'yes-no'],
};

/** A flow's ends are what it is (see flowChanges.ts); these are what can change about it. */
export const flowFields: FieldSpecs<Flow> = {
  services: ['Services', 'services'],
  method: ['How it gets through', 'choice', flowMethodLabels],
  knownBy: ['How it is known', 'choice', flowEvidenceLabels],
  status: ['Status', 'choice', flowStatusLabels],
  encrypted: ['Encrypted in transit', 'yes-no'],
  approvedBy: ['Approved by', 'text'],
  approvalReason: ['Reason for approval', 'text'],
};

export const linkFields: FieldSpecs<Link> = {
  isp: ['Provider', 'text'],
  type: ['Type', 'choice', linkTypeLabels],
  downMbps: ['Download (Mbit/s)', 'number'],
  upMbps: ['Upload (Mbit/s)', 'number'],
  latencyMs: ['Latency (ms)', 'number'],
  jitterMs: ['Jitter (ms)', 'number'],
  lossPercent: ['Packet loss (%)', 'number'],
  isBackup: ['Backup link', 'flag'],
};

export const applicationFields: FieldSpecs<Application> = {
  name: ['Name', 'text'],
  version: ['Version', 'text'],
  category: ['Category', 'choice', applicationCategoryLabels],
  hosting: ['Hosting', 'choice', applicationHostingLabels],
  vendorSupported: ['Supported by the vendor', 'yes-no'],
  storesPatientData: ['Stores patient data', 'yes-no'],
  adminAccess: ['Who holds admin access', 'text'],
};
