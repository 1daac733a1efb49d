import { z } from 'zod';
import { recordId, text, yesNoUnknown } from './fields';

export const networkPurpose = z.enum(['clinical', 'corporate', 'guest', 'vendor', 'management']);

export const networkData = z.object({
  assessmentId: recordId,
  name: text(200),
  vlan: z.number().int().min(1).max(4094).nullable(),
  subnet: text(100),
  purpose: networkPurpose,
  /** Networks this one can reach; one value, replaced as a whole when edited. */
  connectsTo: z.array(recordId).max(200),
  internetAccess: yesNoUnknown,
  firewalled: yesNoUnknown,
  /** Whether the parent firm's corporate network can reach this one. */
  reachableFromParent: yesNoUnknown.default(null),
  notes: text(2000),
});
export type Network = z.infer<typeof networkData>;
