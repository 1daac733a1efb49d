/**
 * The evidence appendix: every photo and file attached, in a table (what it documents,
 * caption, file, size, the start of its SHA-256), then the JPEG and PNG photos, two to a
 * row with their captions. Files are listed, never embedded; a photo whose bytes were not
 * given is listed with the reason.
 */
import { ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { evidenceIntro, evidenceTable, tableArgs } from '../reportTables';
import type { ClinicReport } from '../clinicReport';
import type { EvidenceRow } from '../reportEvidence';
import type { DocxContext } from './docxChapter';
import { CONTENT_TWIPS, INK, type DocxWriter } from './docxWriter';

/** Word shows JPEG and PNG; a WebP photo is listed only. */
const formats: Partial<Record<EvidenceRow['mediaType'], 'jpg' | 'png'>> = { 'image/jpeg': 'jpg', 'image/png': 'png' };
/** A photo's box, in pixels at 96 to the inch: half the text width, three quarters as tall. */
const BOX = { width: 300, height: 230 };

function photoCell(row: EvidenceRow | undefined, bytes: Uint8Array | undefined): TableCell {
  const width = { size: CONTENT_TWIPS / 2, type: WidthType.DXA } as const;
  const type = row && formats[row.mediaType];
  if (!row || !bytes || !type) return new TableCell({ width, children: [new Paragraph({})] });
  const scale = Math.min(BOX.width / Math.max(row.width, 1), BOX.height / Math.max(row.height, 1));
  const caption = (text: string, look: { bold?: boolean; muted?: boolean; size?: number } = {}) =>
    new Paragraph({
      children: [
        new TextRun({ text, bold: look.bold, size: look.size ?? 17, color: look.muted ? INK.muted : undefined }),
      ],
    });
  return new TableCell({
    width,
    margins: { top: 80, bottom: 120, left: 80, right: 80 },
    children: [
      new Paragraph({
        children: [
          new ImageRun({
            type,
            data: bytes,
            transformation: { width: Math.max(row.width, 1) * scale, height: Math.max(row.height, 1) * scale },
            altText: {
              name: row.fileName,
              title: row.caption || row.fileName,
              description: row.caption || row.documents,
            },
          }),
        ],
      }),
      ...(row.caption ? [caption(row.caption, { bold: true })] : []),
      caption(row.documents, { muted: true }),
      caption(`${row.fileName} · ${row.size} · SHA-256 ${row.hashPrefix}…`, { muted: true, size: 15 }),
    ],
  });
}

export function evidenceChapter(w: DocxWriter, r: ClinicReport, { photos }: DocxContext): void {
  const rows = r.evidence ?? [];
  if (!rows.length) return;
  w.heading('Appendix: evidence');
  const shown = rows.filter((e) => e.photo && formats[e.mediaType] && photos.bytes.has(e.sha256));
  const intro = evidenceIntro(rows, photos);
  w.paragraph(intro.text, { muted: true });
  if (intro.leftOut) w.paragraph(intro.leftOut, { bold: true });
  w.table(...tableArgs(evidenceTable(rows, shown, (e) => Boolean(formats[e.mediaType]), photos.missing)), {
    widths: [38, 40, undefined, 15, 22],
    size: 15,
  });
  const seen = new Set<string>();
  const unique = shown.filter((e) => !seen.has(`${e.sha256}|${e.documents}`) && seen.add(`${e.sha256}|${e.documents}`));
  if (!unique.length) return;
  w.heading('Photos', 2);
  const pairs: TableRow[] = [];
  for (let i = 0; i < unique.length; i += 2) {
    const [a, b] = [unique[i], unique[i + 1]];
    pairs.push(
      new TableRow({
        cantSplit: true,
        children: [a, b].map((e) => photoCell(e, e && photos.bytes.get(e.sha256))),
      }),
    );
  }
  w.blocks.push(
    new Table({
      rows: pairs,
      width: { size: CONTENT_TWIPS, type: WidthType.DXA },
      columnWidths: [CONTENT_TWIPS / 2, CONTENT_TWIPS / 2],
    }),
  );
  w.space();
}
