/** The Patient data tab: the ePHI inventory, where the clinic's electronic patient data lives. */
import { enteredNow } from '../../../shared/model/carriedRecord';
import {
  ephiBackupLabels,
  ephiKindLabels,
  encryptionAtRestLabels,
  type EphiStore,
} from '../../../shared/model/ephiStore';
import { choices } from '../../../shared/model/labels';
import type { FieldSpec } from './fieldSpec';
import type { InventoryTab } from './inventoryTab';

export const ephiStoreFields: FieldSpec<EphiStore>[] = [
  {
    group: 'The store',
    key: 'name',
    label: 'Name',
    kind: 'text',
    hint: 'In the clinic\'s words: "CloudChart EMR", "Scanned charts on the file server".',
    maxLength: 200,
  },
  { group: 'The store', key: 'kind', label: 'Kind', kind: 'select', options: choices(ephiKindLabels) },
  {
    group: 'The store',
    key: 'location',
    label: 'Where it is',
    kind: 'text',
    hint: "A server and room, a shared folder's path, or a vendor and region.",
    maxLength: 300,
  },
  {
    group: 'The store',
    key: 'recordId',
    label: 'Lives on',
    kind: 'host',
    none: 'No recorded device or application',
    hint: 'The device or application it lives on, from the Assets and Applications tabs.',
  },
  {
    group: 'The store',
    key: 'volume',
    label: 'How much',
    kind: 'text',
    hint: 'Roughly: "about 12,000 patient charts", "5 years of echo studies".',
    maxLength: 200,
  },
  {
    group: 'Safeguards',
    key: 'encryptedAtRest',
    label: 'Encryption at rest',
    kind: 'select',
    options: choices(encryptionAtRestLabels),
  },
  { group: 'Safeguards', key: 'backup', label: 'Backup', kind: 'select', options: choices(ephiBackupLabels) },
  {
    group: 'Safeguards',
    key: 'assessed',
    label: 'Assessed in this visit',
    kind: 'checkbox',
  },
  { group: 'Safeguards', key: 'notes', label: 'Notes', kind: 'textarea', maxLength: 2000 },
];

export function newEphiStore(assessmentId: string): EphiStore {
  return {
    assessmentId,
    ...enteredNow,
    name: '',
    kind: 'emr',
    location: '',
    recordId: null,
    encryptedAtRest: 'unknown',
    backup: 'unknown',
    volume: '',
    assessed: true,
    notes: '',
  };
}

/** Short words for the table's narrow columns; the form and the report say them in full. */
const kindShort: Record<EphiStore['kind'], string> = {
  emr: 'EMR / PM',
  imaging: 'Imaging',
  'e-fax': 'E-fax',
  'scanned-paper': 'Scanned paper',
  'local-folder': 'Folders',
  email: 'Email',
  'vendor-cloud': 'Vendor cloud',
  backup: 'Backups',
  other: 'Other',
};
const backupShort: Record<EphiStore['backup'], string> = {
  'offsite-tested': 'Off-site, tested',
  offsite: 'Off-site',
  'local-only': 'On site only',
  none: 'None',
  unknown: 'Not known',
};

export const ephiStoreTab: InventoryTab<'ephiStore'> = {
  type: 'ephiStore',
  id: 'patient-data',
  label: 'Patient data',
  singular: 'patient data store',
  fields: ephiStoreFields,
  create: newEphiStore,
  empty:
    'No patient data store is recorded. A HIPAA risk analysis starts from where electronic patient data lives: the EMR, imaging, e-fax, scanned paper, shared folders, vendor clouds and backups. Record each one, so the report can say what this assessment covered.',
  title: (d) => d.name || 'Unnamed store',
  missing: (d) => (d.name.trim() ? undefined : 'Type a name for the patient data store.'),
  copy: { name: 'name', clear: {} },
  sticky: ['kind', 'assessed'],
  bulk: ['encryptedAtRest', 'backup', 'assessed'],
  text: (d, l) =>
    [d.name, ephiKindLabels[d.kind], d.location, d.recordId ? l.nameOf(d.recordId) : '', d.volume].join(' '),
  columns: [
    { header: 'Name', cell: (d) => d.name || 'Unnamed store' },
    { header: 'Kind', cell: (d) => kindShort[d.kind], nowrap: true },
    {
      header: 'Where',
      cell: (d, l) => [d.location, d.recordId ? `on ${l.nameOf(d.recordId)}` : ''].filter(Boolean).join(', ') || '—',
    },
    {
      header: 'Encrypted',
      cell: (d) =>
        d.encryptedAtRest === 'no' ? (
          <span className="badge badge-high">No</span>
        ) : (
          encryptionAtRestLabels[d.encryptedAtRest]
        ),
      sort: (d) => encryptionAtRestLabels[d.encryptedAtRest],
    },
    {
      header: 'Backup',
      cell: (d) => (d.backup === 'none' ? <span className="badge badge-high">None</span> : backupShort[d.backup]),
      sort: (d) => backupShort[d.backup],
    },
    { header: 'Assessed', cell: (d) => (d.assessed ? 'Yes' : 'No'), nowrap: true },
  ],
};
