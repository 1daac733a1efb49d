/**
 * The ePHI inventory: where the clinic's electronic patient data lives. A HIPAA risk
 * analysis starts here (45 CFR 164.308(a)(1)(ii)(A)): the EMR, the imaging archive,
 * e-fax, scanned paper, folders on a PC, a vendor's cloud, the backups. Each store says
 * where it is, whether it is encrypted at rest and how it is backed up, and whether this
 * assessment looked at it, so the report can say what the assessment covered.
 */
import { z } from 'zod';
import { recordId, text } from './fields';
import { carriedFields } from './carriedRecord';

export const ephiKind = z.enum([
  'emr',
  'imaging',
  'e-fax',
  'scanned-paper',
  'local-folder',
  'email',
  'vendor-cloud',
  'backup',
  'other',
]);
export type EphiKind = z.infer<typeof ephiKind>;
export const ephiKindLabels: Record<EphiKind, string> = {
  emr: 'EMR / practice management',
  imaging: 'Imaging (PACS, device storage)',
  'e-fax': 'E-fax',
  'scanned-paper': 'Scanned paper records',
  'local-folder': 'Local or shared folders',
  email: 'Email',
  'vendor-cloud': "A vendor's cloud service",
  backup: 'Backups',
  other: 'Other',
};

export const encryptionAtRest = z.enum(['yes', 'partial', 'no', 'unknown']);
export type EncryptionAtRest = z.infer<typeof encryptionAtRest>;
export const encryptionAtRestLabels: Record<EncryptionAtRest, string> = {
  yes: 'Encrypted',
  partial: 'Partly encrypted',
  no: 'Not encrypted',
  unknown: 'Not known',
};

/** How the store is backed up, from best to worst. */
export const ephiBackup = z.enum(['offsite-tested', 'offsite', 'local-only', 'none', 'unknown']);
export type EphiBackup = z.infer<typeof ephiBackup>;
export const ephiBackupLabels: Record<EphiBackup, string> = {
  'offsite-tested': 'Off-site, restore tested',
  offsite: 'Off-site, restore not tested',
  'local-only': 'On site only',
  none: 'Not backed up',
  unknown: 'Not known',
};

export const ephiStoreData = z.object({
  assessmentId: recordId,
  /** What the clinic calls it: "eClinicalWorks", "Scanned charts on the file server". */
  name: text(200),
  kind: ephiKind,
  /** Where it is: a device or server, a room, a vendor and region. */
  location: text(300).default(''),
  /** The device or application record it lives on, when one is recorded. */
  recordId: recordId.nullable().default(null),
  encryptedAtRest: encryptionAtRest.default('unknown'),
  backup: ephiBackup.default('unknown'),
  /** Roughly how much: "about 12,000 patient charts", "5 years of echo studies". */
  volume: text(200).default(''),
  /** This assessment looked at the store (its host, access and backup), so the report may say it is covered. */
  assessed: z.boolean().default(true),
  notes: text(2000).default(''),
  ...carriedFields,
});
export type EphiStore = z.infer<typeof ephiStoreData>;
