/**
 * The content an issue signs: the assessment's own data (without its review and issue
 * bookkeeping) and every live record of the assessment (answers, inventory, flows,
 * finding decisions, and any kind added later whose parent is the assessment), sorted by
 * kind and id, written as canonical JSON (sorted keys) and hashed with SHA-256. A field
 * holding its schema's default is left out, so a field added by a later version (which
 * reads with its default) does not change the digest of content issued before it.
 * The clinic's own details (contacts, address) are not part of it: they belong to every
 * visit, and editing them must not unsettle the assessments issued before.
 */
import { asBufferSource, utf8 } from '../crypto/bytes';
import type { Assessment } from '../model/assessment';
import { issueBookkeepingFields } from '../model/assessmentIssue';
import { entities, entityTypes, type EntityType } from '../model/entities';
import { fieldDefaults } from '../model/recordDefaults';
import type { WithId } from '../model/withId';

/** The kinds of record that belong to an assessment. */
export const assessmentChildTypes = entityTypes.filter((t) => entities[t].parent === 'assessmentId');

interface StoredLike {
  id: string;
  data: object;
  deleted?: unknown;
}

/** Records by kind, as a decrypted file or the repositories hold them (tombstones are skipped). */
export type RecordsByKind = Partial<Record<EntityType, readonly StoredLike[]>>;

/** JSON with every object's keys sorted, so the same content always reads as the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function withoutDefaults(kind: EntityType, data: object, leaveOut: readonly string[] = []): Record<string, unknown> {
  const defaults = fieldDefaults(kind);
  return Object.fromEntries(
    Object.entries(data).filter(
      ([field, value]) =>
        !leaveOut.includes(field) &&
        !(defaults.has(field) && canonicalJson(defaults.get(field)) === canonicalJson(value)),
    ),
  );
}

/** The canonical text of an assessment's content: what its digest hashes. */
export function canonicalContent(assessment: WithId<Assessment>, records: RecordsByKind): string {
  const rows: [string, string, Record<string, unknown>][] = [];
  for (const kind of assessmentChildTypes)
    for (const r of records[kind] ?? [])
      if (!r.deleted && (r.data as { assessmentId?: unknown }).assessmentId === assessment.id)
        rows.push([kind, r.id, withoutDefaults(kind, r.data)]);
  rows.sort(([k1, id1], [k2, id2]) => (k1 < k2 ? -1 : k1 > k2 ? 1 : id1 < id2 ? -1 : id1 > id2 ? 1 : 0));
  return canonicalJson({
    format: 'clinic-assessor issued content v1',
    assessment: { id: assessment.id, data: withoutDefaults('assessment', assessment.data, issueBookkeepingFields) },
    records: rows,
  });
}

export async function hexDigest(text: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', asBufferSource(utf8(text))));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 (hex) of the assessment's canonical content. */
export const contentDigest = (assessment: WithId<Assessment>, records: RecordsByKind) =>
  hexDigest(canonicalContent(assessment, records));
