/**
 * How a person can type a third value for a field in conflict, read from the field's
 * zod schema: free text, one of a list, yes / no / not known, or a number. Lists of
 * records (such as the networks a vendor reaches) are kept to picking a side.
 */
import type { z } from 'zod';
import { entities, type EntityType } from '../../../shared/model/entities';

export type FieldEditor =
  | { kind: 'text'; nullable: boolean }
  | { kind: 'select'; options: string[]; nullable: boolean }
  | { kind: 'yes-no'; nullable: boolean }
  | { kind: 'number'; nullable: boolean }
  | { kind: 'none' };

interface Def {
  type: string;
  innerType?: { def: Def };
  entries?: Record<string, string>;
}

export function fieldEditor(type: EntityType, field: string): FieldEditor {
  const shape = entities[type].schema.shape as Record<string, { def: Def } | undefined>;
  let def = shape[field]?.def;
  let nullable = false;
  while (def && (def.type === 'nullable' || def.type === 'default' || def.type === 'optional')) {
    if (def.type === 'nullable') nullable = true;
    def = def.innerType?.def;
  }
  switch (def?.type) {
    case 'string':
      return { kind: 'text', nullable };
    case 'enum':
      return { kind: 'select', options: Object.values(def.entries ?? {}), nullable };
    case 'boolean':
      return { kind: 'yes-no', nullable };
    case 'number':
      return { kind: 'number', nullable };
    default:
      return { kind: 'none' };
  }
}

/** The typed text as the field's value, checked against its schema; a message when it does not fit. */
export function parseEdited(type: EntityType, field: string, editor: FieldEditor, text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let value: unknown = text;
  if (editor.kind === 'yes-no') value = text === 'yes' ? true : text === 'no' ? false : null;
  else if (editor.kind === 'number') value = text.trim() === '' ? null : Number(text);
  else if (editor.kind === 'select' && text === '' && editor.nullable) value = null;
  const schema = (entities[type].schema.shape as Record<string, z.ZodType>)[field];
  const parsed = schema?.safeParse(value);
  if (!parsed?.success) return { ok: false, message: parsed?.error.issues[0]?.message ? `That value does not fit this field: ${parsed.error.issues[0].message}.` : 'That value does not fit this field.' };
  return { ok: true, value: parsed.data };
}
