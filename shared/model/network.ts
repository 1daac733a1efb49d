import { z } from 'zod';
import { recordId, text, yesNoUnknown } from './fields';
import { carriedFields } from './carriedRecord';

/** What a zone is for; guest and patient zones hold devices nobody at the clinic manages. */
export const networkPurpose = z.enum(['clinical', 'corporate', 'guest', 'patient', 'vendor', 'management']);
export const networkPurposeLabels: Record<z.infer<typeof networkPurpose>, string> = {
  clinical: 'Clinical',
  corporate: 'Corporate / office',
  guest: 'Guest',
  patient: 'Patient / waiting room',
  vendor: 'Vendor',
  management: 'Management',
};

export const networkData = z.object({
  assessmentId: recordId,
  name: text(200),
  vlan: z.number().int().min(1).max(4094).nullable(),
  subnet: text(100),
  purpose: networkPurpose,
  /**
   * Before model v2: networks this one can reach. Now recorded as flows; kept so older
   * records and files still read, and turned into flows (see model/legacyFlows.ts).
   */
  connectsTo: z.array(recordId).max(200),
  internetAccess: yesNoUnknown,
  firewalled: yesNoUnknown,
  /** Before model v2: whether the parent's corporate network can reach this one. Now a flow. */
  reachableFromParent: yesNoUnknown.default(null),
  notes: text(2000),
  ...carriedFields,
});
export type Network = z.infer<typeof networkData>;

/** Guest and patient zones: nobody at the clinic manages what joins them. */
export function isUntrustedZone(network: Network): boolean {
  return network.purpose === 'guest' || network.purpose === 'patient';
}
