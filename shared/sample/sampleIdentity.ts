/**
 * The sample clinic's admin register and its identity and email answers: the seller's
 * former office manager still holding the router's admin, the MSP's shared "admin" on the
 * domain, the practice manager on the Microsoft 365 tenant with MFA, and the EMR vendor's
 * support login; a tenant with MFA for some mailboxes only, legacy authentication on,
 * DMARC at p=none, and a registrar account nobody can name.
 */
import type { AnswerValue } from '../checklists/question';
import type { QuestionId } from '../checklists/questionIds';
import type { AdminAccount } from '../model/adminAccount';
import { enteredNow, type Carried } from '../model/carriedRecord';

export function sampleAdminAccounts(newId: () => string, assessmentId: string): { id: string; data: AdminAccount }[] {
  const holder = (data: Omit<AdminAccount, 'assessmentId' | keyof Carried>) => ({
    id: newId(),
    data: { assessmentId, ...enteredNow, ...data },
  });
  return [
    holder({
      system: 'firewall',
      systemName: 'Valley DSL router (the only firewall)',
      person: 'Maria Okafor',
      organisation: 'seller',
      stillEmployed: false,
      mfa: false,
      accountType: 'personal',
      separatePrivileged: false,
      notes:
        "The former owner's office manager; left at the sale in October and still has the router's admin password.",
    }),
    holder({
      system: 'domain',
      systemName: 'LAKESIDE domain on PM-SRV',
      person: 'admin (BrightDesk technicians)',
      organisation: 'msp',
      stillEmployed: true,
      mfa: false,
      accountType: 'shared',
      separatePrivileged: null,
      notes: 'One "admin" login the whole BrightDesk help desk uses; the password has not changed since 2021.',
    }),
    holder({
      system: 'email-tenant',
      systemName: 'lakesidefamilyhealth.com (Microsoft 365)',
      person: 'Dana Ruiz, practice manager',
      organisation: 'clinic',
      stillEmployed: true,
      mfa: true,
      accountType: 'personal',
      separatePrivileged: false,
      notes: 'Global administrator on her everyday mailbox account.',
    }),
    holder({
      system: 'emr',
      systemName: 'CloudChart EMR',
      person: 'CloudChart support',
      organisation: 'vendor',
      stillEmployed: true,
      mfa: null,
      accountType: 'shared',
      separatePrivileged: null,
      notes: "The vendor's support login, used by whoever answers the clinic's ticket.",
    }),
  ];
}

export const sampleIdentityAnswers: [questionId: QuestionId, value: AnswerValue, note: string][] = [
  ['identity.admins-recorded', true, ''],
  ['identity.email-provider', 'm365', ''],
  [
    'identity.email-mfa',
    'partly',
    'The practice manager only; the front desk and billing mailboxes use a password alone',
  ],
  ['identity.legacy-auth', false, 'The copier scans to email over SMTP AUTH'],
  ['identity.spf', true, ''],
  ['identity.dkim', false, ''],
  ['identity.dmarc', 'none', 'v=DMARC1; p=none, no reporting address'],
  ['identity.separate-admin', false, ''],
  [
    'identity.registrar-known',
    false,
    'A web designer the former owner hired registered the domain; nobody has the login',
  ],
  ['identity.break-glass', false, ''],
  ['identity.offboarding', false, 'Leavers are removed from the EMR only'],
];
