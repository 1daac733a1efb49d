/**
 * Reads a .docx the way a test needs: its parts unzipped (fflate), the headings with their
 * Word style, the text of the body and of each table in document order, and the PNG images
 * decoded far enough to know they are whole (signature, size, every row of pixels).
 */
import { strFromU8, unzipSync, unzlibSync } from 'fflate';

export interface DocxParts {
  files: Record<string, Uint8Array>;
  document: string;
  /** Every part's text that is XML (headers, footers, styles…), by path. */
  xml: (path: string) => string;
}

export function openDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const xml = (path: string) => {
    const part = files[path];
    if (!part) throw new Error(`The document has no ${path}.`);
    return strFromU8(part);
  };
  return { files, document: xml('word/document.xml'), xml };
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of one XML fragment: its w:t runs, paragraphs on lines of their own. */
export function textOf(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => unescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')))
    .filter(Boolean)
    .join('\n');
}

/** The headings in document order, with the style's level (Heading1, Heading2). */
export function headings(document: string): { style: string; text: string }[] {
  return [
    ...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(Heading\d)"\/>(?:(?!<\/w:p>).)*<\/w:p>/gs),
  ].map((m) => ({ style: m[1] ?? '', text: textOf(m[0]) }));
}

/** Each top-level table's XML, in document order. */
export function tables(document: string): string[] {
  return [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
}

export interface DecodedPng {
  width: number;
  height: number;
  /** RGB bytes, row by row, after undoing each row's filter. */
  rgb: Uint8Array;
}

/** A truecolour 8-bit PNG (what the report writes) decoded; throws on anything broken. */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Uint8Array[] = [];
  let ended = false;
  while (at < bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      if (data[8] !== 8 || data[9] !== 2) throw new Error('not 8-bit truecolour');
    }
    if (type === 'IDAT') idat.push(data);
    if (type === 'IEND') ended = true;
    at += 12 + length;
  }
  if (!ended || !width || !height) throw new Error('PNG incomplete');
  const joined = new Uint8Array(idat.reduce((n, d) => n + d.length, 0));
  idat.reduce((o, d) => (joined.set(d, o), o + d.length), 0);
  const raw = unzlibSync(joined);
  const stride = width * 3;
  if (raw.length !== height * (stride + 1)) throw new Error('PNG pixel data of the wrong size');
  const rgb = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const value = raw[y * (stride + 1) + 1 + i] ?? 0;
      const up = y > 0 ? (rgb[(y - 1) * stride + i] ?? 0) : 0;
      if (filter === 0) rgb[y * stride + i] = value;
      else if (filter === 2) rgb[y * stride + i] = (value + up) & 0xff;
      else throw new Error(`PNG filter ${filter} not expected`);
    }
  }
  return { width, height, rgb };
}

/** How many pixels of the image are exactly `hex` ('#8e1b1b'). */
export function pixelsOf(png: DecodedPng, hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  const [r, g, b] = [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  let count = 0;
  for (let i = 0; i < png.rgb.length; i += 3)
    if (png.rgb[i] === r && png.rgb[i + 1] === g && png.rgb[i + 2] === b) count += 1;
  return count;
}
