/**
 * Assessment files with evidence, for tests and benches: the sample clinic with photos
 * attached to its first device, sealed as a 1.4 file with their bytes, and read back.
 */
import { createHash } from 'node:crypto';
import { buildBundleContent, type BundleContent, type BundleRecords } from '../../shared/bundle/bundleContent';
import { contentPlaintext, readContent } from '../../shared/bundle/contentStream';
import { openStream, type BundleInfo } from '../../shared/bundle/readBundle';
import { sealStream } from '../../shared/bundle/writeBundle';
import { concatBytes } from '../../shared/crypto/bytes';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { evidenceId, type Evidence } from '../../shared/model/evidence';
import { HybridClock } from '../../shared/model/hlc';
import { createVersioned, type VersionedRecord } from '../../shared/model/versionedRecord';
import { sampleRecords } from '../../shared/sample/sampleRecords';
import { cheapKdf } from './bundleTestKit';

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Bytes that differ by `seed`, quickly made. */
export function photoBytes(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = (seed * 2654435761) >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** An evidence record for `bytes` attached to device `assetId` of `assessmentId`. */
export async function evidenceRecord(
  assessmentId: string,
  assetId: string,
  bytes: Uint8Array,
  fileName: string,
  device = 'field-laptop',
): Promise<VersionedRecord<Evidence>> {
  const sha256 = sha256Hex(bytes);
  const data: Evidence = {
    assessmentId,
    target: 'asset',
    targetId: assetId,
    fileName,
    caption: `Label of ${fileName}`,
    mediaType: 'image/jpeg',
    size: bytes.byteLength,
    sha256,
    width: 640,
    height: 480,
    addedAt: '2026-11-20T10:00:00.000Z',
    addedBy: 'Test Assessor',
  };
  return createVersioned(await evidenceId(assessmentId, 'asset', assetId, sha256), data, {
    stamp: new HybridClock().tick(),
    device,
  });
}

/** The sample clinic with `photos` attached to its first device; the bytes by hash. */
export async function recordsWithPhotos(
  photos: Uint8Array[],
  device = 'field-laptop',
): Promise<{ records: BundleRecords; blobs: Map<string, Uint8Array>; assessmentId: string; assetId: string }> {
  const records = await sampleRecords(device, '2026-11-20');
  const assessmentId = records.assessment[0]!.id;
  const assetId = records.asset.find((a) => a.data.assessmentId === assessmentId)!.id;
  records.evidence = await Promise.all(
    photos.map((bytes, i) => evidenceRecord(assessmentId, assetId, bytes, `photo-${i}.jpg`, device)),
  );
  return { records, blobs: new Map(photos.map((b) => [sha256Hex(b), b])), assessmentId, assetId };
}

export const TEST_PASSPHRASE = 'evidence exchange passphrase';
export const passphraseKey = (passphrase = TEST_PASSPHRASE) => ({
  type: 'passphrase' as const,
  passphrase,
  derive: deriveKeyBytes,
});

/** Pieces of at most `size` bytes. */
export function* piecesOf(bytes: Uint8Array, size = 100_000): Generator<Uint8Array> {
  for (let i = 0; i < bytes.byteLength; i += size) yield bytes.subarray(i, i + size);
  if (!bytes.byteLength) yield bytes;
}

/** A 1.4 file of `content` carrying the bytes in `blobs` (by hash). */
export async function sealWithBlobs(
  content: BundleContent,
  blobs: Map<string, Uint8Array>,
  passphrase = TEST_PASSPHRASE,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const plain = contentPlaintext(content, (blob) => piecesOf(blobs.get(blob.sha256)!));
  for await (const part of sealStream(plain, {
    recipients: [{ type: 'passphrase', passphrase, derive: deriveKeyBytes, kdf: cheapKdf() }],
  }))
    parts.push(part);
  return concatBytes(...parts);
}

/** A file of `records` with every blob its evidence names. */
export function fileWithPhotos(records: BundleRecords, blobs: Map<string, Uint8Array>, options = {}) {
  return sealWithBlobs(buildBundleContent(records, { kind: 'all' }, 'field-laptop', 'Test Assessor', options), blobs);
}

/** Opens a file: its content, the blobs it carried (by hash) and its info. */
export async function readWithBlobs(
  file: Uint8Array,
  passphrase = TEST_PASSPHRASE,
): Promise<{ content: BundleContent; blobs: Map<string, Uint8Array>; info: BundleInfo }> {
  const blobs = new Map<string, Uint8Array>();
  const { content, info } = await readContent(openStream([file], { key: passphraseKey(passphrase) }), {
    blob: async (entry, pieces) => {
      const parts: Uint8Array[] = [];
      for await (const piece of pieces) parts.push(piece.slice());
      blobs.set(entry.sha256, concatBytes(...parts));
    },
  });
  return { content, blobs, info };
}
