/**
 * The words the conflict review uses for a field and its choices: the inventory's own
 * form labels where the field is on an inventory form (flows included), a few more for
 * clinics, assessments, answers and finding decisions, else the field's name in words.
 */
import { assessmentStatusLabels } from '../../../shared/model/assessment';
import type { EntityType } from '../../../shared/model/entities';
import { findingStatusLabels, severityLabels } from '../../../shared/model/finding';
import { builtInZoneNames } from '../../../shared/topology/pathText';
import { fieldEditor } from './conflictEditor';
import {
  applicationFields,
  assetFields,
  flowFields,
  linkFields,
  networkFields,
  vendorAccessFields,
  type FieldSpec,
} from '../inventory';

type Spec = Pick<FieldSpec<Record<string, unknown>>, 'key' | 'label'> & {
  options?: readonly { value: string; label: string }[];
};

const forms: Partial<Record<EntityType, readonly Spec[]>> = {
  asset: assetFields,
  network: networkFields,
  vendorAccess: vendorAccessFields,
  link: linkFields,
  application: applicationFields,
  flow: flowFields,
};

const others: Partial<Record<EntityType, Record<string, string>>> = {
  clinic: {
    name: 'Clinic name',
    address: 'Address',
    acquisitionDate: 'Acquisition date',
    parentEntity: 'Parent entity',
    contacts: 'Contacts',
    archived: 'Archived',
  },
  assessment: {
    title: 'Title',
    assessor: 'Assessor',
    startDate: 'Start date',
    endDate: 'End date',
    status: 'Status',
    checklistVersion: 'Checklist version',
  },
  answer: { value: 'Answer', note: 'Note' },
  finding: {
    status: 'Decision',
    statusNote: 'Reason or how it was resolved',
    acceptedUntil: 'Accepted until',
    owner: 'Owner',
    reviewDate: 'Review date',
  },
};

/** The values of the fields that are on no form, labelled beside their schemas. */
const choiceLabels: Partial<Record<EntityType, Record<string, Readonly<Record<string, string>>>>> = {
  assessment: { status: assessmentStatusLabels },
  finding: { status: findingStatusLabels, severity: severityLabels },
};

/** "storesPatientData" → "Stores patient data". */
function inWords(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function fieldLabel(type: EntityType, field: string): string {
  return forms[type]?.find((s) => s.key === field)?.label ?? others[type]?.[field] ?? inWords(field);
}

/** The label of one allowed value of a field, such as "Medical device" for `medical-device`. */
export function choiceLabel(type: EntityType, field: string, value: string): string {
  return (
    forms[type]?.find((s) => s.key === field)?.options?.find((o) => o.value === value)?.label ??
    choiceLabels[type]?.[field]?.[value] ??
    inWords(value.replace(/-/g, ' '))
  );
}

/** A value as the review shows it: words for choices and yes / no, names for the records a list points to. */
export function valueInWords(
  type: EntityType,
  field: string,
  value: unknown,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  if (value === null || value === undefined) return 'Not known';
  if (value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value))
    return value.length ? value.map((v) => names.get(String(v)) ?? String(v)).join(', ') : '(none)';
  const kind = fieldEditor(type, field).kind;
  if (typeof value === 'string' && kind === 'select') return choiceLabel(type, field, value);
  return typeof value === 'string' && kind === 'none' ? (names.get(value) ?? value) : String(value);
}

/**
 * The names a review shows for what records point to: each record's own label, the two
 * built-in zones, and each flow as its two ends ("Clinic LAN → Parent corporate network").
 */
export function reviewNames(
  records: readonly { type: EntityType; id: string; label: string; data: object }[],
): Map<string, string> {
  const names = new Map<string, string>([
    ...Object.entries(builtInZoneNames),
    ...records.map((r) => [r.id, r.label] as const),
  ]);
  for (const r of records) {
    if (r.type !== 'flow') continue;
    const { from, to } = r.data as { from?: unknown; to?: unknown };
    const end = (id: unknown) => names.get(String(id)) ?? 'a removed record';
    names.set(r.id, `${end(from)} → ${end(to)}`);
  }
  return names;
}
