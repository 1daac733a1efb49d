import { describe, expect, it } from 'vitest';
import { diskFull } from '../../../support/diskFull';
import { AssessorDatabase } from '../../../../renderer/db/database';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import { repositoriesFor } from '../../../../renderer/db/repository';
import { Vault } from '../../../../renderer/db/vault';
import {
  BLOB_CHUNK_BYTES,
  BlobHashError,
  blobBytes,
  hasBlob,
  putBlob,
  type BlobChunkRow,
} from '../../../../renderer/db/evidenceBlobs';
import {
  attachEvidence,
  EvidenceLimitError,
  evidenceBytes,
  evidenceFor,
  removeEvidence,
  sha256Of,
} from '../../../../renderer/db/evidenceStore';
import { evidenceLimits } from '../../../../shared/model/evidence';
import { StorageFullError } from '../../../../renderer/db/storageErrors';
import { sampleData } from '../../../support/sampleRecords';
import { derive } from '../../../support/testDatabase';

const marker = new TextEncoder().encode('SERIAL-NUMBER-SN99812-GPS-51.5072N');

/** Bytes that are not all alike, with a marker that must never show in the database. */
function photoBytes(size: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  if (size > 100 + marker.length) bytes.set(marker, 100);
  return bytes;
}

/** Byte equality without vitest's element-by-element diff, which takes minutes on megabytes. */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

async function setUp(state?: { full: boolean; after: number }) {
  const db = new AssessorDatabase(`evidence-${crypto.randomUUID()}`);
  if (state) db.use(diskFull(state));
  const vault = await Vault.open(db, await createKeyring(db, 'passphrase for evidence', derive));
  const repos = repositoriesFor(vault);
  const s = sampleData(crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID());
  const clinic = await repos.clinic.create(s.clinic);
  const assessment = await repos.assessment.create({ ...s.assessment, clinicId: clinic.id });
  const asset = await repos.asset.create({ ...s.asset, assessmentId: assessment.id, networkId: null });
  return { db, vault, repos, assessmentId: assessment.id, assetId: asset.id };
}

const input = (assessmentId: string, targetId: string, bytes: Uint8Array) => ({
  assessmentId,
  target: 'asset' as const,
  targetId,
  fileName: 'C:\\Users\\sam\\Pictures\\label.jpg',
  mediaType: 'image/jpeg' as const,
  bytes,
  width: 1600,
  height: 1200,
});

async function allChunkBytes(db: AssessorDatabase): Promise<Uint8Array[]> {
  const chunks = await db.table<BlobChunkRow>('evidenceChunks').toArray();
  const heads = await db.table<{ sealed: Uint8Array }>('evidenceBlobs').toArray();
  return [...chunks.map((c) => c.sealed), ...heads.map((h) => h.sealed)];
}

