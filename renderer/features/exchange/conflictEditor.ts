/**
 * How a person can type a third value for a field in conflict, read from the field's
 * zod schema: free text, a date, one of a list, yes / no (/ not known), or a number.
 * Lists, links to other records and checklist answers (whose kind depends on the
 * question) are kept to picking a side, with the reason said.
 */
import type { z } from 'zod';
import { entities, type EntityType } from '../../../shared/model/entities';

export type FieldEditor =
  | { kind: 'text'; nullable: boolean; multiline: boolean }
  | { kind: 'date' }
  | { kind: 'select'; options: string[]; nullable: boolean }
  | { kind: 'yes-no'; nullable: boolean }
  | { kind: 'number'; nullable: boolean }
  | { kind: 'none'; reason: string };

/** What this module reads of a zod 4 schema. */
interface Node {
  def: { type: string; innerType?: Node; entries?: Record<string, string>; options?: Node[]; values?: unknown[] };
  format?: string | null;
  maxLength?: number | null;
}

const MULTILINE_FROM = 500;

const reasons = {
  list: 'This is a list: keep one side here, then change the list on its page.',
  reference: 'This points to another record: keep one side here, then change it on its page.',
  answer: 'What an answer holds depends on its question: keep one side here, then change it in the checklist.',
  other: 'Keep one side here, then change it on its page.',
};

/** A union of the empty string and an ISO date: a date that may still be unknown. */
function isOptionalDate(node: Node): boolean {
  const options = node.def.options ?? [];
  return (
    options.length === 2 &&
    options.some((o) => o.def.type === 'literal' && o.def.values?.length === 1 && o.def.values[0] === '') &&
    options.some((o) => o.def.type === 'string' && o.format === 'date')
  );
}

export function fieldEditor(type: EntityType, field: string): FieldEditor {
  const shape = entities[type].schema.shape as Record<string, Node | undefined>;
  let node = shape[field];
  let nullable = false;
  while (node && (node.def.type === 'nullable' || node.def.type === 'default' || node.def.type === 'optional')) {
    if (node.def.type === 'nullable') nullable = true;
    node = node.def.innerType;
  }
  if (!node) return { kind: 'none', reason: reasons.other };
  const def = node.def;
  switch (def.type) {
    case 'string':
      if (node.format === 'uuid') return { kind: 'none', reason: reasons.reference };
      return { kind: 'text', nullable, multiline: (node.maxLength ?? 0) > MULTILINE_FROM };
    case 'union':
      if (isOptionalDate(node)) return { kind: 'date' };
      // A flow's end: a record's id or a built-in zone.
      if (node.def.options?.some((o) => o.def.type === 'string' && o.format === 'uuid'))
        return { kind: 'none', reason: reasons.reference };
      return { kind: 'none', reason: type === 'answer' ? reasons.answer : reasons.other };
    case 'enum':
      return { kind: 'select', options: Object.values(def.entries ?? {}), nullable };
    case 'boolean':
      return { kind: 'yes-no', nullable };
    case 'number':
      return { kind: 'number', nullable };
    case 'array':
      return { kind: 'none', reason: reasons.list };
    default:
      return { kind: 'none', reason: reasons.other };
  }
}

/** The text an editor starts from for a value: what its input shows. */
export function editorText(editor: FieldEditor, value: unknown): string {
  if (editor.kind === 'yes-no') return value === true ? 'yes' : value === false ? 'no' : editor.nullable ? '' : 'no';
  if (editor.kind === 'select' && !editor.options.includes(String(value)))
    return editor.nullable ? '' : (editor.options[0] ?? '');
  return value === null || value === undefined ? '' : String(value);
}

/** One zod issue in plain words. */
function explain(issue: z.core.$ZodIssue | undefined, editor: FieldEditor): string {
  if (!issue) return 'That value does not fit this field.';
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? `That is too long: at most ${String(issue.maximum)} characters.`
        : `That is too large: at most ${String(issue.maximum)}.`;
    case 'too_small':
      return issue.origin === 'string'
        ? `That is too short: at least ${String(issue.minimum)} characters.`
        : `That is too small: at least ${String(issue.minimum)}.`;
    case 'invalid_format':
      return issue.format === 'date'
        ? 'That is not a date: use year-month-day, such as 2025-03-31.'
        : 'That is not in the expected format.';
    case 'invalid_value':
      return 'Choose one of the listed values.';
    case 'invalid_type':
      if (editor.kind === 'number')
        return issue.expected === 'int'
          ? 'Type a whole number.'
          : editor.nullable
            ? 'Type a number, or leave it empty for not known.'
            : 'Type a number.';
      return 'That value does not fit this field.';
    default:
      return 'That value does not fit this field.';
  }
}

/** The typed text as the field's value, checked against its schema; a message in plain words when it does not fit. */
export function parseEdited(
  type: EntityType,
  field: string,
  editor: FieldEditor,
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  if (editor.kind === 'none') return { ok: false, message: editor.reason };
  let value: unknown = text;
  if (editor.kind === 'yes-no') value = text === 'yes' ? true : text === 'no' ? false : null;
  else if (editor.kind === 'number') value = text.trim() === '' ? null : Number(text);
  else if (editor.kind === 'select' && text === '' && editor.nullable) value = null;
  const schema = (entities[type].schema.shape as Record<string, z.ZodType | undefined>)[field];
  if (!schema) return { ok: false, message: 'This field is not known to this version of the app.' };
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, message: explain(parsed.error.issues[0], editor) };
}
