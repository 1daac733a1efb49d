import { z } from 'zod';
import { isoDate, recordId, text, yesNoUnknown } from './fields';

export const assetKind = z.enum(['workstation', 'server', 'medical-device', 'network-device', 'iot']);
export const osFamily = z.enum(['windows', 'linux', 'macos', 'embedded', 'other', 'unknown']);
export const criticality = z.enum(['low', 'medium', 'high', 'critical']);
export const connection = z.enum(['wired', 'wifi', 'bluetooth', 'rf', 'none', 'unknown']);
export const patchedBy = z.enum(['clinic', 'vendor', 'nobody', 'unknown']);
/** Where the device is kept, and whether patients take it home. */
export const physicalExposure = z.enum(['public-area', 'unlocked-room', 'locked-room', 'with-patient', 'unknown']);
/** Paid extended security updates (Microsoft ESU, Ubuntu Pro ESM, RHEL ELS) for this machine. */
export const esuCoverage = z.enum(['enrolled', 'not-enrolled', 'unknown']);
export const attachment = z.enum(['usb', 'serial', 'bluetooth', 'other']);

export const assetData = z.object({
  assessmentId: recordId,
  kind: assetKind,
  name: text(200),
  vendor: text(200),
  model: text(200),
  serial: text(200),
  location: text(200),
  osFamily,
  osVersion: text(100),
  osEdition: text(100),
  ipAddress: text(100),
  macAddress: text(100),
  networkId: recordId.nullable(),
  storesPatientData: yesNoUnknown,
  transmitsPatientData: yesNoUnknown,
  vendorManaged: yesNoUnknown,
  patchable: yesNoUnknown,
  criticality,
  // Medical-device facts, MDS2 style; fields added after v1 default so older records still parse.
  /** What the device is, in the clinic's words: "Infusion pump", "Ultrasound". */
  deviceType: text(100).default(''),
  firmware: text(100).default(''),
  connection: connection.default('unknown'),
  patchedBy: patchedBy.default('unknown'),
  /**
   * The maker has not validated or released the OS upgrade or patch the device needs.
   * (The field's name is historical: the FDA does not approve security patches; what
   * blocks them is the maker not having validated one.)
   */
  regulatoryBlocksUpgrade: yesNoUnknown.default(null),
  /** FDA clearance or approval date; devices cleared from 2023-03-29 on fall under FD&C Act 524B (SBOM). */
  clearedOn: isoDate.default(''),
  defaultCredentialsChanged: yesNoUnknown.default(null),
  vendorSupportEnds: isoDate.default(''),
  safeToScan: yesNoUnknown.default(null),
  /** Remote-access services a scan found listening, such as "RDP on 3389/tcp". */
  remoteAccess: text(500).default(''),
  /** Applications this machine hosts (the EMR server). */
  hostsApplicationIds: z.array(recordId).max(200).default([]),
  /** The machine this device is plugged into (a spirometer on a PC by USB); it shares that machine's exposure. */
  attachedToAssetId: recordId.nullable().default(null),
  attachedVia: attachment.default('usb'),
  physicalExposure: physicalExposure.default('unknown'),
  esuCoverage: esuCoverage.default('unknown'),
  /** Last day of the paid extended updates the machine is enrolled in. */
  esuUntil: isoDate.default(''),
  /** Date of the newest security update installed, as the machine shows it. */
  lastSecurityUpdate: isoDate.default(''),
  /** The build or patch level that update left ("19045.6456", "KB5066791"). */
  lastUpdateBuild: text(100).default(''),
  notes: text(2000),
});
export type Asset = z.infer<typeof assetData>;

/** A blank asset of an assessment: what the inventory form and imports start from. */
export function emptyAsset(assessmentId: string): Asset {
  return {
    assessmentId,
    kind: 'workstation',
    name: '',
    vendor: '',
    model: '',
    serial: '',
    location: '',
    osFamily: 'windows',
    osVersion: '',
    osEdition: '',
    ipAddress: '',
    macAddress: '',
    networkId: null,
    storesPatientData: null,
    transmitsPatientData: null,
    vendorManaged: null,
    patchable: null,
    criticality: 'medium',
    deviceType: '',
    firmware: '',
    connection: 'unknown',
    patchedBy: 'unknown',
    regulatoryBlocksUpgrade: null,
    defaultCredentialsChanged: null,
    clearedOn: '',
    vendorSupportEnds: '',
    safeToScan: null,
    remoteAccess: '',
    hostsApplicationIds: [],
    attachedToAssetId: null,
    attachedVia: 'usb',
    physicalExposure: 'unknown',
    esuCoverage: 'unknown',
    esuUntil: '',
    lastSecurityUpdate: '',
    lastUpdateBuild: '',
    notes: '',
  };
}
