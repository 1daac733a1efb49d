/**
 * A ZIP archive (an XLSX workbook) checked before any reader unpacks it, so a small file
 * that unpacks to gigabytes (a zip bomb) is refused instead of filling memory: the
 * number of entries and the sizes its directory declares must stay within limits, and
 * each entry is then unpacked as a stream, counting, and stopped the moment it grows
 * past what it declared. exceljs (through JSZip) unpacks everything in memory and
 * compares the sizes only at the end, so this runs first.
 */
export interface ZipLimits {
  entries: number;
  /** Unpacked bytes of all entries together. */
  unpacked: number;
}

/** Why a ZIP archive is refused, in words that finish the sentence "The file …". */
export class ZipRefused extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function endRecord(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65_535); at--)
    if (view.getUint32(at, true) === EOCD) return at;
  throw new ZipRefused('is a damaged ZIP archive (it has no directory)');
}

interface Entry {
  name: string;
  method: number;
  packed: number;
  unpacked: number;
  local: number;
}

function entriesOf(bytes: Uint8Array, limits: ZipLimits): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endRecord(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new ZipRefused('is a ZIP64 archive, which a workbook never needs');
  if (count > limits.entries) throw new ZipRefused(`holds ${count} entries; a plan workbook has far fewer`);
  const entries: Entry[] = [];
  let total = 0;
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL)
      throw new ZipRefused('is a damaged ZIP archive (its directory is broken)');
    const nameLength = view.getUint16(at + 28, true);
    const entry: Entry = {
      method: view.getUint16(at + 10, true),
      packed: view.getUint32(at + 20, true),
      unpacked: view.getUint32(at + 24, true),
      local: view.getUint32(at + 42, true),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    total += entry.unpacked;
    if (total > limits.unpacked)
      throw new ZipRefused(`unpacks to more than ${Math.round(limits.unpacked / 1024 ** 2)} MB, far more than a plan`);
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Unpacks one deflated entry as a stream, stopping once it outgrows what the directory declared. */
async function checkInflated(data: Uint8Array, declared: number, name: string): Promise<void> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  const reader = stream.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > declared) {
        await reader.cancel();
        throw new ZipRefused(`unpacks ${name} to more than its directory says (a zip bomb)`);
      }
    }
  } catch (error) {
    if (error instanceof ZipRefused) throw error;
    throw new ZipRefused(`is a damaged ZIP archive (${name} does not unpack)`);
  }
  if (size !== declared) throw new ZipRefused(`is a damaged ZIP archive (${name} is not the size it says)`);
}

/** The names of the archive's entries, once every entry is known to unpack within `limits`. */
export async function checkedZipEntries(bytes: Uint8Array, limits: ZipLimits): Promise<Set<string>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = entriesOf(bytes, limits);
  for (const e of entries) {
    if (e.local + 30 > view.byteLength || view.getUint32(e.local, true) !== LOCAL)
      throw new ZipRefused('is a damaged ZIP archive (an entry is missing)');
    const start = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
    const data = bytes.subarray(start, start + e.packed);
    if (data.byteLength !== e.packed) throw new ZipRefused('is a damaged ZIP archive (it is cut short)');
    if (e.method === 0) {
      if (e.packed !== e.unpacked) throw new ZipRefused(`is a damaged ZIP archive (${e.name} is not the size it says)`);
    } else if (e.method === 8) await checkInflated(data, e.unpacked, e.name);
    else throw new ZipRefused(`packs ${e.name} in a way workbooks do not (method ${e.method})`);
  }
  return new Set(entries.map((e) => e.name));
}
