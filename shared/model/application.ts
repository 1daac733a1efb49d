import { z } from 'zod';
import { recordId, text, yesNoUnknown } from './fields';
import { carriedFields } from './carriedRecord';

export const applicationCategory = z.enum(['emr', 'pacs', 'practice-management', 'billing', 'imaging', 'other']);
export const applicationHosting = z.enum(['on-premises', 'vendor-cloud', 'hybrid', 'unknown']);
export const applicationCategoryLabels: Record<z.infer<typeof applicationCategory>, string> = {
  emr: 'EMR',
  'practice-management': 'Practice management',
  pacs: 'PACS',
  imaging: 'Imaging',
  billing: 'Billing',
  other: 'Other',
};
export const applicationHostingLabels: Record<z.infer<typeof applicationHosting>, string> = {
  'on-premises': 'On premises',
  'vendor-cloud': 'Vendor cloud',
  hybrid: 'Hybrid',
  unknown: 'Not known',
};

export const applicationData = z.object({
  assessmentId: recordId,
  name: text(200),
  version: text(100),
  category: applicationCategory,
  hosting: applicationHosting,
  vendorSupported: yesNoUnknown,
  storesPatientData: yesNoUnknown,
  /** Who holds administrator access, in the clinic's words. */
  adminAccess: text(200).default(''),
  notes: text(2000),
  ...carriedFields,
});
export type Application = z.infer<typeof applicationData>;
