/** An RGB bitmap as a PNG file (8 bits per channel, each row filtered against the one above, zlib-deflated with fflate). */
import { zlibSync } from 'fflate';
import { concatBytes } from '../../../crypto/bytes';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 of PNG chunks (and of ZIP). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** `rgb` holds width × height pixels, three bytes each, row by row from the top. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter method, no interlace
  const rows = new Uint8Array(height * (width * 3 + 1));
  const stride = width * 3;
  // Filter "Up": each byte less the one above it, so the charts' flat areas become runs of zeros.
  for (let y = 0; y < height; y++) {
    const at = y * (stride + 1);
    rows[at] = y === 0 ? 0 : 2;
    for (let i = 0; i < stride; i++)
      rows[at + 1 + i] = ((rgb[y * stride + i] ?? 0) - (y === 0 ? 0 : (rgb[(y - 1) * stride + i] ?? 0))) & 0xff;
  }
  return concatBytes(
    new Uint8Array(PNG_SIGNATURE),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(rows, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  );
}
