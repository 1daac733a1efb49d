/**
 * A small layer over jsPDF for reports: A4 pages with margins, an embedded Unicode
 * font (regular and bold), headings that feed a table of contents, wrapped
 * paragraphs that break across pages, tables (autotable) whose headers repeat, a
 * running header and "page X of Y" footer, and deterministic output for a given date.
 */
import { jsPDF } from 'jspdf';
import { autoTable, type RowInput, type UserOptions } from 'jspdf-autotable';
import { toBase64 } from '../../crypto/bytes';

export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export const FONT = 'DejaVuSans';
export const PAGE = { width: 210, height: 297, margin: 18, top: 22, bottom: 20 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const INK = { text: '#1c2330', muted: '#5a6472', accent: '#0f5e8c', rule: '#d8dde3', alert: '#b42318' } as const;

export interface TocEntry {
  title: string;
  level: 1 | 2;
  page: number;
}

export class ReportWriter {
  readonly doc: jsPDF;
  y: number = PAGE.top;
  readonly toc: TocEntry[] = [];

  constructor(fonts: ReportFonts, meta: { title: string; subject: string; date: string }) {
    this.doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
    this.doc.addFileToVFS(`${FONT}.ttf`, toBase64(fonts.regular));
    this.doc.addFileToVFS(`${FONT}-Bold.ttf`, toBase64(fonts.bold));
    this.doc.addFont(`${FONT}.ttf`, FONT, 'normal');
    this.doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
    this.doc.setFont(FONT, 'normal');
    // The same data on the same date gives the same bytes: fixed creation date and file id.
    this.doc.setCreationDate(new Date(`${meta.date}T00:00:00Z`));
    this.doc.setFileId(fileId(`${meta.title}|${meta.subject}|${meta.date}`));
    this.doc.setProperties({ title: meta.title, subject: meta.subject, creator: 'Clinic Assessor', author: '' });
    this.doc.setTextColor(INK.text);
  }

  get page(): number {
    return this.doc.getNumberOfPages();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` mm still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > PAGE.height - PAGE.bottom) this.newPage();
  }

  font(size: number, style: 'normal' | 'bold' = 'normal', color: string = INK.text): void {
    this.doc.setFont(FONT, style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(color);
  }

  /**
   * A chapter (level 1, on a new page unless `flow`) or a section (level 2); both go into
   * the table of contents. `keepWith` mm of what follows stay on the heading's page.
   */
  heading(title: string, level: 1 | 2 = 1, keepWith = 12, flow = false): void {
    if (level === 1 && !flow && this.y > PAGE.top) this.newPage();
    else this.ensure(10 + keepWith);
    this.toc.push({ title, level, page: this.page });
    this.font(level === 1 ? 16 : 12, 'bold', level === 1 ? INK.accent : INK.text);
    if (level === 1 && flow && this.y > PAGE.top) this.y += 6;
    this.doc.text(title, PAGE.margin, this.y + (level === 1 ? 4 : 3));
    this.y += level === 1 ? 11 : 8;
    this.font(10);
  }

  paragraph(
    text: string,
    options: { size?: number; style?: 'normal' | 'bold'; color?: string; indent?: number; gap?: number } = {},
  ): void {
    const size = options.size ?? 10;
    this.font(size, options.style, options.color);
    const indent = options.indent ?? 0;
    const lineHeight = size * 0.46;
    for (const line of this.doc.splitTextToSize(text, CONTENT_WIDTH - indent) as string[]) {
      this.ensure(lineHeight);
      this.doc.text(line, PAGE.margin + indent, this.y + lineHeight * 0.8);
      this.y += lineHeight;
    }
    this.y += options.gap ?? 2.5;
    this.font(10);
  }

  bullets(items: string[], numbered = false): void {
    items.forEach((item, i) => {
      const lead = numbered ? `${i + 1}.` : '•';
      this.ensure(5);
      this.font(10);
      this.doc.text(lead, PAGE.margin + 1, this.y + 3.7);
      this.paragraph(item, { indent: 7, gap: 1.5 });
    });
    this.y += 1;
  }

  /** A table that breaks across pages with its header repeated. */
  table(head: string[], body: RowInput[], options: Partial<UserOptions> = {}): void {
    this.ensure(18);
    const { styles, headStyles, ...rest } = options;
    autoTable(this.doc, {
      startY: this.y,
      head: [head],
      body,
      margin: { left: PAGE.margin, right: PAGE.margin, top: PAGE.top, bottom: PAGE.bottom },
      // The embedded font everywhere: a table left on jsPDF's standard fonts would lose every non-Latin-1 letter.
      styles: {
        fontSize: 8,
        cellPadding: 1.6,
        overflow: 'linebreak',
        textColor: INK.text,
        lineColor: INK.rule,
        lineWidth: 0.1,
        valign: 'top',
        ...styles,
        font: FONT,
      },
      headStyles: { fontStyle: 'bold', fillColor: '#e3f0f8', textColor: INK.text, ...headStyles, font: FONT },
      alternateRowStyles: { fillColor: '#f8f9fb' },
      showHead: 'everyPage',
      // A row moves whole to the next page rather than splitting mid-sentence (rows taller than a page still split).
      rowPageBreak: 'avoid',
      ...rest,
    });
    this.y = (this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 6;
  }

  /** Label–value pairs as a two-column table without a header. */
  facts(rows: { label: string; value: string }[]): void {
    this.table(
      ['', ''],
      rows.map((r) => [r.label, r.value]),
      {
        showHead: 'never',
        columnStyles: { 0: { cellWidth: 55, fontStyle: 'bold' } },
        styles: { fontSize: 9, cellPadding: 1.8, valign: 'middle' },
      },
    );
  }

  /** The classification band across the top of a cover page. */
  coverBand(classification: string): void {
    this.doc.setFillColor(INK.alert);
    this.doc.rect(0, 0, PAGE.width, 12, 'F');
    this.font(9, 'bold', '#ffffff');
    this.doc.text(classification.toUpperCase(), PAGE.width / 2, 7.5, { align: 'center' });
    this.y = 55;
  }

  /** Running header (from page 2) and "page X of Y" footer on every page, with the classification. */
  decorate(header: string, classification: string): void {
    const pages = this.page;
    for (let page = 1; page <= pages; page++) {
      this.doc.setPage(page);
      this.font(7.5, 'normal', INK.muted);
      if (page > 1) {
        this.doc.text(header, PAGE.margin, 11);
        this.doc.setDrawColor(INK.rule);
        this.doc.line(PAGE.margin, 13, PAGE.width - PAGE.margin, 13);
      }
      this.font(7.5, 'bold', INK.alert);
      this.doc.text(classification, PAGE.margin, PAGE.height - 10);
      this.font(7.5, 'normal', INK.muted);
      this.doc.text(`Page ${page} of ${pages}`, PAGE.width - PAGE.margin, PAGE.height - 10, { align: 'right' });
    }
  }

  /**
   * Writes the table of contents on `onPage` from `top` (a page reserved earlier, or the
   * room left on the cover of a short report), its page numbers as they stand.
   */
  writeToc(onPage: number, top: number = PAGE.top): void {
    this.doc.setPage(onPage);
    let y = top;
    this.font(16, 'bold', INK.accent);
    this.doc.text('Contents', PAGE.margin, y + 4);
    y += 13;
    for (const entry of this.toc) {
      if (y > PAGE.height - PAGE.bottom - 6) break;
      const indent = entry.level === 1 ? 0 : 6;
      this.font(entry.level === 1 ? 10.5 : 9.5, entry.level === 1 ? 'bold' : 'normal');
      this.doc.text(entry.title, PAGE.margin + indent, y);
      this.doc.text(String(entry.page), PAGE.width - PAGE.margin, y, { align: 'right' });
      this.doc.link(PAGE.margin, y - 4, CONTENT_WIDTH, 5.5, { pageNumber: entry.page });
      y += entry.level === 1 ? 7 : 6;
    }
  }

  /** Inserts an empty page before page `at` (for contents laid out last); the contents' page numbers follow. */
  insertPage(at: number): void {
    this.doc.insertPage(at);
    for (const entry of this.toc) if (entry.page >= at) entry.page += 1;
  }

  bytes(): Uint8Array {
    return new Uint8Array(this.doc.output('arraybuffer'));
  }
}

/** 32 hex digits from a string: a stable PDF file id (FNV-1a, four rounds). */
function fileId(seed: string): string {
  let out = '';
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out.toUpperCase();
}
