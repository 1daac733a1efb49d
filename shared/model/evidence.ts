/**
 * Evidence: a photo (a device label, the network closet, the vendor's modem) or a file (a
 * vendor's MDS2 form, a configuration export) attached to what it documents: an asset,
 * a finding, a checklist answer or a vendor link. The record holds what the file is and
 * its SHA-256; the bytes live apart (the app's encrypted blob store, the assessment
 * file's blob section) under that hash, so the same photo attached on two laptops is
 * one record (its id is derived from where it is attached and the hash) and one blob.
 */
import { z } from 'zod';
import { recordId, text } from './fields';
import { derivedId } from './derivedId';

/**
 * What evidence can be attached to. Each is named by its record id; a finding by the id its
 * decision record has or would have (rules/findingStatus.ts: derived from its key), so
 * a photo can document a finding nobody has decided on yet.
 */
export const evidenceTarget = z.enum(['asset', 'finding', 'answer', 'vendorAccess']);
export type EvidenceTarget = z.infer<typeof evidenceTarget>;
export const evidenceTargetLabels: Record<EvidenceTarget, string> = {
  asset: 'Device',
  finding: 'Finding',
  answer: 'Checklist answer',
  vendorAccess: 'Vendor link',
};

/**
 * The kinds of file kept. Photos are decoded, downscaled and re-encoded before storing
 * (which drops EXIF, GPS, XMP and maker notes); other files are kept as they came.
 */
export const evidenceMediaType = z.enum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'text/plain']);
export type EvidenceMediaType = z.infer<typeof evidenceMediaType>;
export const isPhoto = (mediaType: EvidenceMediaType) => mediaType.startsWith('image/');

/** Lower-case hex SHA-256 of the stored bytes. */
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex');

/** Limits, in one place: what one file and one assessment may hold. */
export const evidenceLimits = {
  /** A file as picked (a photo before downscaling included). */
  fileBytes: 25 * 1024 * 1024,
  /** All evidence of one assessment, as stored. */
  assessmentBytes: 1024 * 1024 * 1024,
  /** Items per assessment. */
  assessmentItems: 2000,
  /** The longer side of a stored photo, in pixels. */
  photoPixels: 2048,
} as const;

export const evidenceData = z.object({
  assessmentId: recordId,
  target: evidenceTarget,
  /** The asset's, vendor link's or answer's id, or the finding's decision record id. */
  targetId: recordId,
  /** The file's name as picked, without any folder ("closet.jpg"). */
  fileName: text(255),
  caption: text(1000).default(''),
  mediaType: evidenceMediaType,
  /** Bytes as stored (after downscaling). */
  size: z.number().int().nonnegative().max(evidenceLimits.fileBytes),
  sha256: sha256Hex,
  /** A photo's stored size in pixels; 0 for files. */
  width: z.number().int().nonnegative().max(100_000).default(0),
  height: z.number().int().nonnegative().max(100_000).default(0),
  /** When it was attached (ISO time). */
  addedAt: text(40),
  /** Who took or added it, as the assessor signs. */
  addedBy: text(200).default(''),
});
export type Evidence = z.infer<typeof evidenceData>;

/** One record per file per place: attaching the same bytes twice to the same thing is one record. */
export function evidenceId(assessmentId: string, target: EvidenceTarget, targetId: string, sha256: string) {
  return derivedId('evidence', assessmentId, target, targetId, sha256);
}

/** "closet.jpg" from "C:\\Users\\me\\closet.jpg" or "/home/me/closet.jpg"; control bytes dropped. */
export function plainFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 255) || 'file';
}

/**
 * "2.4 MB", "310 kB", "25 MB", "900 bytes": in units of 1,024 as file managers show them, so
 * a limit of 25 MiB reads "25 MB" and a file of 30 MiB "30 MB".
 */
export function byteSize(bytes: number): string {
  const units = ['kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 'bytes';
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  if (unit === 'bytes') return `${bytes} bytes`;
  return `${value < 10 ? Number(value.toFixed(1)) : Math.round(value)} ${unit}`;
}
