/**
 * The evidence appendix: every photo and file attached, in a table (what it documents,
 * caption, file, size, the start of its SHA-256), then the photos themselves, four to a
 * page with their captions. Files are listed, never embedded; a photo whose bytes were not
 * given is listed with the reason.
 */
import type { EvidencePhotos, EvidenceRow } from '../reportEvidence';
import { CONTENT_WIDTH, INK, PAGE, type ReportWriter } from './reportWriter';
import { evidenceIntro, evidenceTable, tableArgs } from '../reportTables';

const GAP = 6;
const CELL_WIDTH = (CONTENT_WIDTH - GAP) / 2;
const IMAGE_HEIGHT = 92;
const CAPTION_LINES = 4;
const CELL_HEIGHT = IMAGE_HEIGHT + 4 + CAPTION_LINES * 4.2 + 4;

/** jsPDF lays out JPEG and PNG; a WebP photo is listed only. */
const formats: Partial<Record<EvidenceRow['mediaType'], 'JPEG' | 'PNG'>> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

function photoCell(w: ReportWriter, row: EvidenceRow, bytes: Uint8Array, x: number, y: number): void {
  const { doc } = w;
  const format = formats[row.mediaType];
  const scale = Math.min(CELL_WIDTH / Math.max(row.width, 1), IMAGE_HEIGHT / Math.max(row.height, 1));
  const width = Math.max(row.width, 1) * scale;
  const height = Math.max(row.height, 1) * scale;
  if (format) doc.addImage(bytes, format, x + (CELL_WIDTH - width) / 2, y + (IMAGE_HEIGHT - height) / 2, width, height);
  doc.setDrawColor(INK.rule);
  doc.rect(x, y, CELL_WIDTH, IMAGE_HEIGHT);
  let lineY = y + IMAGE_HEIGHT + 4;
  const line = (text: string) => {
    doc.text(text, x, lineY);
    lineY += 4.2;
  };
  w.font(8.5, 'bold');
  if (row.caption) (doc.splitTextToSize(row.caption, CELL_WIDTH) as string[]).slice(0, CAPTION_LINES - 2).forEach(line);
  w.font(8.5, 'normal', INK.muted);
  line((doc.splitTextToSize(row.documents, CELL_WIDTH) as string[])[0] ?? '');
  w.font(7.5, 'normal', INK.muted);
  doc.text(`${row.fileName} · ${row.size} · SHA-256 ${row.hashPrefix}…`, x, lineY, { maxWidth: CELL_WIDTH });
  w.font(10);
}

/** The appendix, when anything is attached; `photos` holds the bytes of the photos to lay out. */
export function evidenceChapter(w: ReportWriter, rows: readonly EvidenceRow[], photos: EvidencePhotos): void {
  if (!rows.length) return;
  w.heading('Appendix: evidence');
  const shown = rows.filter((r) => r.photo && formats[r.mediaType] && photos.bytes.has(r.sha256));
  const intro = evidenceIntro(rows, photos);
  w.paragraph(intro.text, { color: INK.muted });
  if (intro.leftOut) w.paragraph(intro.leftOut, { style: 'bold' });
  w.table(...tableArgs(evidenceTable(rows, shown, (r) => Boolean(formats[r.mediaType]), photos.missing)), {
    styles: { fontSize: 7.5 },
    columnStyles: { 0: { cellWidth: 38 }, 1: { cellWidth: 40 }, 3: { cellWidth: 15 }, 4: { cellWidth: 22 } },
  });
  if (!shown.length) return;
  w.heading('Photos', 2, CELL_HEIGHT);
  const seen = new Set<string>();
  let column = 0;
  for (const row of shown) {
    if (seen.has(`${row.sha256}|${row.documents}`)) continue;
    seen.add(`${row.sha256}|${row.documents}`);
    if (column === 0) w.ensure(CELL_HEIGHT);
    const bytes = photos.bytes.get(row.sha256);
    if (bytes) photoCell(w, row, bytes, PAGE.margin + column * (CELL_WIDTH + GAP), w.y);
    column = (column + 1) % 2;
    if (column === 0) w.y += CELL_HEIGHT;
  }
  if (column === 1) w.y += CELL_HEIGHT;
}
