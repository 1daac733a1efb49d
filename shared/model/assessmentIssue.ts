/**
 * What issuing an assessment records: who reviewed it, when it was issued, the digest
 * of its content (shared/bundle/issuedContent.ts) and the reviewer's ECDSA P-256
 * signature over it, with the public key that checks it, so the file verifies anywhere.
 * Earlier revisions keep a summary of their issue, so the history stays visible.
 */
import { z } from 'zod';
import { text } from './fields';

const base64 = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

export const assessmentIssue = z.object({
  revision: z.number().int().min(1).max(100_000),
  /** When it was issued: an ISO timestamp. */
  issuedAt: text(40),
  reviewer: text(200),
  /** The name on the signing key, as its holder wrote it. */
  signerName: text(200),
  /** SHA-256 of the canonical content, hex. */
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 digest'),
  /** ECDSA P-256 r || s (low s), base64. */
  signature: base64,
  /** The signer's public point (65 bytes uncompressed), base64. */
  publicKey: base64,
});
export type AssessmentIssue = z.infer<typeof assessmentIssue>;

/** An earlier revision's issue, as the history lists it. */
export const pastIssue = assessmentIssue.pick({ revision: true, issuedAt: true, reviewer: true, digest: true });
export type PastIssue = z.infer<typeof pastIssue>;

/** The assessment's fields that record its review and issue rather than its content. */
export const issueBookkeepingFields = ['status', 'revision', 'reviewer', 'reviewedAt', 'issue', 'pastIssues'] as const;

export const issueFields = {
  /** 1 for the first issue; starting a new revision after an issue adds one. */
  revision: z.number().int().min(1).max(100_000).default(1),
  /** Who reviewed it (Mark reviewed), and when (an ISO timestamp). */
  reviewer: text(200).default(''),
  reviewedAt: text(40).default(''),
  /** The signed issue while the status is issued (kept, and summarised, once a new revision starts). */
  issue: assessmentIssue.nullable().default(null),
  pastIssues: z.array(pastIssue).max(1000).default([]),
};

/** The review and issue fields of an assessment nobody has reviewed yet: spread into a new assessment's data. */
export const notYetReviewed = { revision: 1, reviewer: '', reviewedAt: '', issue: null, pastIssues: [] as PastIssue[] };
