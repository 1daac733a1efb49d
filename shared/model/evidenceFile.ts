/**
 * What a picked file really is, by its first bytes (never its name), and whether a photo
 * about to be stored still carries metadata: a JPEG's APP1 (EXIF, GPS, XMP) or any other
 * application segment or comment, a PNG's text or eXIf chunk, a WebP's EXIF or XMP chunk.
 * Photos are re-encoded from their pixels before storing; this is the check that it worked.
 */
import type { EvidenceMediaType } from './evidence';

export type FileKind = { mediaType: EvidenceMediaType } | { problem: string };

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'heif', 'avif']);

/** Printable UTF-8 text: decodes strictly, and holds no control bytes but tab, line ends and form feed. */
function isPlainText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 64 * 1024);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < bytes.length });
    return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
  } catch {
    return false;
  }
}

/** The file's kind from its magic bytes, or why it is not kept (one sentence naming the file). */
export function fileKind(bytes: Uint8Array, fileName: string): FileKind {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mediaType: 'image/png' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { mediaType: 'image/webp' };
  if (ascii(bytes, 0, 5) === '%PDF-') return { mediaType: 'application/pdf' };
  if (ascii(bytes, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(bytes, 8, 12)))
    return {
      problem: `${fileName} is a HEIC photo, which cannot be read here: export it as JPEG (on an iPhone, set Camera › Formats to Most Compatible) and add that.`,
    };
  if (bytes.length > 0 && isPlainText(bytes)) return { mediaType: 'text/plain' };
  return {
    problem: `${fileName} is not a kind of file kept as evidence: add a JPEG, PNG or WebP photo, a PDF or a plain text file.`,
  };
}

/** The JPEG markers a clean re-encoded picture may hold before its scan: JFIF, tables, frame, restart interval. */
const JPEG_ALLOWED = new Set([0xe0, 0xdb, 0xc4, 0xdd, 0xc0, 0xc1, 0xc2]);

/** APP2 holding a colour profile ("ICC_PROFILE"), which the encoder writes itself (sRGB): colours only, nothing about the photo. */
const isIccProfile = (bytes: Uint8Array, at: number) => ascii(bytes, at + 4, at + 16) === 'ICC_PROFILE\u0000';

function jpegMetadata(bytes: Uint8Array): string | undefined {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return 'its segments cannot be followed';
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xda) return undefined; // the scan: pixels only from here on
    if (!JPEG_ALLOWED.has(marker) && !(marker === 0xe2 && isIccProfile(bytes, at))) {
      if (marker === 0xe1) return 'it holds an APP1 segment (EXIF, GPS or XMP)';
      if (marker === 0xfe) return 'it holds a comment';
      return `it holds a marker 0x${marker.toString(16)} segment that may carry metadata`;
    }
    at += 2 + (((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0));
  }
  return 'it ends before its picture';
}

/** PNG chunks a clean picture may hold; text (tEXt, zTXt, iTXt), eXIf, iCCP and tIME are not among them. */
const PNG_ALLOWED = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'pHYs', 'sBIT', 'bKGD']);

function pngMetadata(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at);
    const type = ascii(bytes, at + 4, at + 8);
    if (!PNG_ALLOWED.has(type)) return `it holds a ${type} chunk`;
    if (type === 'IEND') return undefined;
    at += 12 + length;
  }
  return 'it ends before its IEND chunk';
}

/** WebP chunks a clean picture may hold (no EXIF, XMP or ICCP). */
const WEBP_ALLOWED = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF']);

function webpMetadata(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 12;
  while (at + 8 <= bytes.length) {
    const type = ascii(bytes, at, at + 4);
    if (!WEBP_ALLOWED.has(type)) return `it holds a ${type.trim()} chunk`;
    const length = view.getUint32(at + 4, true);
    at += 8 + length + (length % 2);
  }
  return undefined;
}

/**
 * Why these photo bytes may not be stored (they still carry metadata, or cannot be
 * followed), or undefined when they hold pixels only. Files other than photos pass.
 */
export function photoMetadataProblem(bytes: Uint8Array, mediaType: EvidenceMediaType): string | undefined {
  const reason =
    mediaType === 'image/jpeg'
      ? startsWith(bytes, [0xff, 0xd8])
        ? jpegMetadata(bytes)
        : 'it is not a JPEG'
      : mediaType === 'image/png'
        ? pngMetadata(bytes)
        : mediaType === 'image/webp'
          ? webpMetadata(bytes)
          : undefined;
  return reason ? `The photo was not stored because, after cleaning, ${reason}.` : undefined;
}
