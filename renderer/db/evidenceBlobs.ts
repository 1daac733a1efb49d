/**
 * The bytes of evidence (photos, files), kept apart from the records that describe them,
 * as sealed chunks: the only code that touches the `evidenceBlobs` and `evidenceChunks`
 * tables.
 *
 * - A blob is named by an HMAC of its SHA-256 under a random key sealed in the settings,
 *   so the database does not show which known file (a maker's public MDS2 form) it holds,
 *   and the same bytes attached twice are stored once.
 * - Each chunk (256 KiB) is AES-GCM sealed under the data key, bound to the blob's name,
 *   its index and whether it is the last: chunks moved, reordered or dropped no longer
 *   open as that blob.
 * - Chunks are written in batches, each batch in its own transaction, and the blob's
 *   head last: a blob is there only once whole. A crash or a full disk midway leaves
 *   headless chunks, which the next sweep removes.
 * - Memory stays at one batch of chunks however large the blob (a file's evidence
 *   streams through on import and export).
 */
import { createSHA256 } from 'hash-wasm';
import { readSetting, writeSetting, inSettingsTransaction } from './settings';
import { translateStorageErrors } from './storageErrors';
import type { Vault } from './vault';

export const BLOB_CHUNK_BYTES = 256 * 1024;
/** Chunks sealed before each write: 4 MiB of plaintext in memory at most. */
const BATCH_CHUNKS = 16;

export interface BlobHeadRow {
  id: string;
  /** The head (size, chunk count, SHA-256), sealed. */
  sealed: Uint8Array;
}
export interface BlobChunkRow {
  /** `<blob name>/<index>` */
  id: string;
  blob: string;
  sealed: Uint8Array;
}

interface BlobHead {
  sha256: string;
  size: number;
  chunks: number;
}

export class BlobMissingError extends Error {
  constructor() {
    super('The bytes of this evidence are not on this computer (the file it came from left them out).');
    this.name = 'BlobMissingError';
  }
}

export class BlobHashError extends Error {
  constructor() {
    super('The evidence bytes do not match their SHA-256, so they were not kept.');
    this.name = 'BlobHashError';
  }
}

const encoder = new TextEncoder();
/** Blobs being written now: their chunks have no head yet, and a sweep must leave them. */
const writing = new Set<string>();
const namingKeys = new WeakMap<Vault, Promise<CryptoKey>>();

/** This database's naming key, made on first use and kept sealed in the settings. */
function namingKey(vault: Vault): Promise<CryptoKey> {
  let key = namingKeys.get(vault);
  if (!key) {
    key = loadNamingKey(vault);
    namingKeys.set(vault, key);
    key.catch(() => namingKeys.delete(vault));
  }
  return key;
}

async function loadNamingKey(vault: Vault): Promise<CryptoKey> {
  const fresh = await vault.sealSecret('evidence-naming', crypto.getRandomValues(new Uint8Array(32)));
  // Two first uses at once agree on one key: the one that lands first.
  const sealed = await inSettingsTransaction(
    vault.db,
    async () =>
      (await readSetting(vault.db, 'evidenceNamingKey')) ?? writeSetting(vault.db, 'evidenceNamingKey', fresh),
  );
  const raw = await vault.openSecret('evidence-naming', sealed);
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** Where the blob with this SHA-256 is kept. */
export async function blobName(vault: Vault, sha256: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await namingKey(vault), encoder.encode(sha256)));
  return [...mac].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const chunkContext = (name: string, index: number, last: boolean) => `evidence-chunk/${name}/${index}/${last ? 1 : 0}`;
const headContext = (name: string) => `evidence-head/${name}`;

/** Whether the bytes with this SHA-256 are here, whole. */
export async function hasBlob(vault: Vault, sha256: string): Promise<boolean> {
  const name = await blobName(vault, sha256);
  return vault.use(async () => (await vault.db.table<BlobHeadRow, string>('evidenceBlobs').get(name)) !== undefined);
}

/** Cuts a stream of byte pieces of any size into chunks of BLOB_CHUNK_BYTES (the last shorter). */
async function* rechunked(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let pending = new Uint8Array(BLOB_CHUNK_BYTES);
  let filled = 0;
  for await (const piece of source) {
    let offset = 0;
    while (offset < piece.byteLength) {
      const take = Math.min(BLOB_CHUNK_BYTES - filled, piece.byteLength - offset);
      pending.set(piece.subarray(offset, offset + take), filled);
      filled += take;
      offset += take;
      if (filled === BLOB_CHUNK_BYTES) {
        yield pending;
        pending = new Uint8Array(BLOB_CHUNK_BYTES);
        filled = 0;
      }
    }
  }
  yield pending.slice(0, filled);
}

/**
 * Stores bytes that should hash to `sha256`, read from `source` as they come. The source
 * is always read to its end (a file's blob section streams past whether or not the blob
 * is new). Bytes that do not hash to `sha256` are dropped and BlobHashError thrown;
 * nothing of them stays. Returns whether the blob was new.
 */
