/**
 * The identity and administration register: who holds administrative access to each
 * system the clinic depends on (firewall, domain, email tenant, EMR, domain registrar,
 * backups, the MSP's tools), for whom they work, and how that access is protected.
 * Acquisitions fail here first: the seller's people, departed staff and the MSP keep
 * standing admin nobody listed.
 */
import { z } from 'zod';
import { recordId, text, yesNoUnknown } from './fields';
import { carriedFields } from './carriedRecord';

export const adminSystem = z.enum([
  'firewall',
  'domain',
  'email-tenant',
  'emr',
  'registrar',
  'backups',
  'msp-tools',
  'other',
]);
export type AdminSystem = z.infer<typeof adminSystem>;
export const adminSystemLabels: Record<AdminSystem, string> = {
  firewall: 'Firewall',
  domain: 'Windows domain / directory',
  'email-tenant': 'Email tenant (Microsoft 365, Google Workspace)',
  emr: 'EMR',
  registrar: 'Domain registrar and DNS',
  backups: 'Backups',
  'msp-tools': "MSP's remote management tools",
  other: 'Other system',
};

/** For whom the holder works. */
export const adminOrganisation = z.enum(['clinic', 'seller', 'msp', 'vendor', 'parent', 'unknown']);
export type AdminOrganisation = z.infer<typeof adminOrganisation>;
export const adminOrganisationLabels: Record<AdminOrganisation, string> = {
  clinic: 'The clinic',
  seller: 'The seller (former owner)',
  msp: "The clinic's MSP",
  vendor: 'A vendor',
  parent: 'The parent firm',
  unknown: 'Not known',
};

/** A personal account names one person; a shared one is used by several; a service account by software. */
export const adminAccountType = z.enum(['personal', 'shared', 'service', 'unknown']);
export type AdminAccountType = z.infer<typeof adminAccountType>;
export const adminAccountTypeLabels: Record<AdminAccountType, string> = {
  personal: 'Personal',
  shared: 'Shared',
  service: 'Service account',
  unknown: 'Not known',
};

export const adminAccountData = z.object({
  assessmentId: recordId,
  system: adminSystem,
  /** Which one, in the clinic's words: "SonicWall TZ370", "clinic.example tenant". */
  systemName: text(200).default(''),
  /**
   * The person holding the access (or the team, for a shared account). Kept in a redacted
   * export: a name in a role ("Maria Okafor, office manager") is what the parent must act
   * on (remove, hand over), and it is not contact data; phone numbers and addresses have
   * no field here, and `notes`, where they might be typed, is dropped (redactedMerge.ts).
   */
  person: text(200),
  organisation: adminOrganisation,
  /** Still works for that organisation; false for departed staff. */
  stillEmployed: yesNoUnknown.default(null),
  mfa: yesNoUnknown.default(null),
  accountType: adminAccountType.default('unknown'),
  /** The holder uses a separate account for admin work, not their everyday one. */
  separatePrivileged: yesNoUnknown.default(null),
  notes: text(2000).default(''),
  ...carriedFields,
});
export type AdminAccount = z.infer<typeof adminAccountData>;

/** The system as a sentence names it: "the firewall", "the email tenant". */
export const adminSystemInSentence: Record<AdminSystem, string> = {
  firewall: 'the firewall',
  domain: 'the Windows domain',
  'email-tenant': 'the email tenant',
  emr: 'the EMR',
  registrar: 'the domain registrar account',
  backups: 'the backups',
  'msp-tools': "the MSP's remote management tools",
  other: 'another system',
};

/** The organisation as a sentence names it. */
export const adminOrganisationInSentence: Record<AdminOrganisation, string> = {
  clinic: 'clinic staff',
  seller: "the seller's staff",
  msp: "the clinic's MSP",
  vendor: 'a vendor',
  parent: 'the parent firm',
  unknown: 'organisation not known',
};

/** "Dana Reyes (the seller (former owner)) on the firewall "SonicWall TZ370"": who holds what. */
export function adminHolderText(a: AdminAccount): string {
  const who = a.person.trim() || 'An unnamed holder';
  const what = `${adminSystemInSentence[a.system]}${a.systemName.trim() ? ` (${a.systemName.trim()})` : ''}`;
  return `${who}, ${adminOrganisationInSentence[a.organisation]}, on ${what}`;
}

/** What a finding's evidence calls an admin holder record. */
export function adminRecordName(a: AdminAccount): string {
  return `${adminSystemLabels[a.system].replace(/ \(.*\)$/, '')} admin: ${a.person.trim() || 'unnamed'}`;
}
