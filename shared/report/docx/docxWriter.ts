/**
 * A small layer over `docx` for the Word report, shaped like the PDF's ReportWriter so a
 * chapter reads the same in both: chapters and sections as real Word headings (Heading 1
 * and 2, which feed Word's navigation pane and the table of contents), paragraphs, bullet
 * and numbered lists, tables as Word tables whose header row repeats on each page, label–
 * value facts, and images. It only collects blocks; clinicReportDocx.ts makes the file.
 */
import {
  AlignmentType,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';

/** A4 in twips (1/20 pt), with the PDF's 18 mm margins. */
export const PAGE_TWIPS = { width: 11906, height: 16838, margin: 1020 } as const;
export const CONTENT_TWIPS = PAGE_TWIPS.width - 2 * PAGE_TWIPS.margin;
/** The PDF's colours, as Word writes them (no '#'). */
export const INK = {
  text: '1C2330',
  muted: '5A6472',
  accent: '0F5E8C',
  rule: 'D8DDE3',
  alert: 'B42318',
  head: 'E3F0F8',
  stripe: 'F8F9FB',
} as const;

export const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** A table cell: text (lines split on \n), or text with its own look. */
export type Cell = string | { text: string; bold?: boolean; colour?: string; fill?: string; lines?: CellLine[] };
/** One line of a rich cell. */
export interface CellLine {
  text: string;
  bold?: boolean;
  colour?: string;
  size?: number;
}

export interface TableOptions {
  /** Column widths in the PDF's millimetres (of 174); a column left out shares what the others leave. */
  widths?: (number | undefined)[];
  /** Half-points: 16 = 8 pt (the default for tables). */
  size?: number;
  /** No header row (label–value facts). */
  headless?: boolean;
  /** Rows shaded by a group (the device of "findings by device") instead of alternately. */
  shade?: (row: number) => boolean;
  /** A body cell's own look (a severity in its colour), or undefined for plain text. */
  style?: (text: string, row: number, column: number) => Cell | undefined;
}

export interface ParagraphOptions {
  muted?: boolean;
  bold?: boolean;
  /** Half-points. */
  size?: number;
  colour?: string;
}

export class DocxWriter {
  readonly blocks: FileChild[] = [];
  /** Numbered lists so far: each list restarts at 1. */
  private lists = 0;

  /** A chapter (Heading 1, on a new page) or a section (Heading 2). */
  heading(title: string, level: 1 | 2 = 1): void {
    this.blocks.push(
      new Paragraph({
        text: title,
        heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        pageBreakBefore: level === 1,
      }),
    );
  }

  paragraph(text: string, options: ParagraphOptions = {}): void {
    this.blocks.push(
      new Paragraph({
        spacing: { after: 100 },
        children: [
          new TextRun({
            text,
            bold: options.bold,
            size: options.size,
            color: options.colour ?? (options.muted ? INK.muted : undefined),
          }),
        ],
      }),
    );
  }

  bullets(items: readonly string[], numbered = false): void {
    const instance = numbered ? ++this.lists : 0;
    for (const item of items)
      this.blocks.push(
        new Paragraph({
          text: item,
          spacing: { after: 60 },
          ...(numbered ? { numbering: { reference: NUMBERED, level: 0, instance } } : { bullet: { level: 0 } }),
        }),
      );
  }

  table(head: readonly string[], rows: readonly (readonly Cell[])[], options: TableOptions = {}): void {
    const widths = columnTwips(head.length || rows[0]?.length || 1, options.widths);
    const size = options.size ?? 16;
    const header = options.headless
      ? []
      : [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: head.map((h, i) => cell({ text: h, bold: true, fill: INK.head }, widths[i] ?? 0, size)),
          }),
        ];
    const body = rows.map(
      (row, r) =>
        new TableRow({
          cantSplit: true,
          children: row.map((c, i) => {
            const shaded = options.shade ? options.shade(r) : r % 2 === 1;
            const styled = typeof c === 'string' ? (options.style?.(c, r, i) ?? c) : c;
            return cell(styled, widths[i] ?? 0, size, shaded ? INK.stripe : undefined);
          }),
        }),
    );
    this.blocks.push(
      new Table({
        rows: [...header, ...body],
        width: { size: CONTENT_TWIPS, type: WidthType.DXA },
        columnWidths: widths,
      }),
    );
    this.space();
  }

  /** Label–value pairs as a two-column table without a header. */
  facts(rows: readonly { label: string; value: string }[]): void {
    this.table(
      ['', ''],
      rows.map((r) => [{ text: r.label, bold: true }, r.value]),
      { headless: true, widths: [55], size: 18 },
    );
  }

  /** An image `widthPt` wide (its height follows), with its description for screen readers. */
  image(png: Uint8Array, size: { width: number; height: number }, widthPt: number, description: string): void {
    const px = (widthPt * 96) / 72;
    this.blocks.push(
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { after: 120 },
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: px, height: (px * size.height) / Math.max(size.width, 1) },
            altText: { name: description.slice(0, 60), title: description.slice(0, 60), description },
          }),
        ],
      }),
    );
  }

  /** A little room after a table, so the next paragraph does not touch it. */
  space(): void {
    this.blocks.push(new Paragraph({ spacing: { after: 60 }, children: [] }));
  }
}

/** The numbering definition clinicReportDocx.ts registers for numbered lists. */
export const NUMBERED = 'numbered';

/** The PDF's content width in mm: table widths are given as the PDF's, so the two read alike. */
const CONTENT_MM = 174;

function columnTwips(count: number, widths: readonly (number | undefined)[] = []): number[] {
  const set = widths.slice(0, count).reduce<number>((a, b) => a + (b ?? 0), 0);
  const unset = Array.from({ length: count }, (_, i) => widths[i]).filter((x) => x === undefined).length;
  // Columns without a width share what the others leave, as in the PDF.
  const share = unset ? Math.max((CONTENT_MM - set) / unset, 12) : 0;
  const mm = Array.from({ length: count }, (_, i) => widths[i] ?? share);
  const total = mm.reduce((a, b) => a + b, 0);
  return mm.map((x) => Math.floor((x / total) * CONTENT_TWIPS));
}

function cell(c: Cell, width: number, size: number, stripe?: string): TableCell {
  const look = typeof c === 'string' ? { text: c } : c;
  const lines: CellLine[] =
    look.lines ?? look.text.split('\n').map((text) => ({ text, bold: look.bold, colour: look.colour }));
  const fill = look.fill ?? stripe;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(fill ? { shading: { type: ShadingType.CLEAR, fill: hex(fill), color: 'auto' } } : {}),
    children: lines.map(
      (line) =>
        new Paragraph({
          children: [
            new TextRun({
              text: line.text,
              bold: line.bold,
              size: line.size ?? size,
              color: line.colour ? hex(line.colour) : undefined,
            }),
          ],
        }),
    ),
  });
}
