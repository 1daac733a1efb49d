/**
 * What an assessment file carries once decrypted: a manifest and the records, with
 * their merge metadata, tombstones included. Everything is validated on import:
 * the file is untrusted until every record fits its schema. Content written by an
 * earlier version (format 1.0 and 1.1: no flows, fewer fields) reads as if written now,
 * with no flows and every newer field at its default; the networks' older fields
 * become flows where the records are stored (see model/legacyFlows.ts).
 */
import { z } from 'zod';
import { entities, entityTypes, type EntityType } from '../model/entities';
import { versionedRecordSchema } from '../model/versionedRecord';
import type { BundleRecords } from '../model/bundleRecords';
import { redactRecords } from './redaction';
import { plainIssue } from '../model/plainIssues';
import { manifestBlobs, type ManifestBlob } from './blobSection';

export const BUNDLE_CONTENT_SCHEMA = 1;
const MAX_RECORDS_PER_TYPE = 500_000;

export const bundleManifest = z.object({
  app: z.literal('clinic-assessor'),
  schema: z.literal(BUNDLE_CONTENT_SCHEMA),
  exportedBy: z.object({ device: z.string().min(1).max(64), assessor: z.string().max(200) }),
  scope: z.object({ kind: z.enum(['assessment', 'clinic', 'all']), ids: z.array(z.uuid()).max(10_000) }),
  created: z.string().max(40),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** Contacts and free-text notes were left out (see redaction.ts); importers merge such a file conservatively. */
  redacted: z.boolean().optional(),
  /** 1.4: the evidence bytes carried after the JSON (blobSection.ts), each once; none when missing. */
  blobs: manifestBlobs.optional(),
  /** 1.4: a redacted export that left out every photo and file, records and bytes. */
  evidenceLeftOut: z.boolean().optional(),
});
export type BundleManifest = z.infer<typeof bundleManifest>;

/**
 * Kinds of record a file of an earlier minor version does not list: flows came with 1.2
 * (model v2); the admin register, target flows and compromise indicators with 1.3 (model v3);
 * evidence with 1.4 (model v4); plan items, ePHI stores and HICP practices with 1.5 (model v5).
 */
const addedLater: ReadonlySet<EntityType> = new Set<EntityType>([
  'flow',
  'adminAccount',
  'targetFlow',
  'indicator',
  'evidence',
  'planItem',
  'ephiStore',
  'practice',
]);

const recordsShape: Record<string, z.ZodType> = Object.fromEntries(
  entityTypes.map((type) => {
    const list = z.array(versionedRecordSchema(entities[type].schema)).max(MAX_RECORDS_PER_TYPE);
    return [type, addedLater.has(type) ? list.default([]) : list];
  }),
);

export const bundleContent = z.object({ manifest: bundleManifest, records: z.object(recordsShape) });

export type { BundleRecords } from '../model/bundleRecords';
export interface BundleContent {
  manifest: BundleManifest;
  records: BundleRecords;
}

/** Parses decrypted bytes; throws a plain Error with the first problem found. */
export function parseBundleContent(json: string): BundleContent {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('The assessment file decrypted, but its contents are not valid JSON.');
  }
  const parsed = bundleContent.safeParse(raw);
  if (!parsed.success) {
    throw new Error(plainIssue(parsed.error, { what: 'assessment file', input: raw }));
  }
  return parsed.data as unknown as BundleContent;
}

export type BundleScope = { kind: 'all' } | { kind: 'clinic' | 'assessment'; ids: string[] };

/** The bytes the live evidence of `records` names, each once, in record order. */
export function evidenceBlobs(records: BundleRecords): ManifestBlob[] {
  const out = new Map<string, ManifestBlob>();
  for (const r of records.evidence)
    if (!r.deleted && !out.has(r.data.sha256)) out.set(r.data.sha256, { sha256: r.data.sha256, size: r.data.size });
  return [...out.values()];
}

export interface ContentOptions {
  /** Leave out contacts and free-text notes (redaction.ts). */
  redact?: boolean;
  /** Leave out every photo and file: evidence records and their bytes. */
  leaveOutEvidence?: boolean;
  /** The evidence bytes the file will carry (default: every one its live evidence names). */
  blobs?: ManifestBlob[];
}

/** The content of a file: a manifest saying who exported what, and the records. */
export function buildBundleContent(
  all: BundleRecords,
  scope: BundleScope,
  device: string,
  assessor: string,
  options: ContentOptions = {},
): BundleContent {
  const kept = options.leaveOutEvidence ? { ...all, evidence: [] } : all;
  const records = options.redact ? redactRecords(kept) : kept;
  return {
    manifest: {
      app: 'clinic-assessor',
      schema: BUNDLE_CONTENT_SCHEMA,
      exportedBy: { device, assessor },
      scope: { kind: scope.kind, ids: scope.kind === 'all' ? [] : scope.ids },
      created: new Date().toISOString(),
      counts: Object.fromEntries(entityTypes.map((t) => [t, records[t].length])),
      ...(options.redact ? { redacted: true } : {}),
      blobs: options.leaveOutEvidence ? [] : (options.blobs ?? evidenceBlobs(records)),
      ...(options.leaveOutEvidence ? { evidenceLeftOut: true } : {}),
    },
    records,
  };
}
