import { z } from 'zod';
import { isoDate, recordId, text, yesNoUnknown } from './fields';
import { carriedFields } from './carriedRecord';
import { enteredNow } from './carriedRecord';

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

export type AssetKind = z.infer<typeof assetKind>;
/** The words an assessor reads for each value, on screens, in PDFs and on the command line. */
export const assetKindLabels: Record<AssetKind, string> = {
  workstation: 'Workstation',
  server: 'Server',
  'medical-device': 'Medical device',
  'network-device': 'Network device',
  iot: 'IoT / other',
};
export const osFamilyLabels: Record<z.infer<typeof osFamily>, string> = {
  windows: 'Windows',
  linux: 'Linux',
  macos: 'macOS',
  embedded: 'Embedded / RTOS',
  other: 'Other',
  unknown: 'Not known',
};
export const criticalityLabels: Record<z.infer<typeof criticality>, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};
export const connectionLabels: Record<z.infer<typeof connection>, string> = {
  wired: 'Wired',
  wifi: 'Wi-Fi',
  bluetooth: 'Bluetooth',
  rf: 'RF / telemetry',
  none: 'Not connected',
  unknown: 'Not known',
};
export const patchedByLabels: Record<z.infer<typeof patchedBy>, string> = {
  clinic: 'The clinic',
  vendor: 'The vendor only',
  nobody: 'Nobody',
  unknown: 'Not known',
};
export const physicalExposureLabels: Record<z.infer<typeof physicalExposure>, string> = {
  'public-area': 'Public area (waiting room, reception)',
  'unlocked-room': 'Staff area, room not locked',
  'locked-room': 'Locked room',
  'with-patient': 'Goes home with the patient',
  unknown: 'Not known',
};
/** The same inside a sentence about the device: "kept in a public area". */
export const physicalExposurePhrases: Record<z.infer<typeof physicalExposure>, string> = {
  'public-area': 'in a public area',
  'unlocked-room': 'in an unlocked room',
  'with-patient': 'taken home by patients',
  'locked-room': 'in a locked room',
  unknown: 'kept somewhere not recorded',
};
export const esuCoverageLabels: Record<z.infer<typeof esuCoverage>, string> = {
  enrolled: 'Enrolled',
  'not-enrolled': 'Not enrolled',
  unknown: 'Not known',
};
export const attachmentLabels: Record<z.infer<typeof attachment>, string> = {
  usb: 'USB',
  serial: 'Serial cable (RS-232)',
  bluetooth: 'Bluetooth',
  other: 'Other',
};

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
  /** The maker allows third-party agents (EDR, log forwarders) on this device; false: it forbids them. */
  agentsAllowed: yesNoUnknown.default(null),
  notes: text(2000),
  ...carriedFields,
});
export type Asset = z.infer<typeof assetData>;

/** A blank asset of an assessment: what the inventory form and imports start from. */
export function emptyAsset(assessmentId: string): Asset {
  return {
    assessmentId,
    ...enteredNow,
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
    agentsAllowed: null,
    notes: '',
  };
}
