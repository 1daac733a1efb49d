/** The Word report's cover: the clinic, the assessment's facts, the overall rating and the integration verdict. */
import { Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { ratingColours } from '../../model/riskColours';
import type { ClinicReport } from '../clinicReport';
import { coverFacts } from '../coverFacts';
import { verdictColours } from '../verdictColours';
import { CONTENT_TWIPS, hex, INK, type DocxWriter } from './docxWriter';

/** A coloured box with a small label and a big word, as the PDF's cover draws them. */
function box(label: string, word: string, colour: string): TableCell {
  return new TableCell({
    width: { size: CONTENT_TWIPS / 2, type: WidthType.DXA },
    shading: { type: ShadingType.CLEAR, fill: hex(colour), color: 'auto' },
    margins: { top: 100, bottom: 100, left: 160, right: 160 },
    children: [
      new Paragraph({ children: [new TextRun({ text: label, color: 'FFFFFF', size: 18 })] }),
      new Paragraph({ children: [new TextRun({ text: word, color: 'FFFFFF', size: 28, bold: true })] }),
    ],
  });
}

export function coverChapter(w: DocxWriter, r: ClinicReport): void {
  w.paragraph('Security assessment report', { size: 26, colour: INK.muted });
  w.blocks.push(new Paragraph({ children: [new TextRun({ text: r.clinic.name, bold: true, size: 48 })] }));
  if (r.clinic.address) w.paragraph(r.clinic.address, { muted: true, size: 22 });
  w.facts(coverFacts(r));
  w.blocks.push(
    new Table({
      width: { size: CONTENT_TWIPS, type: WidthType.DXA },
      columnWidths: [CONTENT_TWIPS / 2, CONTENT_TWIPS / 2],
      rows: [
        new TableRow({
          children: [
            box('Overall rating', r.rating.label, ratingColours[r.rating.label]),
            box('Integration verdict', r.verdict.label, verdictColours[r.verdict.verdict]),
          ],
        }),
      ],
    }),
  );
  w.space();
  w.paragraph(r.verdict.headline, { bold: true });
  const blockers = r.verdict.blockers.map((b) => b.text);
  if (blockers.length)
    w.bullets(blockers.length > 5 ? [...blockers.slice(0, 4), `and ${blockers.length - 4} more`] : blockers);
  w.paragraph(r.rating.explanation, { muted: true });
}