describe('evidence kept in the database', () => {
  it('stores a photo in sealed chunks that read back whole, with neither its bytes nor its hash in the clear', async () => {
    const { db, vault, repos, assessmentId, assetId } = await setUp();
    const bytes = photoBytes(BLOB_CHUNK_BYTES * 2 + 1234);
    const record = await attachEvidence(vault, repos, input(assessmentId, assetId, bytes));
    expect(record.data).toMatchObject({ fileName: 'label.jpg', size: bytes.byteLength, sha256: await sha256Of(bytes) });
    expect(same(await evidenceBytes(vault, record.data), bytes)).toBe(true);

    const stored = await allChunkBytes(db);
    expect(stored.length).toBe(4); // three chunks and a head
    const hashText = new TextEncoder().encode(record.data.sha256);
    for (const sealed of stored) {
      expect(contains(sealed, marker)).toBe(false);
      expect(contains(sealed, hashText)).toBe(false);
    }
    const names = (await db.table<BlobChunkRow>('evidenceChunks').toArray()).map((c) => c.id).join(' ');
    expect(names).not.toContain(record.data.sha256);
  });

  it('refuses chunks moved to another place in the blob', async () => {
    const { db, vault, repos, assessmentId, assetId } = await setUp();
    const bytes = photoBytes(BLOB_CHUNK_BYTES * 2 + 10);
    const record = await attachEvidence(vault, repos, input(assessmentId, assetId, bytes));
    const table = db.table<BlobChunkRow>('evidenceChunks');
    const [first, second] = (await table.toArray()).sort((a, b) => a.id.localeCompare(b.id));
    if (!first || !second) throw new Error('expected chunks');
    await table.bulkPut([
      { ...first, sealed: second.sealed },
      { ...second, sealed: first.sealed },
    ]);
    await expect(blobBytes(vault, record.data.sha256)).rejects.toThrow();
  });

  it('keeps the same bytes once: again on the same device is the same record, on another device a second record', async () => {
    const { db, vault, repos, assessmentId, assetId } = await setUp();
    const bytes = photoBytes(5000);
    const one = await attachEvidence(vault, repos, input(assessmentId, assetId, bytes));
    const again = await attachEvidence(vault, repos, input(assessmentId, assetId, bytes));
    expect(again.id).toBe(one.id);
    const other = await repos.asset.create((await repos.asset.get(assetId))!.data);
    const two = await attachEvidence(vault, repos, input(assessmentId, other.id, bytes));
    expect(two.id).not.toBe(one.id);
    expect(await db.table('evidenceBlobs').count()).toBe(1);
    expect((await evidenceFor(repos, assessmentId, 'asset', assetId)).map((e) => e.id)).toEqual([one.id]);

    // Taken off one device, the bytes stay for the other; taken off both, they go.
    await removeEvidence(vault, repos, one.id);
    expect(await db.table('evidenceBlobs').count()).toBe(1);
    expect(same(await evidenceBytes(vault, two.data), bytes)).toBe(true);
    await removeEvidence(vault, repos, two.id);
    expect(await db.table('evidenceBlobs').count()).toBe(0);
    expect(await db.table('evidenceChunks').count()).toBe(0);

    // Attached again after removal: a new record (the old id stays a tombstone).
    const back = await attachEvidence(vault, repos, input(assessmentId, assetId, bytes));
    expect(back.id).not.toBe(one.id);
    expect(same(await evidenceBytes(vault, back.data), bytes)).toBe(true);
  });

  it('drops bytes that do not match their hash, keeping nothing of them', async () => {
    const { db, vault } = await setUp();
    const bytes = photoBytes(BLOB_CHUNK_BYTES * 3);
    const claimed = await sha256Of(photoBytes(10));
    await expect(putBlob(vault, claimed, [bytes])).rejects.toBeInstanceOf(BlobHashError);
    expect(await db.table('evidenceChunks').count()).toBe(0);
    expect(await db.table('evidenceBlobs').count()).toBe(0);
  });

  it('refuses a file over the limit, storing nothing', async () => {
    const { db, vault, repos, assessmentId, assetId } = await setUp();
    const big = new Uint8Array(evidenceLimits.fileBytes + 1024 * 1024);
    await expect(attachEvidence(vault, repos, input(assessmentId, assetId, big))).rejects.toThrow(EvidenceLimitError);
    await expect(attachEvidence(vault, repos, input(assessmentId, assetId, big))).rejects.toThrow(
      'label.jpg is 26 MB; one file may be at most 25 MB.',
    );
    expect(await repos.evidence.list(assessmentId)).toEqual([]);
    expect(await db.table('evidenceChunks').count()).toBe(0);
  });

  it('on a full disk midway, says so and leaves neither a record nor a part of the blob', async () => {
    const state = { full: false, after: 0 };
    const { db, vault, repos, assessmentId, assetId } = await setUp(state);
    const bytes = photoBytes(BLOB_CHUNK_BYTES * 20);
    expect(await hasBlob(vault, await sha256Of(bytes))).toBe(false); // the naming key is made now, before the disk fills
    Object.assign(state, { full: true, after: 1 }); // the first batch of chunks lands, the next is refused
    await expect(attachEvidence(vault, repos, input(assessmentId, assetId, bytes))).rejects.toBeInstanceOf(
      StorageFullError,
    );
    state.full = false;
    expect(await repos.evidence.list(assessmentId)).toEqual([]);
    expect(await db.table('evidenceChunks').count()).toBe(0);
    expect(await db.table('evidenceBlobs').count()).toBe(0);
    const record = await attachEvidence(vault, repos, input(assessmentId, assetId, bytes));
    expect(same(await evidenceBytes(vault, record.data), bytes)).toBe(true);
  });
});
