/** The images inside a real PDF, with poppler's pdfimages: their list (size, encoding) and their bytes as embedded. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PdfImage {
  width: number;
  height: number;
  /** pdfimages' "enc" column: jpeg, image (flate), … */
  encoding: string;
}

function run(args: string[]): string {
  const r = spawnSync('pdfimages', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdfimages failed: ${r.stderr}`);
  return r.stdout;
}

/** Each image of the PDF (soft masks left out), from `pdfimages -list`, and its bytes as stored (`-all`: a JPEG as it was embedded). */
export function pdfImages(pdf: Uint8Array): { list: PdfImage[]; files: Uint8Array[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'clinic-assessor-img-'));
  try {
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const list = run(['-list', file])
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols.length > 8 && cols[2] === 'image')
      .map((cols) => ({ width: Number(cols[3]), height: Number(cols[4]), encoding: cols[8] ?? '' }));
    run(['-all', file, path.join(dir, 'img')]);
    const files = readdirSync(dir)
      .filter((name) => name.startsWith('img'))
      .sort()
      .map((name) => new Uint8Array(readFileSync(path.join(dir, name))));
    return { list, files };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
