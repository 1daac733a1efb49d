/**
 * The clinic report as an editable Word document (.docx), from the same report model as
 * the PDF: a cover, a table of contents Word fills from the headings, then the PDF's
 * chapters as Heading 1 and their sections as Heading 2, tables as Word tables, the charts
 * as PNG images, the classification and "Page X of Y" on every page. Pure code: it runs in
 * the report worker and in the CLI alike. Load it lazily: `docx` is a large library.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  TabStopType,
  TableOfContents,
  TextRun,
} from 'docx';
import type { ClinicReport } from '../clinicReport';
import type { EvidencePhotos } from '../reportEvidence';
import type { ReportFonts } from '../pdf/reportWriter';
import { coverChapter } from './coverChapter';
import { docxChapters } from './docxChapters';
import { CONTENT_TWIPS, DocxWriter, INK, NUMBERED, PAGE_TWIPS } from './docxWriter';
import { TrueTypeOutlines } from './raster/trueTypeOutlines';

export type ProgressStep = (label: string, done: number, total: number) => void;

export interface ClinicReportDocxOptions {
  /** The report font (DejaVu Sans): the charts' labels are drawn in it. */
  fonts: ReportFonts;
  /** The evidence appendix's photos; without, photos are listed only. */
  photos?: EvidencePhotos;
  progress?: ProgressStep;
}

const noPhotos: EvidencePhotos = { bytes: new Map(), missing: 'not in this file' };
const FONT = 'Calibri';

const small = (text: string, look: { bold?: boolean; colour?: string } = {}) =>
  new TextRun({ text, size: 15, bold: look.bold, color: look.colour ?? INK.muted });

/** The classification on the left, "Page X of Y" on the right. */
function footer(classification: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_TWIPS }],
        children: [
          small(classification, { bold: true, colour: INK.alert }),
          new TextRun({
            size: 15,
            color: INK.muted,
            children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

export async function clinicReportDocx(r: ClinicReport, options: ClinicReportDocxOptions): Promise<Uint8Array> {
  const ctx = {
    fonts: { regular: new TrueTypeOutlines(options.fonts.regular), bold: new TrueTypeOutlines(options.fonts.bold) },
    photos: options.photos ?? noPhotos,
  };
  const cover = new DocxWriter();
  coverChapter(cover, r);
  const body = new DocxWriter();
  docxChapters.forEach(([label, chapter], i) => {
    options.progress?.(`Laying out ${label.toLowerCase()}…`, i, docxChapters.length);
    chapter(body, r, ctx);
  });
  options.progress?.('Finishing…', docxChapters.length, docxChapters.length);
  const doc = new Document({
    creator: 'Clinic Assessor',
    title: `Security assessment: ${r.clinic.name}`,
    subject: r.assessment.title,
    description: r.classification,
    // The contents are written with their entries but no page numbers: Word offers to update the fields on
    // opening, which numbers them (and the "Page X of Y" footers).
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 20, color: INK.text } },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: INK.accent },
          paragraph: { spacing: { after: 200 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 24, bold: true, color: INK.text },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 400, hanging: 300 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_TWIPS.width, height: PAGE_TWIPS.height },
            margin: { top: 1250, bottom: 1130, left: PAGE_TWIPS.margin, right: PAGE_TWIPS.margin },
          },
          titlePage: true,
        },
        headers: {
          // The cover carries the classification as a band across its top; later pages a running header.
          first: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                shading: { type: ShadingType.CLEAR, fill: INK.alert, color: 'auto' },
                children: [
                  new TextRun({ text: r.classification.toUpperCase(), bold: true, color: 'FFFFFF', size: 18 }),
                ],
              }),
            ],
          }),
          default: new Header({
            children: [
              new Paragraph({ children: [small(`${r.clinic.name} · Security assessment · ${r.reportDate}`)] }),
            ],
          }),
        },
        footers: { first: footer(r.classification), default: footer(r.classification) },
        children: [
          ...cover.blocks,
          new Paragraph({
            pageBreakBefore: true,
            spacing: { after: 200 },
            children: [new TextRun({ text: 'Contents', bold: true, size: 32, color: INK.accent })],
          }),
          new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
          ...body.blocks,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
