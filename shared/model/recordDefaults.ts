/**
 * A record written before a field existed does not hold it. Files are parsed with the
 * schema, which fills the field's default; records stored on this computer are not
 * parsed again when read (see renderer/db/vault.ts), so this fills the same defaults
 * for them, cheaply: a record that holds every field comes back as it is. An
 * assessment stored as 'final' (before the review workflow) reads as 'reviewed'.
 */
import type { z } from 'zod';
import { entities, type EntityData, type EntityType } from './entities';

const defaulted = new Map<EntityType, [string, z.ZodType][]>();

/** The fields of a type that have a default (they accept a missing value). */
function defaultedFields(type: EntityType): [string, z.ZodType][] {
  let fields = defaulted.get(type);
  if (!fields) {
    const shape = entities[type].schema.shape as Record<string, z.ZodType>;
    fields = Object.entries(shape).filter(([, schema]) => schema.safeParse(undefined).success);
    defaulted.set(type, fields);
  }
  return fields;
}

/** Each field of a type that has a default, with that default (the digest of an issued assessment leaves them out). */
export function fieldDefaults(type: EntityType): Map<string, unknown> {
  return new Map(defaultedFields(type).map(([field, schema]) => [field, schema.safeParse(undefined).data]));
}

/** The data with every missing field that has a default set to it; the same object when none is missing. */
export function withDefaults<E extends EntityType>(type: E, data: object): EntityData<E> {
  let out: Record<string, unknown> | undefined;
  for (const [field, schema] of defaultedFields(type)) {
    if (field in data) continue;
    const parsed = schema.safeParse(undefined);
    if (!parsed.success) continue;
    out ??= { ...(data as Record<string, unknown>) };
    out[field] = parsed.data;
  }
  if (type === 'assessment' && (data as { status?: unknown }).status === 'final')
    out = { ...(out ?? data), status: 'reviewed' }; // as the schema reads it (shared/model/assessment.ts)
  return (out ?? data) as EntityData<E>;
}
