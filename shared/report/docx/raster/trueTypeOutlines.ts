/**
 * Glyph outlines and advances from a TrueType font (the report's DejaVu Sans), enough to
 * draw chart labels into a bitmap: the cmap (format 4, the Basic Multilingual Plane), hmtx,
 * loca and glyf with simple and composite glyphs. Quadratic curves are flattened to lines.
 */

export type Point = readonly [number, number];
/** A closed outline in font units, y up. */
export type Contour = Point[];

export interface Glyph {
  advance: number;
  contours: Contour[];
}

const CURVE_STEPS = 6;

export class TrueTypeOutlines {
  readonly unitsPerEm: number;
  private readonly view: DataView;
  private readonly tables = new Map<string, number>();
  private readonly longLoca: boolean;
  private readonly metrics: number;
  private readonly cmap: number;
  private readonly cache = new Map<number, Glyph>();

  constructor(bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const v = this.view;
    const count = v.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(v.getUint8(at), v.getUint8(at + 1), v.getUint8(at + 2), v.getUint8(at + 3));
      this.tables.set(tag, v.getUint32(at + 8));
    }
    const head = this.table('head');
    this.unitsPerEm = v.getUint16(head + 18);
    this.longLoca = v.getInt16(head + 50) === 1;
    this.metrics = v.getUint16(this.table('hhea') + 34);
    this.cmap = this.unicodeSubtable();
  }

  private table(tag: string): number {
    const at = this.tables.get(tag);
    if (at === undefined) throw new Error(`The report font has no ${tag} table.`);
    return at;
  }

  private unicodeSubtable(): number {
    const v = this.view;
    const cmap = this.table('cmap');
    for (let i = 0; i < v.getUint16(cmap + 2); i++) {
      const at = cmap + 4 + i * 8;
      const platform = v.getUint16(at);
      const encoding = v.getUint16(at + 2);
      const sub = cmap + v.getUint32(at + 4);
      if (((platform === 3 && encoding === 1) || platform === 0) && v.getUint16(sub) === 4) return sub;
    }
    throw new Error('The report font has no Unicode character map.');
  }

  /** The glyph index of a character; 0 (the font's "missing" box) when it has none. */
  glyphIndex(codePoint: number): number {
    const v = this.view;
    const sub = this.cmap;
    if (codePoint > 0xffff) return 0;
    const segments = v.getUint16(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const ranges = deltas + segments * 2;
    for (let i = 0; i < segments; i++) {
      if (v.getUint16(ends + i * 2) < codePoint) continue;
      const start = v.getUint16(starts + i * 2);
      if (start > codePoint) return 0;
      const delta = v.getInt16(deltas + i * 2);
      const range = v.getUint16(ranges + i * 2);
      if (range === 0) return (codePoint + delta) & 0xffff;
      const glyph = v.getUint16(ranges + i * 2 + range + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  }

  private advanceOf(index: number): number {
    const hmtx = this.table('hmtx');
    return this.view.getUint16(hmtx + Math.min(index, this.metrics - 1) * 4);
  }

  glyph(codePoint: number): Glyph {
    const index = this.glyphIndex(codePoint);
    let glyph = this.cache.get(index);
    if (!glyph) {
      glyph = { advance: this.advanceOf(index), contours: this.outline(index, 0) };
      this.cache.set(index, glyph);
    }
    return glyph;
  }

  private outline(index: number, depth: number): Contour[] {
    const v = this.view;
    const loca = this.table('loca');
    const start = this.longLoca ? v.getUint32(loca + index * 4) : v.getUint16(loca + index * 2) * 2;
    const end = this.longLoca ? v.getUint32(loca + index * 4 + 4) : v.getUint16(loca + index * 2 + 2) * 2;
    if (end <= start || depth > 4) return [];
    const at = this.table('glyf') + start;
    const contours = v.getInt16(at);
    return contours >= 0 ? this.simple(at, contours) : this.composite(at + 10, depth);
  }

  private simple(at: number, contourCount: number): Contour[] {
    const v = this.view;
    const ends: number[] = [];
    for (let i = 0; i < contourCount; i++) ends.push(v.getUint16(at + 10 + i * 2));
    const points = (ends[ends.length - 1] ?? -1) + 1;
    let p = at + 10 + contourCount * 2;
    p += 2 + v.getUint16(p);
    const flags: number[] = [];
    while (flags.length < points) {
      const flag = v.getUint8(p++);
      flags.push(flag);
      if (flag & 8) for (let r = v.getUint8(p++); r > 0; r--) flags.push(flag);
    }
    const coords = (short: number, same: number): number[] => {
      const out: number[] = [];
      let value = 0;
      for (const flag of flags) {
        if (flag & short) value += flag & same ? v.getUint8(p++) : -v.getUint8(p++);
        else if (!(flag & same)) {
          value += v.getInt16(p);
          p += 2;
        }
        out.push(value);
      }
      return out;
    };
    const xs = coords(2, 16);
    const ys = coords(4, 32);
    const result: Contour[] = [];
    let first = 0;
    for (const last of ends) {
      const raw = [];
      for (let i = first; i <= last; i++) raw.push({ x: xs[i] ?? 0, y: ys[i] ?? 0, on: ((flags[i] ?? 0) & 1) === 1 });
      result.push(flatten(raw));
      first = last + 1;
    }
    return result;
  }

  private composite(at: number, depth: number): Contour[] {
    const v = this.view;
    const out: Contour[] = [];
    let p = at;
    for (;;) {
      const flags = v.getUint16(p);
      const index = v.getUint16(p + 2);
      p += 4;
      const words = (flags & 1) !== 0;
      const dx = words ? v.getInt16(p) : v.getInt8(p);
      const dy = words ? v.getInt16(p + 2) : v.getInt8(p + 1);
      p += words ? 4 : 2;
      let [a, b, c, d] = [1, 0, 0, 1];
      const f2dot14 = (o: number) => v.getInt16(o) / 16384;
      if (flags & 8) {
        a = d = f2dot14(p);
        p += 2;
      } else if (flags & 0x40) {
        [a, d] = [f2dot14(p), f2dot14(p + 2)];
        p += 4;
      } else if (flags & 0x80) {
        [a, b, c, d] = [f2dot14(p), f2dot14(p + 2), f2dot14(p + 4), f2dot14(p + 6)];
        p += 8;
      }
      // Components placed by matching points (ARGS_ARE_XY_VALUES unset) are rare in DejaVu; they go unshifted.
      const [ox, oy] = flags & 2 ? [dx, dy] : [0, 0];
      for (const contour of this.outline(index, depth + 1))
        out.push(contour.map(([x, y]) => [a * x + c * y + ox, b * x + d * y + oy] as const));
      if (!(flags & 0x20)) return out;
    }
  }
}

/** A contour of on- and off-curve points as straight segments (implied on-curve points between two off-curve ones). */
function flatten(points: { x: number; y: number; on: boolean }[]): Contour {
  if (!points.length) return [];
  const n = points.length;
  const firstOn = points.findIndex((pt) => pt.on);
  const at = (i: number) => points[((i % n) + n) % n]!;
  const start = firstOn >= 0 ? at(firstOn) : { x: (at(0).x + at(1).x) / 2, y: (at(0).y + at(1).y) / 2, on: true };
  const offset = firstOn >= 0 ? firstOn : 0;
  const out: [number, number][] = [[start.x, start.y]];
  let current = start;
  let control: { x: number; y: number } | null = null;
  for (let k = 1; k <= n; k++) {
    const pt = k === n && firstOn >= 0 ? start : at(offset + k);
    if (pt.on) {
      if (control) curve(out, current, control, pt);
      else out.push([pt.x, pt.y]);
      current = pt;
      control = null;
    } else if (control) {
      const mid = { x: (control.x + pt.x) / 2, y: (control.y + pt.y) / 2, on: true };
      curve(out, current, control, mid);
      current = mid;
      control = pt;
    } else control = pt;
  }
  if (control) curve(out, current, control, start);
  return out;
}

function curve(
  out: [number, number][],
  p0: { x: number; y: number },
  c: { x: number; y: number },
  p1: { x: number; y: number },
): void {
  for (let s = 1; s <= CURVE_STEPS; s++) {
    const t = s / CURVE_STEPS;
    const u = 1 - t;
    out.push([u * u * p0.x + 2 * u * t * c.x + t * t * p1.x, u * u * p0.y + 2 * u * t * c.y + t * t * p1.y]);
  }
}
