import { describe, expect, it } from 'vitest';
import { buildBundleContent, evidenceBlobs } from '../../../../shared/bundle/bundleContent';
import { CHUNK_BYTES, TAG_BYTES } from '../../../../shared/bundle/bundleFormat';
import { parseBundle } from '../../../../shared/bundle/readBundle';
import { sealBundle } from '../../../../shared/bundle/writeBundle';
import { concatBytes, utf8 } from '../../../../shared/crypto/bytes';
import { deriveKeyBytes } from '../../../../shared/crypto/kdf';
import { mergeRecordSets } from '../../../../shared/merge/mergeRecordSets';
import { cheapKdf, failure } from '../../../support/bundleTestKit';
import {
  evidenceRecord,
  fileWithPhotos,
  photoBytes,
  readWithBlobs,
  recordsWithPhotos,
  sha256Hex,
  TEST_PASSPHRASE,
} from '../../../support/evidenceFiles';

const u64 = (n: number) => {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(n));
  return out;
};
const hashBytes = (hex: string) => Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16));
const entry = (bytes: Uint8Array, size = bytes.byteLength, sha = sha256Hex(bytes)) =>
  concatBytes(hashBytes(sha), u64(size), bytes);
const sealPlain = (plain: Uint8Array) =>
  sealBundle(plain, {
    recipients: [{ type: 'passphrase', passphrase: TEST_PASSPHRASE, derive: deriveKeyBytes, kdf: cheapKdf() }],
  });

/** A 1.4 plaintext written by hand: the JSON of records with `photos`, then `entries` as given. */
async function handMade(photos: Uint8Array[], entries: Uint8Array[], listed?: { sha256: string; size: number }[]) {
  const { records } = await recordsWithPhotos(photos);
  const content = buildBundleContent(records, { kind: 'all' }, 'field-laptop', 'T', listed ? { blobs: listed } : {});
  const json = utf8(JSON.stringify(content));
  return sealPlain(concatBytes(u64(json.byteLength), json, ...entries));
}

