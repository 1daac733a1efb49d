/** A form field described as data, so one form component edits every kind of inventory record. */

/** Reads a field's value as the form shows it (the unsaved edit, else the stored value). */
export type FieldValue<T> = <K extends keyof T>(key: K) => T[K] | undefined;

interface Common<T> {
  key: keyof T & string;
  label: string;
  hint?: string;
  /** A heading the field sits under; consecutive fields of one group share it. */
  group?: string;
  /** Takes the whole row of the form. */
  wide?: boolean;
  /**
   * Asked only when this holds, such as FDA facts for medical devices only; a field that
   * holds a value is shown all the same (the form never hides data), and hidden values are kept.
   */
  when?: (value: FieldValue<T>) => boolean;
  /** A value that counts as nothing entered, besides '', null and [] (a select's default). */
  blank?: unknown;
}

export type FieldSpec<T> = Common<T> &
  (
    | { kind: 'text' | 'textarea' | 'date'; maxLength?: number }
    | { kind: 'number'; unit: string }
    | { kind: 'select'; options: readonly { value: string; label: string }[] }
    | { kind: 'yes-no' }
    | { kind: 'checkbox' }
    /** One of the assessment's networks, or none. */
    | { kind: 'network' }
    /** Several of the assessment's networks (never the record itself). */
    | { kind: 'networks' }
    /** One of the assessment's assets (never the record itself), or none. */
    | { kind: 'asset'; none: string }
    /** Several of the assessment's assets. */
    | { kind: 'assets' }
    /** One of the assessment's assets or applications, or none. */
    | { kind: 'host'; none: string }
    /** Several of the assessment's applications. */
    | { kind: 'applications' }
    /** A flow's end: a built-in zone, a network or an asset; with `sources`, a vendor link too. */
    | { kind: 'flow-end'; sources: boolean }
    /** A list of short words typed comma-separated, stored normalised; never empty (`fallback` instead). */
    | { kind: 'tokens'; normalise: (token: string) => string; fallback: string }
  );
