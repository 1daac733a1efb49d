/** The Admin access tab: the identity and administration register, who holds admin over what. */
import {
  adminAccountTypeLabels,
  adminOrganisationLabels,
  adminSystemLabels,
  type AdminAccount,
} from '../../../shared/model/adminAccount';
import { enteredNow } from '../../../shared/model/carriedRecord';
import { choices } from '../../../shared/model/labels';
import type { FieldSpec } from './fieldSpec';
import type { InventoryTab } from './inventoryTab';

const yesNo = (v: boolean | null) => (v === true ? 'Yes' : v === false ? 'No' : '—');

/** Short words for the table's narrow columns; the form and the report say them in full. */
const systemShort: Record<AdminAccount['system'], string> = {
  firewall: 'Firewall',
  domain: 'Domain',
  'email-tenant': 'Email tenant',
  emr: 'EMR',
  registrar: 'Registrar',
  backups: 'Backups',
  'msp-tools': 'MSP tools',
  other: 'Other',
};
const organisationShort: Record<AdminAccount['organisation'], string> = {
  clinic: 'Clinic',
  seller: 'Seller',
  msp: 'MSP',
  vendor: 'Vendor',
  parent: 'Parent',
  unknown: 'Not known',
};

export const adminAccountFields: FieldSpec<AdminAccount>[] = [
  { key: 'system', label: 'System', kind: 'select', options: choices(adminSystemLabels) },
  {
    key: 'systemName',
    label: 'Which one',
    kind: 'text',
    hint: 'In the clinic\'s words: "SonicWall TZ370", "clinic.example tenant".',
    maxLength: 200,
  },
  {
    key: 'person',
    label: 'Person holding the access',
    kind: 'text',
    hint: 'Their name, or the team for a shared account.',
    maxLength: 200,
  },
  { key: 'organisation', label: 'Works for', kind: 'select', options: choices(adminOrganisationLabels) },
  {
    key: 'stillEmployed',
    label: 'Still works there',
    kind: 'yes-no',
    hint: 'No for someone who has left: their access should have gone with them.',
  },
  { key: 'mfa', label: 'Multi-factor authentication', kind: 'yes-no' },
  {
    key: 'accountType',
    label: 'Account type',
    kind: 'select',
    options: choices(adminAccountTypeLabels),
    hint: 'Personal: one named person. Shared: several people know the password. Service: used by software.',
  },
  {
    key: 'separatePrivileged',
    label: 'Separate admin account',
    kind: 'yes-no',
    hint: 'Yes if admin work is done from an account kept for it, not the one they read email with.',
  },
  { key: 'notes', label: 'Notes', kind: 'textarea', maxLength: 2000 },
];

export function newAdminAccount(assessmentId: string): AdminAccount {
  return {
    assessmentId,
    ...enteredNow,
    system: 'firewall',
    systemName: '',
    person: '',
    organisation: 'clinic',
    stillEmployed: null,
    mfa: null,
    accountType: 'unknown',
    separatePrivileged: null,
    notes: '',
  };
}

export const adminAccessTab: InventoryTab<'adminAccount'> = {
  type: 'adminAccount',
  id: 'admin-access',
  label: 'Admin access',
  singular: 'admin holder',
  fields: adminAccountFields,
  create: newAdminAccount,
  title: (d) => `${d.person || 'Unnamed holder'} · ${adminSystemLabels[d.system]}`,
  text: (d) =>
    [
      adminSystemLabels[d.system],
      d.systemName,
      d.person,
      adminOrganisationLabels[d.organisation],
      adminAccountTypeLabels[d.accountType],
    ].join(' '),
  columns: [
    { header: 'System', cell: (d) => systemShort[d.system] },
    { header: 'Which one', cell: (d) => d.systemName || '—' },
    { header: 'Person', cell: (d) => d.person || 'Unnamed holder' },
    { header: 'Works for', cell: (d) => organisationShort[d.organisation] },
    {
      header: 'Employed',
      cell: (d) =>
        d.stillEmployed === false ? <span className="badge badge-critical">Left</span> : yesNo(d.stillEmployed),
      sort: (d) => yesNo(d.stillEmployed),
      nowrap: true,
    },
    {
      header: 'MFA',
      cell: (d) => (d.mfa === false ? <span className="badge badge-high">No</span> : yesNo(d.mfa)),
      sort: (d) => yesNo(d.mfa),
      nowrap: true,
    },
    {
      header: 'Account',
      cell: (d) =>
        d.accountType === 'shared' ? (
          <span className="badge badge-high">{adminAccountTypeLabels.shared}</span>
        ) : (
          adminAccountTypeLabels[d.accountType]
        ),
      sort: (d) => adminAccountTypeLabels[d.accountType],
      nowrap: true,
    },
    { header: 'Separate admin account', cell: (d) => yesNo(d.separatePrivileged) },
  ],
};
