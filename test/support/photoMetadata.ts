/**
 * Photos carrying the metadata a phone or camera writes, built from clean picture bytes
 * (test/fixtures/evidence): a JPEG with an APP1 EXIF segment holding the camera's make,
 * model and body serial, an orientation, and GPS latitude and longitude; a PNG with a tEXt
 * chunk and an eXIf chunk. The markers are plain strings a test looks for afterwards.
 */
import { crc32 } from '../../shared/report/docx/raster/pngEncode';

/** Strings and bytes that must not survive cleaning. */
export const markers = {
  make: 'SnoopCam',
  serial: 'SERIAL-7731-XK42',
  gpsLatitudeRef: 'N',
  pngText: 'GPS 51.5007 -0.1246 taken by SERIAL-7731-XK42',
} as const;

/** A little-endian TIFF with IFD0 (Make, Model, Orientation, Exif and GPS pointers), the Exif IFD (body serial) and the GPS IFD. */
export function exifTiff(orientation = 1): Uint8Array {
  const bytes: number[] = [];
  const u16 = (n: number) => bytes.push(n & 0xff, (n >> 8) & 0xff);
  const u32 = (n: number) => bytes.push(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff);
  const ascii = (s: string) => [...`${s}\0`].map((c) => c.charCodeAt(0));
  // Layout: header 8, IFD0 at 8 (6 entries), Exif IFD, GPS IFD, then the data area.
  const ifd0 = 8;
  const ifd0Size = 2 + 6 * 12 + 4;
  const exifIfd = ifd0 + ifd0Size;
  const exifSize = 2 + 1 * 12 + 4;
  const gpsIfd = exifIfd + exifSize;
  const gpsSize = 2 + 4 * 12 + 4;
  const data = gpsIfd + gpsSize;
  const area: number[] = [];
  const put = (values: number[]) => {
    const at = data + area.length;
    area.push(...values);
    if (area.length % 2) area.push(0);
    return at;
  };
  const rationals = (pairs: [number, number][]) =>
    pairs.flatMap(([n, d]) => [n, d].flatMap((v) => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24]));
  const make = put(ascii(markers.make));
  const model = put(ascii('X1 Pro'));
  const serial = put(ascii(markers.serial));
  const lat = put(
    rationals([
      [51, 1],
      [30, 1],
      [2, 1],
    ]),
  );
  const lon = put(
    rationals([
      [0, 1],
      [7, 1],
      [28, 1],
    ]),
  );
  const entry = (tag: number, type: number, countOf: number, value: number) => {
    u16(tag);
    u16(type);
    u32(countOf);
    u32(value);
  };
  bytes.push(0x49, 0x49);
  u16(42);
  u32(ifd0);
  u16(6);
  entry(0x010f, 2, markers.make.length + 1, make);
  entry(0x0110, 2, 7, model);
  entry(0x0112, 3, 1, orientation);
  entry(0x0131, 2, 4, 0x00003158); // Software "X1", inline
  entry(0x8769, 4, 1, exifIfd);
  entry(0x8825, 4, 1, gpsIfd);
  u32(0);
  u16(1);
  entry(0xa431, 2, markers.serial.length + 1, serial);
  u32(0);
  u16(4);
  entry(0x0001, 2, 2, markers.gpsLatitudeRef.charCodeAt(0));
  entry(0x0002, 5, 3, lat);
  entry(0x0003, 2, 2, 'W'.charCodeAt(0));
  entry(0x0004, 5, 3, lon);
  u32(0);
  bytes.push(...area);
  return new Uint8Array(bytes);
}

/** The JPEG with an APP1 "Exif" segment (and an XMP one naming the serial) right after its SOI. */
export function jpegWithExif(jpeg: Uint8Array, orientation = 1): Uint8Array {
  const tiff = exifTiff(orientation);
  const exif = new Uint8Array([...'Exif\0\0'].map((c) => c.charCodeAt(0)).concat([...tiff]));
  const xmp = new TextEncoder().encode(
    `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exifEX:BodySerialNumber="${markers.serial}"/></x:xmpmeta>`,
  );
  const segment = (body: Uint8Array) => {
    const length = body.length + 2;
    return [0xff, 0xe1, length >> 8, length & 0xff, ...body];
  };
  return new Uint8Array([0xff, 0xd8, ...segment(exif), ...segment(xmp), ...jpeg.subarray(2)]);
}

function pngChunk(type: string, body: Uint8Array): Uint8Array {
  const typed = new Uint8Array([...type].map((c) => c.charCodeAt(0)).concat([...body]));
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  out.set(typed, 4);
  view.setUint32(8 + body.length, crc32(typed));
  return out;
}

/** The PNG with a tEXt chunk (a comment naming where and by what it was taken) and an eXIf chunk, after IHDR. */
export function pngWithText(png: Uint8Array): Uint8Array {
  const ihdrEnd = 8 + 12 + 13;
  const text = pngChunk('tEXt', new TextEncoder().encode(`Comment\0${markers.pngText}`));
  const exif = pngChunk('eXIf', exifTiff());
  return new Uint8Array([...png.subarray(0, ihdrEnd), ...text, ...exif, ...png.subarray(ihdrEnd)]);
}

/** Whether `needle` occurs in `bytes`. */
export function holds(bytes: Uint8Array, needle: string | Uint8Array): boolean {
  const n = typeof needle === 'string' ? new TextEncoder().encode(needle) : needle;
  outer: for (let i = 0; i + n.length <= bytes.length; i++) {
    for (let j = 0; j < n.length; j++) if (bytes[i + j] !== n[j]) continue outer;
    return true;
  }
  return false;
}
