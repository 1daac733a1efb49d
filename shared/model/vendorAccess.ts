import { z } from 'zod';
import { recordId, text, yesNoUnknown } from './fields';
import { carriedFields } from './carriedRecord';

export const accessMethod = z.enum(['vpn', 'modem', 'remote-control-tool', 'cloud']);
export const accessAvailability = z.enum(['always-on', 'on-demand', 'unknown']);
/** Where the far end of the link connects: the vendor's own cloud or network, or the parent's corporate network. */
export const vendorFarSide = z.enum(['vendor-cloud', 'vendor-network', 'parent-corporate', 'unknown']);

export const accessMethodLabels: Record<z.infer<typeof accessMethod>, string> = {
  vpn: 'VPN',
  modem: 'Modem',
  'remote-control-tool': 'Remote-control tool',
  cloud: 'Cloud agent',
};
/** Longer, for the form where the assessor picks one. */
export const accessMethodChoiceLabels: Record<z.infer<typeof accessMethod>, string> = {
  ...accessMethodLabels,
  modem: 'Modem (dial-up or cellular)',
};
export const accessAvailabilityLabels: Record<z.infer<typeof accessAvailability>, string> = {
  'always-on': 'Always on',
  'on-demand': 'On demand',
  unknown: 'Not known',
};
export const vendorFarSideLabels: Record<z.infer<typeof vendorFarSide>, string> = {
  'vendor-cloud': "The vendor's cloud service",
  'vendor-network': "The vendor's own network",
  'parent-corporate': "The parent firm's corporate network",
  unknown: 'Not known',
};

export const vendorAccessData = z.object({
  assessmentId: recordId,
  vendor: text(200),
  method: accessMethod,
  /** Product or tool, such as a remote-control tool's name. */
  tool: text(200),
  availability: accessAvailability,
  mfa: yesNoUnknown,
  reachesNetworkIds: z.array(recordId).max(200),
  /** Devices the link lands on directly, such as the PC a remote-control tool is installed on. */
  reachesAssetIds: z.array(recordId).max(1000).default([]),
  farSide: vendorFarSide.default('unknown'),
  sessionLogging: yesNoUnknown.default(null),
  sharedAccount: yesNoUnknown.default(null),
  /** Business associate agreement on file (HIPAA). */
  baaOnFile: yesNoUnknown.default(null),
  notes: text(2000),
  ...carriedFields,
});
export type VendorAccess = z.infer<typeof vendorAccessData>;
