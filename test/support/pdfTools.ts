/** Looks inside real PDFs with poppler's tools: the text, the page count, and whether a page has any ink. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function withFile<T>(pdf: Uint8Array, work: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'clinic-assessor-pdf-'));
  try {
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    return work(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  return r.stdout;
}

export function pdfText(pdf: Uint8Array): string {
  return withFile(pdf, (file) => run('pdftotext', ['-enc', 'UTF-8', file, '-']));
}

/** The first page's text, whitespace made single spaces: what a cover says. */
export const coverText = (pdf: Uint8Array) =>
  withFile(pdf, (file) => run('pdftotext', ['-enc', 'UTF-8', '-l', '1', file, '-'])).replace(/\s+/g, ' ');

/** The text as laid out, one line per printed line (a grid's row stays on its line), runs of spaces made one. */
export const layoutLines = (pdf: Uint8Array) =>
  withFile(pdf, (file) => run('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim());

/** The text with every run of whitespace made one space: table cells wrap lines anywhere. */
export const flatText = (pdf: Uint8Array) => pdfText(pdf).replace(/\s+/g, ' ');

export function pdfPages(pdf: Uint8Array): number {
  return withFile(pdf, (file) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1] ?? 0));
}

/** Share of non-white pixels on each page, rendered in grey at a low resolution. */
export function inkPerPage(pdf: Uint8Array): number[] {
  return withFile(pdf, (file, dir) => {
    run('pdftoppm', ['-gray', '-r', '20', file, path.join(dir, 'page')]);
    const pages = run('ls', [dir])
      .split('\n')
      .filter((f) => f.endsWith('.pgm'))
      .sort();
    return pages.map((name) => {
      const bytes = readFileSync(path.join(dir, name));
      // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'));
      if (!header) throw new Error(`not a PGM: ${name}`);
      const pixels = bytes.subarray(header[0].length);
      let ink = 0;
      for (const p of pixels) if (p < 200) ink += 1;
      return ink / pixels.length;
    });
  });
}
