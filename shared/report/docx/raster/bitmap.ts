/**
 * A white RGB bitmap to draw a chart on: filled rectangles and antialiased text in the
 * report's own font (DejaVu Sans from TrueType outlines), then PNG bytes. Pure code: it
 * runs the same in Node (the CLI) and in the report worker.
 */
import { encodePng } from './pngEncode';
import type { Contour, TrueTypeOutlines } from './trueTypeOutlines';

/** Sub-rows per pixel row when filling outlines: the vertical antialiasing. */
const SUB_ROWS = 5;

export interface BitmapFonts {
  regular: TrueTypeOutlines;
  bold: TrueTypeOutlines;
}

export type Align = 'left' | 'center' | 'right';

const rgbOf = (hex: string): [number, number, number] => {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
};

/** How wide `text` is at `size` pixels per em, before there is a bitmap to draw it on (to size one). */
export function textWidthIn(fonts: BitmapFonts, text: string, size: number, bold = false): number {
  const font = bold ? fonts.bold : fonts.regular;
  let units = 0;
  for (const ch of text) units += font.glyph(ch.codePointAt(0) ?? 32).advance;
  return (units * size) / font.unitsPerEm;
}

export class Bitmap {
  readonly rgb: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly fonts: BitmapFonts,
  ) {
    this.rgb = new Uint8Array(width * height * 3).fill(255);
  }

  private blend(x: number, y: number, colour: [number, number, number], alpha: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || alpha <= 0) return;
    const a = Math.min(alpha, 1);
    const at = (y * this.width + x) * 3;
    for (let i = 0; i < 3; i++) this.rgb[at + i] = Math.round((this.rgb[at + i] ?? 255) * (1 - a) + colour[i]! * a);
  }

  rect(x: number, y: number, width: number, height: number, colour: string): void {
    const c = rgbOf(colour);
    const [x0, y0] = [Math.round(x), Math.round(y)];
    const [x1, y1] = [Math.round(x + width), Math.round(y + height)];
    for (let py = Math.max(0, y0); py < Math.min(this.height, y1); py++)
      for (let px = Math.max(0, x0); px < Math.min(this.width, x1); px++) this.rgb.set(c, (py * this.width + px) * 3);
  }

  /** How wide `text` is at `size` pixels per em. */
  textWidth(text: string, size: number, bold = false): number {
    return textWidthIn(this.fonts, text, size, bold);
  }

  /** Text on a baseline at `y`, `size` pixels per em. */
  text(
    text: string,
    x: number,
    y: number,
    size: number,
    colour: string,
    options: { bold?: boolean; align?: Align } = {},
  ): void {
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const scale = size / font.unitsPerEm;
    const width = this.textWidth(text, size, options.bold);
    let pen = options.align === 'center' ? x - width / 2 : options.align === 'right' ? x - width : x;
    const contours: Contour[] = [];
    for (const ch of text) {
      const glyph = font.glyph(ch.codePointAt(0) ?? 32);
      const left = pen;
      for (const contour of glyph.contours)
        contours.push(contour.map(([gx, gy]) => [left + gx * scale, y - gy * scale] as const));
      pen += glyph.advance * scale;
    }
    this.fill(contours, rgbOf(colour));
  }

  /** Fills outlines by the non-zero rule, with exact horizontal coverage and SUB_ROWS samples down each pixel. */
  private fill(contours: readonly Contour[], colour: [number, number, number]): void {
    const edges: [number, number, number, number][] = [];
    let [top, bottom, left, right] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const contour of contours)
      contour.forEach((a, i) => {
        const b = contour[(i + 1) % contour.length]!;
        if (a[1] === b[1]) return;
        edges.push([a[0], a[1], b[0], b[1]]);
        top = Math.min(top, a[1], b[1]);
        bottom = Math.max(bottom, a[1], b[1]);
        left = Math.min(left, a[0], b[0]);
        right = Math.max(right, a[0], b[0]);
      });
    if (!edges.length) return;
    const first = Math.max(0, Math.floor(top));
    const last = Math.min(this.height - 1, Math.ceil(bottom));
    const cover = new Float32Array(this.width);
    const [from, to] = [Math.max(0, Math.floor(left)), Math.min(this.width - 1, Math.ceil(right))];
    for (let py = first; py <= last; py++) {
      cover.fill(0, from, to + 1);
      let touched = false;
      const active = edges.filter(([, y0, , y1]) => Math.min(y0, y1) < py + 1 && Math.max(y0, y1) > py);
      for (let s = 0; s < SUB_ROWS; s++) {
        const sy = py + (s + 0.5) / SUB_ROWS;
        const hits: [number, number][] = [];
        for (const [x0, y0, x1, y1] of active) {
          if (sy < y0 === sy < y1) continue;
          hits.push([x0 + ((sy - y0) / (y1 - y0)) * (x1 - x0), y1 > y0 ? 1 : -1]);
        }
        hits.sort((a, b) => a[0] - b[0]);
        let winding = 0;
        for (let i = 0; i < hits.length - 1; i++) {
          winding += hits[i]![1];
          if (winding !== 0) {
            this.span(cover, hits[i]![0], hits[i + 1]![0], 1 / SUB_ROWS);
            touched = true;
          }
        }
      }
      if (touched) for (let px = from; px <= to; px++) if (cover[px]) this.blend(px, py, colour, cover[px]!);
    }
  }

  private span(cover: Float32Array, from: number, to: number, weight: number): void {
    const a = Math.max(0, from);
    const b = Math.min(this.width, to);
    for (let px = Math.floor(a); px < b; px++) {
      const overlap = Math.min(b, px + 1) - Math.max(a, px);
      if (overlap > 0) cover[px] = (cover[px] ?? 0) + overlap * weight;
    }
  }

  png(): Uint8Array {
    return encodePng(this.width, this.height, this.rgb);
  }
}
