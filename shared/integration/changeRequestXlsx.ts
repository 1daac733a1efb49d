/**
 * The change request as an XLSX workbook: a "Change request" sheet (title block, then
 * the table with a styled, frozen header, an autofilter and widths to read) and an
 * "About" sheet. exceljs writes every value here as a string cell, never as a formula,
 * so a hostile name ("=HYPERLINK(…)") stays text in any spreadsheet tool; the CSV needs
 * its leading `'`, the XLSX does not. Load this module lazily: exceljs is large.
 */
import ExcelJS from 'exceljs';
import { changeRequestColumns, type ChangeRequestRow } from './changeRequest';

export interface ChangeRequestTitle {
  clinic: string;
  assessment: string;
  /** The assessment's date, YYYY-MM-DD. */
  date: string;
  /** The content pack the design was judged under. */
  pack: string;
}

export const CHANGE_REQUEST_SHEET = 'Change request';
/** The header row of the table (below the title block). */
export const CHANGE_REQUEST_HEADER_ROW = 4;

const widths: Record<string, number> = {
  source: 36,
  destination: 36,
  service: 30,
  action: 10,
  reason: 70,
  owner: 24,
  change: 10,
};

export async function changeRequestXlsx(
  rows: readonly ChangeRequestRow[],
  title: ChangeRequestTitle,
): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Clinic Assessor';
  const sheet = book.addWorksheet(CHANGE_REQUEST_SHEET, {
    views: [{ state: 'frozen', ySplit: CHANGE_REQUEST_HEADER_ROW }],
  });
  sheet.columns = changeRequestColumns.map((c) => ({ key: c.key, width: widths[c.key] ?? 20 }));
  sheet.getCell('A1').value = `Firewall change request — ${title.clinic}`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = `${title.assessment} of ${title.date}. Judged under: ${title.pack}.`;
  const header = sheet.getRow(CHANGE_REQUEST_HEADER_ROW);
  changeRequestColumns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  });
  for (const r of rows) {
    const row = sheet.addRow(changeRequestColumns.map((c) => r[c.key]));
    row.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.autoFilter = {
    from: { row: CHANGE_REQUEST_HEADER_ROW, column: 1 },
    to: { row: CHANGE_REQUEST_HEADER_ROW + rows.length, column: changeRequestColumns.length },
  };
  const about = book.addWorksheet('About');
  about.columns = [{ width: 18 }, { width: 80 }];
  about.addRows([
    ['Clinic', title.clinic],
    ['Assessment', title.assessment],
    ['Date', title.date],
    ['Judged under', title.pack],
    ['Rows', String(rows.length)],
    ['Actions', 'allow: open the flow as written; deny: block it explicitly; remove: delete today’s rule.'],
  ]);
  about.getColumn(1).font = { bold: true };
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}
