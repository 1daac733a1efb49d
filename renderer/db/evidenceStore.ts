/**
 * Attaching evidence to a record and taking it off again: the limits checked, the bytes
 * stored once under their SHA-256 (evidenceBlobs.ts), then the record written. The bytes
 * given here are already what is to be kept: a photo downscaled and stripped of its
 * metadata by the evidence worker, a file as it came.
 */
import {
  byteSize,
  evidenceId,
  evidenceLimits,
  plainFileName,
  type Evidence,
  type EvidenceMediaType,
  type EvidenceTarget,
} from '../../shared/model/evidence';
import { blobBytes, putBlob, sweepBlobs } from './evidenceBlobs';
import type { Entity, Repositories } from './repository';
import type { Vault } from './vault';

export interface EvidenceInput {
  assessmentId: string;
  target: EvidenceTarget;
  targetId: string;
  fileName: string;
  mediaType: EvidenceMediaType;
  bytes: Uint8Array;
  width?: number;
  height?: number;
  caption?: string;
  addedBy?: string;
}

export class EvidenceLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvidenceLimitError';
  }
}

export async function sha256Of(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Why this file may not join the assessment's evidence, or undefined when it may. */
export function limitProblem(existing: readonly Evidence[], size: number, fileName: string): string | undefined {
  if (size > evidenceLimits.fileBytes)
    return `${fileName} is ${byteSize(size)}; one file may be at most ${byteSize(evidenceLimits.fileBytes)}.`;
  if (existing.length >= evidenceLimits.assessmentItems)
    return `This assessment already holds ${evidenceLimits.assessmentItems} pieces of evidence, the most one may hold.`;
  const total = existing.reduce((sum, e) => sum + e.size, 0);
  if (total + size > evidenceLimits.assessmentBytes)
    return `This assessment's evidence would pass ${byteSize(evidenceLimits.assessmentBytes)} (it holds ${byteSize(total)}), so ${fileName} was not added.`;
  return undefined;
}

/**
 * Attaches the bytes to the target. The same bytes attached to the same record again is
 * the record already there; a file over the limits throws EvidenceLimitError, storing
 * nothing.
 */
export async function attachEvidence(
  vault: Vault,
  repos: Repositories,
  input: EvidenceInput,
  now: Date = new Date(),
): Promise<Entity<'evidence'>> {
  const fileName = plainFileName(input.fileName);
  const existing = await repos.evidence.list(input.assessmentId);
  const problem = limitProblem(
    existing.map((e) => e.data),
    input.bytes.byteLength,
    fileName,
  );
  if (problem) throw new EvidenceLimitError(problem);
  const sha256 = await sha256Of(input.bytes);
  const id = await evidenceId(input.assessmentId, input.target, input.targetId, sha256);
  const already = existing.find((e) => e.id === id);
  if (already) return already;
  await putBlob(vault, sha256, [input.bytes]);
  const data: Evidence = {
    assessmentId: input.assessmentId,
    target: input.target,
    targetId: input.targetId,
    fileName,
    caption: input.caption ?? '',
    mediaType: input.mediaType,
    size: input.bytes.byteLength,
    sha256,
    width: input.width ?? 0,
    height: input.height ?? 0,
    addedAt: now.toISOString(),
    addedBy: input.addedBy ?? '',
  };
  // Taken off earlier, the derived id is a tombstone, which stays one: attach anew under a fresh id.
  const tombstoned = (await repos.evidence.get(id))?.deleted;
  return repos.evidence.create(data, tombstoned ? crypto.randomUUID() : id);
}

/** The evidence attached to one record, oldest first. */
export async function evidenceFor(
  repos: Repositories,
  assessmentId: string,
  target: EvidenceTarget,
  targetId: string,
): Promise<Entity<'evidence'>[]> {
  const all = await repos.evidence.list(assessmentId);
  return all
    .filter((e) => e.data.target === target && e.data.targetId === targetId)
    .sort((a, b) => a.data.addedAt.localeCompare(b.data.addedAt));
}

/** The stored bytes of one piece of evidence. */
export function evidenceBytes(vault: Vault, evidence: Evidence): Promise<Uint8Array<ArrayBuffer>> {
  return blobBytes(vault, evidence.sha256);
}

/**
 * Takes evidence off its record (a tombstone, so the removal merges), then removes the
 * bytes no live evidence names any more.
 */
export async function removeEvidence(vault: Vault, repos: Repositories, id: string): Promise<void> {
  await repos.evidence.remove(id);
  await sweepUnusedBlobs(vault, repos);
}

/** Deletes the bytes that no live evidence record names (after a removal, a merge or an interrupted write). */
export async function sweepUnusedBlobs(vault: Vault, repos: Repositories): Promise<number> {
  const live = (await repos.evidence.all()).filter((e) => !e.deleted);
  return sweepBlobs(vault, new Set(live.map((e) => e.data.sha256)));
}
