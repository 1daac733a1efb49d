/**
 * Makes a picked file fit to keep as evidence, off the UI thread: its real kind read from
 * its first bytes; a photo decoded with its orientation applied, downscaled to at most
 * evidenceLimits.photoPixels on its longer side and encoded again from its pixels, which
 * leaves its EXIF, GPS position, XMP, maker notes and serials behind, then checked to
 * hold no metadata segment before it goes back. PDFs and text files go back as they came.
 * What evidence.worker.ts exposes.
 */
import { transfer } from 'comlink';
import { evidenceLimits, isPhoto, type EvidenceMediaType } from '../../shared/model/evidence';
import { fileKind, photoMetadataProblem } from '../../shared/model/evidenceFile';
import { failPlainly, WorkerTaskError } from './workerTask';

export interface PreparedEvidence {
  mediaType: EvidenceMediaType;
  bytes: Uint8Array<ArrayBuffer>;
  /** A photo's stored size in pixels; 0 for files. */
  width: number;
  height: number;
}

/** JPEG quality of a re-encoded photo: a device label stays readable at a quarter of the size. */
const JPEG_QUALITY = 0.85;

/** The size a photo is stored at: its longer side at most `limit`, never enlarged. */
export function fittedSize(width: number, height: number, limit: number = evidenceLimits.photoPixels) {
  const scale = Math.min(1, limit / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

async function cleanPhoto(bytes: Uint8Array<ArrayBuffer>, mediaType: EvidenceMediaType, fileName: string) {
  let bitmap: ImageBitmap;
  try {
    // Orientation first: once the EXIF is gone, a sideways photo would stay sideways.
    bitmap = await createImageBitmap(new Blob([bytes], { type: mediaType }), { imageOrientation: 'from-image' });
  } catch {
    throw new WorkerTaskError(`${fileName} could not be read as a picture, so it was not added.`);
  }
  const { width, height } = fittedSize(bitmap.width, bitmap.height);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new WorkerTaskError(`${fileName} could not be prepared, so it was not added.`);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  // A PNG (a screenshot, a scanned label) stays lossless; a photo, WebP included, becomes a JPEG,
  // which every report (PDF and Word) can picture.
  const type = mediaType === 'image/png' ? 'image/png' : 'image/jpeg';
  const blob = await canvas.convertToBlob({ type, quality: JPEG_QUALITY });
  const written = (blob.type || type) as EvidenceMediaType;
  const out = new Uint8Array(await blob.arrayBuffer());
  const problem = photoMetadataProblem(out, written);
  if (problem) throw new WorkerTaskError(problem);
  return { mediaType: written, bytes: out, width, height };
}

export const evidenceApi = {
  /** The bytes to store for a picked file, or a WorkerTaskError naming why it is refused. */
  prepare: (bytes: Uint8Array<ArrayBuffer>, fileName: string): Promise<PreparedEvidence> =>
    failPlainly(`${fileName} could not be prepared, so it was not added.`, async () => {
      const kind = fileKind(bytes, fileName);
      if ('problem' in kind) throw new WorkerTaskError(kind.problem);
      const prepared: PreparedEvidence = isPhoto(kind.mediaType)
        ? await cleanPhoto(bytes, kind.mediaType, fileName)
        : { mediaType: kind.mediaType, bytes, width: 0, height: 0 };
      return transfer(prepared, [prepared.bytes.buffer]);
    }),
};