export async function putBlob(
  vault: Vault,
  sha256: string,
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<boolean> {
  const name = await blobName(vault, sha256);
  const heads = vault.db.table<BlobHeadRow, string>('evidenceBlobs');
  const held = await vault.use(async () => (await heads.get(name)) !== undefined);
  writing.add(name);
  try {
    const written = await writeChunks(vault, name, held, source);
    if (written.sha256 !== sha256) throw new BlobHashError();
    if (held) return false;
    const sealedHead = await vault.sealSecret(headContext(name), encoder.encode(JSON.stringify(written)));
    await vault.use(() => translateStorageErrors(() => heads.put({ id: name, sealed: sealedHead })));
    return true;
  } catch (error) {
    if (!held) await removeChunks(vault, name).catch(() => undefined);
    throw error;
  } finally {
    writing.delete(name);
  }
}

/** Seals and writes the chunks of `source` under `name` (only hashes them when `held`), in batches. */
async function writeChunks(
  vault: Vault,
  name: string,
  held: boolean,
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<BlobHead> {
  const chunks = vault.db.table<BlobChunkRow, string>('evidenceChunks');
  const hash = await createSHA256();
  hash.init();
  let size = 0;
  let index = 0;
  let batch: BlobChunkRow[] = [];
  const add = async (plain: Uint8Array, last: boolean) => {
    hash.update(plain);
    size += plain.byteLength;
    if (!held) {
      const sealed = await vault.sealSecret(chunkContext(name, index, last), plain);
      batch.push({ id: `${name}/${index}`, blob: name, sealed });
    }
    index++;
  };
  const flush = async () => {
    const rows = batch;
    batch = [];
    if (rows.length) await vault.use(() => translateStorageErrors(() => chunks.bulkPut(rows)));
  };
  // One chunk of look-ahead: a chunk is sealed once it is known whether it is the last.
  let current: Uint8Array | undefined;
  for await (const next of rechunked(source)) {
    if (current) {
      await add(current, false);
      if (batch.length >= BATCH_CHUNKS) await flush();
    }
    current = next;
  }
  await add(current ?? new Uint8Array(0), true);
  await flush();
  return { sha256: hash.digest('hex'), size, chunks: index };
}

async function readHead(vault: Vault, name: string): Promise<BlobHead> {
  const row = await vault.use(() => vault.db.table<BlobHeadRow, string>('evidenceBlobs').get(name));
  if (!row) throw new BlobMissingError();
  return JSON.parse(new TextDecoder().decode(await vault.openSecret(headContext(name), row.sealed))) as BlobHead;
}

/** The stored size of the blob with this SHA-256; BlobMissingError when it is not here. */
export async function blobSize(vault: Vault, sha256: string): Promise<number> {
  return (await readHead(vault, await blobName(vault, sha256))).size;
}

/**
 * The blob's bytes, one chunk at a time, each opened and checked in its place; a chunk
 * missing or not opening throws (the blob is damaged), never a short read.
 */
export async function* readBlob(vault: Vault, sha256: string): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  const name = await blobName(vault, sha256);
  const head = await readHead(vault, name);
  const chunks = vault.db.table<BlobChunkRow, string>('evidenceChunks');
  for (let index = 0; index < head.chunks; index++) {
    const row = await vault.use(() => chunks.get(`${name}/${index}`));
    if (!row) throw new Error('Part of this evidence is missing from the database, so it cannot be shown.');
    yield await vault.openSecret(chunkContext(name, index, index === head.chunks - 1), row.sealed);
  }
}

/** The whole blob in memory: for a photo on screen or in a report, not for export. */
export async function blobBytes(vault: Vault, sha256: string): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const part of readBlob(vault, sha256)) {
    parts.push(part);
    size += part.byteLength;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

async function removeChunks(vault: Vault, name: string): Promise<void> {
  await vault.use(() => vault.db.table<BlobChunkRow, string>('evidenceChunks').where('blob').equals(name).delete());
}

/**
 * Deletes every blob whose SHA-256 is not in `keep` (the hashes live evidence records
 * name), and chunks left without a head by an interrupted write. Returns how many
 * blobs went.
 */
export async function sweepBlobs(vault: Vault, keep: ReadonlySet<string>): Promise<number> {
  const kept = new Set(await Promise.all([...keep].map((sha) => blobName(vault, sha))));
  const heads = vault.db.table<BlobHeadRow, string>('evidenceBlobs');
  const chunks = vault.db.table<BlobChunkRow, string>('evidenceChunks');
  const headNames = new Set((await vault.use(() => heads.toCollection().primaryKeys())) as string[]);
  const chunkBlobs = new Set((await vault.use(() => chunks.orderBy('blob').uniqueKeys())) as string[]);
  const doomed = [...new Set([...headNames, ...chunkBlobs])].filter(
    (name) => !writing.has(name) && (!kept.has(name) || !headNames.has(name)),
  );
  for (const name of doomed) {
    // The head goes first: a blob is either whole or not there.
    await vault.use(() => heads.delete(name));
    await removeChunks(vault, name);
  }
  return [...headNames].filter((name) => !kept.has(name)).length;
}
