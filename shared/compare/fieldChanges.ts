/**
 * Field-by-field differences between two versions of a record, in words a report can
 * print: "Wi-Fi" rather than "wifi", network names rather than ids. Which fields are
 * compared, and what they are called, is in comparedFields.ts.
 */
import { sameValue } from '../model/versionedRecord';
import { servicesText } from '../topology/pathText';
import type { FieldChange } from './comparisonTypes';

/**
 * How a field's value reads: free text, a choice from a list, yes/no/not known, a number,
 * a flag, one or several network ids, several ids of other records, a flow's services.
 */
export type FieldKind =
  'text' | 'choice' | 'yes-no' | 'number' | 'flag' | 'network' | 'networks' | 'records' | 'services';

/** A field's label and kind; a choice brings the labels of its values (from beside its schema in model/). */
export type FieldSpec =
  | readonly [label: string, kind: Exclude<FieldKind, 'choice'>]
  | readonly [label: string, kind: 'choice', labels: Readonly<Record<string, string>>];
export type FieldSpecs<T> = { [K in keyof T & string]?: FieldSpec };

/** What each side calls its records, and which current record each matched prior one became. */
export interface NetworkRefs {
  priorToCurrent: ReadonlyMap<string, string>;
  priorNames: ReadonlyMap<string, string>;
  currentNames: ReadonlyMap<string, string>;
}

function valueText(value: unknown, spec: FieldSpec): string {
  const kind = spec[1];
  if (value === null || value === undefined || value === '') return kind === 'yes-no' ? 'Not known' : 'Not recorded';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (spec[1] === 'choice' && typeof value === 'string') return spec[2][value] ?? value;
  return String(value);
}

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : [];

function networksText(value: unknown, names: ReadonlyMap<string, string>, removed = 'a removed network'): string {
  const list = ids(value).map((id) => names.get(id) ?? removed);
  return list.length ? list.sort().join(', ') : 'None';
}

/** Services in any order are the same services. */
function sameServices(before: unknown, after: unknown): boolean {
  return sameValue(ids(before).sort(), ids(after).sort());
}

function sameNetworks(before: unknown, after: unknown, refs: NetworkRefs): boolean {
  const mapped = ids(before).map((id) => refs.priorToCurrent.get(id) ?? `prior:${id}`);
  return sameValue(mapped.sort(), ids(after).sort());
}

export function fieldChanges<T extends object>(
  before: T,
  after: T,
  specs: FieldSpecs<T>,
  refs: NetworkRefs,
): FieldChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const changes: FieldChange[] = [];
  for (const [field, spec] of Object.entries(specs) as [string, FieldSpec][]) {
    const [label, kind] = spec;
    if (kind === 'network' || kind === 'networks' || kind === 'records') {
      const removed = kind === 'records' ? 'a removed record' : undefined;
      if (!sameNetworks(b[field], a[field], refs))
        changes.push({
          field,
          label,
          before: networksText(b[field], refs.priorNames, removed),
          after: networksText(a[field], refs.currentNames, removed),
        });
    } else if (kind === 'services') {
      if (!sameServices(b[field], a[field]))
        changes.push({
          field,
          label,
          before: servicesText(ids(b[field])) || 'None',
          after: servicesText(ids(a[field])) || 'None',
        });
    } else if (!sameValue(b[field] ?? null, a[field] ?? null)) {
      changes.push({ field, label, before: valueText(b[field], spec), after: valueText(a[field], spec) });
    }
  }
  return changes;
}
