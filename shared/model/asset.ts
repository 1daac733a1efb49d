import { z } from 'zod';
import { recordId, text, yesNoUnknown } from './fields';

export const assetKind = z.enum(['workstation', 'server', 'medical-device', 'network-device', 'iot']);
export const osFamily = z.enum(['windows', 'linux', 'macos', 'embedded', 'other', 'unknown']);
export const criticality = z.enum(['low', 'medium', 'high', 'critical']);

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
  notes: text(2000),
});
export type Asset = z.infer<typeof assetData>;
