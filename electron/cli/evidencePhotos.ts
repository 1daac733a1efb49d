/**
 * The photos of one assessment from a file, for a report's appendix: the bytes of the
 * live photo evidence of that assessment, by SHA-256, up to a bound (the rest of the
 * file streams past, checked, and is not kept).
 */
import { readPlaintext } from '../../shared/bundle/blobSection';
import { openStream, type UnlockKey } from '../../shared/bundle/readBundle';
import { concatBytes } from '../../shared/crypto/bytes';
import { isPhoto } from '../../shared/model/evidence';
import { fileStream, inputSize, MAX_CONTENT_BYTES } from './io';
import { openFailure, parsedContent } from './openInput';

/** Photo bytes a report takes at most: a PDF appendix, not an archive. */
export const MAX_REPORT_PHOTO_BYTES = 128 * 1024 * 1024;

/** sha256 → bytes of the photos of `assessmentId` in `file`, oldest first, until `maxBytes`. */
export async function photosOfAssessment(
  file: string,
  key: UnlockKey,
  assessmentId: string,
  maxBytes = MAX_REPORT_PHOTO_BYTES,
): Promise<Map<string, Uint8Array>> {
  const photos = new Map<string, Uint8Array>();
  const wanted = new Set<string>();
  try {
    const stream = openStream(fileStream(file), { key, totalBytes: await inputSize(file) });
    await readPlaintext(stream, {
      maxJsonBytes: MAX_CONTENT_BYTES,
      json: (text) => {
        const content = parsedContent(file, text);
        let total = 0;
        const live = content.records.evidence
          .filter((e) => !e.deleted && e.data.assessmentId === assessmentId && isPhoto(e.data.mediaType))
          .sort((a, b) => a.data.addedAt.localeCompare(b.data.addedAt));
        for (const { data } of live) {
          if (wanted.has(data.sha256) || total + data.size > maxBytes) continue;
          wanted.add(data.sha256);
          total += data.size;
        }
        return content.manifest.blobs ?? [];
      },
      blob: async (entry, pieces) => {
        if (!wanted.has(entry.sha256)) return;
        const parts: Uint8Array[] = [];
        for await (const piece of pieces) parts.push(piece);
        photos.set(entry.sha256, concatBytes(...parts));
      },
    });
  } catch (error) {
    throw openFailure(file, error);
  }
  return photos;
}
