/** A small ZIP writer for tests: stored or deflated entries, and a declared size that may lie (a zip bomb's trick). */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
  deflate?: boolean;
  /** The unpacked size the directory declares, if not the real one. */
  declaredSize?: number;
}

export function buildZip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = e.deflate ? deflateRawSync(e.data) : Buffer.from(e.data);
    const size = e.declaredSize ?? e.data.byteLength;
    // The local header and the directory entry hold the same fields, the directory's 2 bytes further on.
    const header = (length: number, signature: number, at: number) => {
      const b = Buffer.alloc(length);
      b.writeUInt32LE(signature, 0);
      b.writeUInt16LE(20, 4); // version needed (the directory's: made by)
      if (at) b.writeUInt16LE(20, 6); // the directory's version needed (the local header's flags stay 0)
      b.writeUInt16LE(e.deflate ? 8 : 0, at + 8);
      b.writeUInt32LE(crc32(e.data), at + 14);
      b.writeUInt32LE(packed.byteLength, at + 18);
      b.writeUInt32LE(size, at + 22);
      b.writeUInt16LE(name.byteLength, at + 26);
      return b;
    };
    const local = header(30, 0x04034b50, 0);
    const central = header(46, 0x02014b50, 2);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.byteLength + packed.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
