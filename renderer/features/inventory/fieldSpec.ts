/** A form field described as data, so one form component edits every kind of inventory record. */
export type FieldSpec<T> =
  | { key: keyof T & string; label: string; kind: 'text' | 'textarea' | 'date'; hint?: string; maxLength?: number }
  | { key: keyof T & string; label: string; kind: 'number'; unit: string; hint?: string }
  | { key: keyof T & string; label: string; kind: 'select'; options: readonly { value: string; label: string }[]; hint?: string }
  | { key: keyof T & string; label: string; kind: 'yes-no'; hint?: string }
  | { key: keyof T & string; label: string; kind: 'checkbox'; hint?: string }
  /** One of the assessment's networks, or none. */
  | { key: keyof T & string; label: string; kind: 'network'; hint?: string }
  /** Several of the assessment's networks. */
  | { key: keyof T & string; label: string; kind: 'networks'; hint?: string };

export const opts = (...pairs: [string, string][]) => pairs.map(([value, label]) => ({ value, label }));
