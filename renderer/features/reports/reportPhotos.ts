/**
 * The photos' bytes for a clinic report's evidence appendix, decrypted from the blob
 * store: the first ones within the appendix's limits (60 photos, 60 MB), each once, so a
 * report stays a file one can send; how many were left out is said in the report.
 */
import type { Evidence } from '../../../shared/model/evidence';
import { LEFT_OUT, photosToInclude, type EvidencePhotos } from '../../../shared/report/reportEvidence';
import { blobBytes } from '../../db/evidenceBlobs';
import type { Vault } from '../../db/vault';

export interface ReportPhotos extends EvidencePhotos {
  bytes: Map<string, Uint8Array<ArrayBuffer>>;
}

export async function loadReportPhotos(vault: Vault, evidence: readonly Evidence[]): Promise<ReportPhotos> {
  const { include, leftOut } = photosToInclude([...evidence].sort((a, b) => a.addedAt.localeCompare(b.addedAt)));
  const bytes = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const sha256 of include) {
    try {
      bytes.set(sha256, await blobBytes(vault, sha256));
    } catch {
      // A photo whose bytes are missing here (not yet copied, or damaged) is listed without its picture.
    }
  }
  return { bytes, leftOut, missing: leftOut ? LEFT_OUT : 'not on this computer' };
}
