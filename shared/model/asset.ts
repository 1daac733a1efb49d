import { z } from 'zod';
import { isoDate, recordId, text, yesNoUnknown } from './fields';

export const assetKind = z.enum(['workstation', 'server', 'medical-device', 'network-device', 'iot']);
export const osFamily = z.enum(['windows', 'linux', 'macos', 'embedded', 'other', 'unknown']);
export const criticality = z.enum(['low', 'medium', 'high', 'critical']);
export const connection = z.enum(['wired', 'wifi', 'bluetooth', 'rf', 'none', 'unknown']);
export const patchedBy = z.enum(['clinic', 'vendor', 'nobody', 'unknown']);

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
  /** The device's regulatory clearance stops the clinic upgrading its OS. */
  regulatoryBlocksUpgrade: yesNoUnknown.default(null),
  defaultCredentialsChanged: yesNoUnknown.default(null),
  vendorSupportEnds: isoDate.default(''),
  safeToScan: yesNoUnknown.default(null),
  /** Remote-access services a scan found listening, such as "RDP on 3389/tcp". */
  remoteAccess: text(500).default(''),
  notes: text(2000),
});
export type Asset = z.infer<typeof assetData>;

/** A blank asset of an assessment: what the inventory form and imports start from. */
export function emptyAsset(assessmentId: string): Asset {
  return {
    assessmentId, kind: 'workstation', name: '', vendor: '', model: '', serial: '', location: '', osFamily: 'windows', osVersion: '', osEdition: '',
    ipAddress: '', macAddress: '', networkId: null, storesPatientData: null, transmitsPatientData: null, vendorManaged: null, patchable: null,
    criticality: 'medium', deviceType: '', firmware: '', connection: 'unknown', patchedBy: 'unknown', regulatoryBlocksUpgrade: null,
    defaultCredentialsChanged: null, vendorSupportEnds: '', safeToScan: null, remoteAccess: '', notes: '',
  };
}
