/**
 * The evidence appendix of a clinic report: each photo and file attached, listed under
 * what it documents (the device, vendor link, finding or checklist answer, by name), with
 * its caption, file name, size and the start of its SHA-256 so a reader can match it to
 * the file it came from. The pictures themselves are passed to the PDF apart (by hash).
 */
import { questionsById } from '../checklists/checklist';
import { answerId } from '../checklists/answerId';
import { byteSize, evidenceTargetLabels, isPhoto, type Evidence, type EvidenceMediaType } from '../model/evidence';
import type { AssessmentRecords } from '../model/assessmentRecords';
import { recordNames } from '../model/assessmentRecords';
import { findingId } from '../rules/findingStatus';
import type { FindingRow } from './reportFindings';

export interface EvidenceRow {
  sha256: string;
  /** "Device: Reception PC". */
  documents: string;
  caption: string;
  fileName: string;
  size: string;
  /** The first 16 hex digits of the SHA-256. */
  hashPrefix: string;
  mediaType: EvidenceMediaType;
  photo: boolean;
  width: number;
  height: number;
}

/** Digits of the SHA-256 shown: enough to tell files apart, short enough for a caption line. */
export const HASH_PREFIX = 16;

const order = { asset: 0, vendorAccess: 1, finding: 2, answer: 3 } as const;

/** The rows of the evidence appendix: by what they document (devices, vendor links, findings, answers), then by when added. */
export async function reportEvidence(
  records: Pick<AssessmentRecords, 'assessment' | 'evidence'> & Parameters<typeof recordNames>[0],
  findings: readonly FindingRow[],
): Promise<EvidenceRow[]> {
  const live = records.evidence;
  if (!live.length) return [];
  const names = recordNames(records);
  const findingTitles = new Map(
    await Promise.all(findings.map(async (f) => [await findingId(records.assessment.id, f.key), f.title] as const)),
  );
  // An answer's evidence is named by the id its answer has or would have: the question may be unanswered yet.
  const answerQuestions = new Map(
    await Promise.all(
      [...questionsById.values()].map(async (q) => [await answerId(records.assessment.id, q.id), q.text] as const),
    ),
  );
  const nameOf = (target: keyof typeof order, id: string) =>
    (target === 'finding' ? findingTitles.get(id) : target === 'answer' ? answerQuestions.get(id) : names.get(id)) ??
    'a record no longer in the assessment';
  return [...live]
    .sort(
      (a, b) =>
        order[a.data.target] - order[b.data.target] ||
        nameOf(a.data.target, a.data.targetId).localeCompare(nameOf(b.data.target, b.data.targetId)) ||
        a.data.addedAt.localeCompare(b.data.addedAt),
    )
    .map(({ data: e }) => ({
      sha256: e.sha256,
      documents: `${evidenceTargetLabels[e.target]}: ${nameOf(e.target, e.targetId)}`,
      caption: e.caption,
      fileName: e.fileName,
      size: byteSize(e.size),
      hashPrefix: e.sha256.slice(0, HASH_PREFIX),
      mediaType: e.mediaType,
      photo: isPhoto(e.mediaType),
      width: e.width,
      height: e.height,
    }));
}

/** The photos' bytes a PDF lays out, by SHA-256, what to say of a photo whose bytes are not among them, and how many the limits left out. */
export interface EvidencePhotos {
  bytes: ReadonlyMap<string, Uint8Array>;
  /** Said after "Photo" of a photo not laid out: "not in this file", "left out (…)". */
  missing: string;
  leftOut?: number;
}

/** The most photos, and bytes of photos, a report's appendix lays out: a report stays a file one can mail. */
export const appendixLimits = { photos: 60, bytes: 60 * 1024 * 1024 } as const;

export const LEFT_OUT = `left out: a report holds at most ${appendixLimits.photos} photos (${appendixLimits.bytes / 1024 / 1024} MB)`;

/** Which photos' bytes go into the appendix (the first ones, each once) within appendixLimits; how many are left out. */
export function photosToInclude(items: readonly Pick<Evidence, 'sha256' | 'size' | 'mediaType'>[]): {
  include: string[];
  leftOut: number;
} {
  const include = new Set<string>();
  const left = new Set<string>();
  let bytes = 0;
  for (const item of items) {
    if (!isPhoto(item.mediaType) || include.has(item.sha256)) continue;
    if (include.size >= appendixLimits.photos || bytes + item.size > appendixLimits.bytes) left.add(item.sha256);
    else {
      include.add(item.sha256);
      bytes += item.size;
    }
  }
  return { include: [...include], leftOut: left.size };
}
