/**
 * The remediation plan as an XLSX workbook for the parent firm: "Plan" (the rows to work
 * on, the editable columns under a green band and in a light fill, status and cost band
 * picked from lists, target dates as real dates), "Findings", "Inventory", "Vendor
 * access" and "About" (who, when, how to edit and import back, and the lists). Every
 * sheet has a frozen header, an autofilter and widths to read; severities take their
 * colour from riskColours.ts. Values are written as values, never as formulas, so a
 * hostile name stays text. Load this module lazily: exceljs is large.
 */
import ExcelJS from 'exceljs';
import type { Alignment, Fill, Font, Worksheet } from 'exceljs';
import { CLASSIFICATION } from '../model/classification';
import { severityColours } from '../model/riskColours';
import { planCells, planColumns } from './planColumns';
import { EXPORTED_AS_HEADER, exportedAsCell } from './planExportedAs';
import {
  aboutRows,
  costBandChoices,
  findingsSheet,
  inventorySheet,
  statusChoices,
  vendorSheet,
  type PlanWorkbookInput,
  type TextSheet,
} from './planSheets';

export const PLAN_SHEET = 'Plan';
/** The Plan sheet's header row, under the band that says which columns are read back. */
export const PLAN_HEADER_ROW = 2;

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const solid = (hex: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });
const HEADER = '#1F4E79';
const EDIT_HEADER = '#1D6B3A';
const EDIT_CELL = '#EEF7EE';
/** A finding key (a rule and the record ids it rests on) is for matching, not reading: one line, never wrapped. */
const KEY_CELL: Partial<Alignment> = { vertical: 'top', wrapText: false };
const white: Partial<Font> = { bold: true, color: { argb: 'FFFFFFFF' } };

function header(sheet: Worksheet, row: number, fills: string[]): void {
  fills.forEach((fill, i) => {
    const cell = sheet.getRow(row).getCell(i + 1);
    cell.font = white;
    cell.fill = solid(fill);
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
}

function textSheet(book: ExcelJS.Workbook, content: TextSheet): void {
  const sheet = book.addWorksheet(content.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = content.columns.map((c) => ({ header: c.header, width: c.width }));
  header(
    sheet,
    1,
    content.columns.map(() => HEADER),
  );
  content.rows.forEach((cells, i) => {
    const row = sheet.addRow(cells);
    row.alignment = { vertical: 'top', wrapText: true };
    if (content.columns[0]?.header === 'Finding key') row.getCell(1).alignment = KEY_CELL;
    const severity = content.severity?.of[i];
    if (content.severity && severity) {
      const cell = row.getCell(content.severity.column + 1);
      cell.fill = solid(severityColours[severity]);
      cell.font = white;
    }
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, content.rows.length + 1), column: content.columns.length },
  };
}

/** Where the About sheet puts its status and cost band lists, for the Plan sheet's validations. */
function listRanges(input: PlanWorkbookInput): { status: string; cost: string } {
  const status = aboutRows(input).length + 2;
  const cost = status + statusChoices.length;
  return {
    status: `About!$B$${status}:$B$${cost - 1}`,
    cost: `About!$B$${cost}:$B$${cost + costBandChoices.length - 1}`,
  };
}

/** The About sheet, ending with the status and cost band lists at listRanges. */
function aboutSheet(book: ExcelJS.Workbook, input: PlanWorkbookInput): void {
  const about = book.addWorksheet('About', { views: [{ state: 'frozen', ySplit: 1 }] });
  about.columns = [
    { header: 'About', width: 18 },
    { header: 'This plan', width: 90 },
  ];
  header(about, 1, [HEADER, HEADER]);
  for (const pair of aboutRows(input)) about.addRow(pair).alignment = { vertical: 'top', wrapText: true };
  statusChoices.forEach((v, i) => about.addRow([i === 0 ? 'Status values' : '', v]));
  costBandChoices.forEach((v, i) => about.addRow([i === 0 ? 'Cost bands' : '', v]));
  about.getColumn(1).font = { bold: true };
  about.autoFilter = { from: { row: 1, column: 1 }, to: { row: about.rowCount, column: 2 } };
}

function planSheet(book: ExcelJS.Workbook, input: PlanWorkbookInput, lists: { status: string; cost: string }): void {
  const sheet = book.addWorksheet(PLAN_SHEET, { views: [{ state: 'frozen', ySplit: PLAN_HEADER_ROW }] });
  sheet.columns = [
    ...planColumns.map((c) => ({ key: c.key, width: c.width })),
    // What each row was exported as, for the import's three-way compare: hidden, not for editing.
    { key: 'exportedAs', width: 20, hidden: true },
  ];
  const firstEdit = planColumns.findIndex((c) => c.editable) + 1;
  sheet.getCell(1, 1).value = 'For reference: not read back on import';
  sheet.getCell(1, firstEdit).value = 'Edit these columns: read back on import';
  sheet.mergeCells(1, 1, 1, firstEdit - 1);
  sheet.mergeCells(1, firstEdit, 1, planColumns.length);
  header(
    sheet,
    1,
    planColumns.map((c) => (c.editable ? EDIT_HEADER : HEADER)),
  );
  sheet.getRow(PLAN_HEADER_ROW).values = [...planColumns.map((c) => c.header), EXPORTED_AS_HEADER];
  header(
    sheet,
    PLAN_HEADER_ROW,
    planColumns.map((c) => (c.editable ? EDIT_HEADER : HEADER)),
  );
  const col = (key: string) => planColumns.findIndex((c) => c.key === key) + 1;
  for (const r of input.plan) {
    const cells = planCells(r);
    const row = sheet.addRow([...planColumns.map((c) => cells[c.key]), exportedAsCell(r)]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(1).alignment = KEY_CELL;
    planColumns.forEach((c, i) => {
      if (c.editable) row.getCell(i + 1).fill = solid(EDIT_CELL);
    });
    const severity = row.getCell(col('severity'));
    severity.fill = solid(severityColours[r.severity]);
    severity.font = white;
    const target = row.getCell(col('targetDate'));
    target.value = r.targetDate ? new Date(`${r.targetDate}T00:00:00Z`) : null;
    target.numFmt = 'yyyy-mm-dd';
    if (r.targetIsDefault) target.font = { italic: true, color: { argb: 'FF6B7280' } };
    const list = (key: string, formula: string, title: string) =>
      (row.getCell(col(key)).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorTitle: title,
        error: `Pick one of the ${title.toLowerCase()} listed on the About sheet.`,
      });
    list('status', lists.status, 'Status values');
    list('costBand', lists.cost, 'Cost bands');
    target.dataValidation = {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [new Date('2000-01-01T00:00:00Z')],
      showErrorMessage: true,
      errorTitle: 'Target date',
      error: 'Type a date as YYYY-MM-DD, or leave it empty for the default by severity.',
    };
  }
  sheet.autoFilter = {
    from: { row: PLAN_HEADER_ROW, column: 1 },
    to: { row: PLAN_HEADER_ROW + input.plan.length, column: planColumns.length },
  };
}

export async function planWorkbook(input: PlanWorkbookInput): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Clinic Assessor';
  planSheet(book, input, listRanges(input));
  textSheet(book, findingsSheet(input.findings));
  textSheet(book, inventorySheet(input.context));
  textSheet(book, vendorSheet(input.context));
  aboutSheet(book, input);
  // The report's classification on every printed page of every sheet.
  for (const sheet of book.worksheets) {
    sheet.headerFooter.oddHeader = `&C${CLASSIFICATION}`;
    sheet.headerFooter.oddFooter = `&L${CLASSIFICATION}&RPage &P of &N`;
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}