describe('format 1.4: evidence bytes after the records', () => {
  it('brings back every blob exactly, each once, whatever its size', async () => {
    const photos = [0, 1, 1000, CHUNK_BYTES, 3 * CHUNK_BYTES + 17].map((size, i) => photoBytes(size, i + 1));
    const { records, blobs } = await recordsWithPhotos(photos);
    const file = await fileWithPhotos(records, blobs);
    expect(parseBundle(file).version).toEqual({ major: 1, minor: 5 });
    const back = await readWithBlobs(file);
    expect(back.content.records.evidence).toHaveLength(5);
    expect(back.content.manifest.blobs).toHaveLength(5);
    expect([...back.blobs.keys()].sort()).toEqual([...blobs.keys()].sort());
    for (const [sha, bytes] of blobs) expect(back.blobs.get(sha)).toEqual(bytes);
  });

  it('still reads a 1.3 file, whose plaintext is the JSON alone', async () => {
    const { records } = await recordsWithPhotos([]);
    const content = buildBundleContent(records, { kind: 'all' }, 'field-laptop', 'T');
    const { manifest, ...rest } = content;
    const { blobs: _, ...older } = manifest;
    const back = await readWithBlobs(await sealPlain(utf8(JSON.stringify({ manifest: older, ...rest }))));
    expect(back.content.records.asset.length).toBe(records.asset.length);
    expect(back.blobs.size).toBe(0);
  });

  it('refuses a file whose sealed blob bytes were altered, or that was cut inside a blob', async () => {
    const { records, blobs } = await recordsWithPhotos([photoBytes(5 * CHUNK_BYTES, 9)]);
    const file = await fileWithPhotos(records, blobs);
    const altered = file.slice();
    altered[file.byteLength - 2 * CHUNK_BYTES]! ^= 1;
    expect(await failure(readWithBlobs(altered))).toBe('tampered');
    const start = parseBundle(file).authenticated.byteLength + 32;
    // Cut where a chunk ends, in the middle of the blob: the file says it was cut.
    expect(await failure(readWithBlobs(file.slice(0, start + 3 * (CHUNK_BYTES + TAG_BYTES))))).toBe('truncated');
    // Cut inside a chunk: the bytes cannot tell a cut from an alteration.
    expect(await failure(readWithBlobs(file.slice(0, start + 3 * (CHUNK_BYTES + TAG_BYTES) + 100)))).toBe('tampered');
  });

  it('refuses a plaintext that ends inside a blob', async () => {
    const photo = photoBytes(1000, 2);
    const file = await handMade([photo], [entry(photo).subarray(0, 500)]);
    expect(await failure(readWithBlobs(file))).toBe('truncated');
  });

  it('refuses a blob the manifest does not list, a listed blob missing, one twice, and bytes after the last', async () => {
    const [a, b] = [photoBytes(3000, 3), photoBytes(2000, 4)];
    expect(await failure(readWithBlobs(await handMade([a], [entry(a), entry(b)])))).toBe('trailing-data');
    expect(await failure(readWithBlobs(await handMade([a], [entry(b)])))).toBe('blob-unknown');
    expect(await failure(readWithBlobs(await handMade([a, b], [entry(a)])))).toBe('blob-missing');
    const twice = [
      { sha256: sha256Hex(a), size: a.byteLength },
      { sha256: sha256Hex(b), size: b.byteLength },
    ];
    expect(await failure(readWithBlobs(await handMade([a, b], [entry(a), entry(a)], twice)))).toBe('blob-duplicate');
    expect(await failure(readWithBlobs(await handMade([a], [entry(a), utf8('x')])))).toBe('trailing-data');
  });

  it('refuses a blob of another length or hash than listed, and one over the limit', async () => {
    const a = photoBytes(3000, 5);
    expect(await failure(readWithBlobs(await handMade([a], [entry(a, 2999)])))).toBe('blob-mismatch');
    const other = a.slice();
    other[10]! ^= 1;
    expect(await failure(readWithBlobs(await handMade([a], [entry(other, a.byteLength, sha256Hex(a))])))).toBe(
      'blob-mismatch',
    );
    const huge = concatBytes(hashBytes(sha256Hex(a)), u64(26 * 1024 * 1024));
    expect(await failure(readWithBlobs(await handMade([a], [huge])))).toBe('blob-too-large');
  });

  it('says each refusal in one sentence', async () => {
    const a = photoBytes(10, 6);
    await expect(readWithBlobs(await handMade([a], []))).rejects.toThrow(
      /^The assessment file lists a piece of evidence it does not carry, so it was refused \([0-9a-f]{12}…\)\.$/,
    );
  });
});

describe('evidence when files merge and when redacted', () => {
  it('keeps one record and one blob for the same photo of the same device from two laptops, both for different photos', async () => {
    const same = photoBytes(4000, 7);
    const a = await recordsWithPhotos([same], 'laptop-a');
    const b = await recordsWithPhotos([same], 'laptop-a');
    b.records.evidence = [await evidenceRecord(a.assessmentId, a.assetId, same, 'label.jpg', 'laptop-b')];
    const merged = mergeRecordSets([{ records: a.records }, { records: b.records }]).records;
    expect(merged.evidence).toHaveLength(1);
    expect(evidenceBlobs(merged)).toEqual([{ sha256: sha256Hex(same), size: 4000 }]);

    const other = photoBytes(5000, 8);
    b.records.evidence = [await evidenceRecord(a.assessmentId, a.assetId, other, 'closet.jpg', 'laptop-b')];
    const both = mergeRecordSets([{ records: a.records }, { records: b.records }]).records;
    expect(both.evidence).toHaveLength(2);
    expect(
      evidenceBlobs(both)
        .map((x) => x.sha256)
        .sort(),
    ).toEqual([sha256Hex(same), sha256Hex(other)].sort());
  });

  it('leaves out every photo, record and bytes, when asked, and says so in the manifest', async () => {
    const { records, blobs } = await recordsWithPhotos([photoBytes(2000, 10)]);
    const back = await readWithBlobs(await fileWithPhotos(records, blobs, { redact: true, leaveOutEvidence: true }));
    expect(back.content.records.evidence).toEqual([]);
    expect(back.blobs.size).toBe(0);
    expect(back.content.manifest).toMatchObject({ redacted: true, evidenceLeftOut: true, blobs: [] });
  });
});
