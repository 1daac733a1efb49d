/**
 * The plan sheet of an XLSX workbook as rows of text, for planSheetRead.ts (which has
 * checked the archive's sizes first). The sheet is "Plan", else the first with a
 * "Finding key" header. Values are read as typed: a date cell as YYYY-MM-DD, rich text
 * as its words, a hyperlink as its text; a formula is never evaluated and its cached
 * result never taken (the cell is marked, and refused if it is in a column read), and
 * an error value (#N/A) is marked likewise. exceljs is loaded only when a workbook is read.
 */
import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { headerKey } from './planFileLimits';

/** The key column's header as the reader finds it (planSheetRead.ts): "Finding key", "finding_key"… */
const FINDING_KEY = headerKey('Finding key');

/** One row of the sheet: its number as the spreadsheet shows it, and its cells as text. */
export interface GridRow {
  row: number;
  cells: string[];
  /** Cells that hold no value to read, by column index: "a formula", "an error value". */
  problems?: Map<number, string>;
}

/** The one sentence refusing the file: "The file plan.xlsx is empty." */
export const refuse = (fileName: string, what: string) =>
  new Error(`The file ${fileName ? `${fileName} ` : ''}${what}.`);
/** The one sentence refusing it for one row: "Row 7 of plan.xlsx: the status “Later” is not one of …." */
export const refuseRow = (fileName: string, row: number, what: string) =>
  new Error(`Row ${row}${fileName ? ` of ${fileName}` : ''}: ${what}.`);

const isoOf = (date: Date) => (Number.isNaN(date.getTime()) ? String(date) : date.toISOString().slice(0, 10));

function cellText(value: CellValue): { text: string; problem?: string } {
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) return { text: isoOf(value) };
  if (typeof value !== 'object') return { text: String(value) };
  if ('formula' in value || 'sharedFormula' in value) return { text: '', problem: 'a formula' };
  if ('error' in value) return { text: '', problem: `an error value (${value.error})` };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('text' in value) return { text: typeof value.text === 'string' ? value.text : cellText(value.text).text };
  return { text: '', problem: 'a value of an unknown kind' };
}

const hasKeyHeader = (sheet: Worksheet) => {
  for (let r = 1; r <= Math.min(20, sheet.rowCount); r++) {
    const values = sheet.getRow(r).values;
    if (Array.isArray(values) && values.some((v) => typeof v === 'string' && headerKey(v) === FINDING_KEY)) return true;
  }
  return false;
};

export async function xlsxGrid(
  bytes: Uint8Array,
  fileName: string,
  limits: { rows: number; columns: number },
): Promise<GridRow[]> {
  const { default: ExcelJS } = await import('exceljs');
  const book: Workbook = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw refuse(fileName, 'is a damaged XLSX workbook that cannot be read');
  }
  const sheet =
    book.worksheets.find((s) => s.name.trim().toLowerCase() === 'plan') ?? book.worksheets.find(hasKeyHeader);
  if (!sheet) throw refuse(fileName, 'has no “Plan” sheet and no sheet with a “Finding key” column');
  if (sheet.rowCount > limits.rows + 20)
    throw refuse(
      fileName,
      `has ${sheet.rowCount.toLocaleString('en-US')} rows on its plan sheet, more than any plan (${limits.rows.toLocaleString('en-US')})`,
    );
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    // The last column holding a cell, without visiting the empty ones before it.
    if (row.cellCount > limits.columns)
      throw refuse(
        fileName,
        `has a value in column ${row.cellCount.toLocaleString('en-US')} of row ${number} of its plan sheet, wider than any plan (${limits.columns} columns)`,
      );
    const cells: string[] = [];
    const problems = new Map<number, string>();
    // Only the cells that exist, placed by their column; a gap stays '' below.
    row.eachCell({ includeEmpty: false }, (cell: Cell, col: number) => {
      const { text, problem } = cellText(cell.value);
      cells[col - 1] = text;
      if (problem) problems.set(col - 1, problem);
    });
    rows.push({ row: number, cells: Array.from(cells, (c) => c ?? ''), ...(problems.size ? { problems } : {}) });
  });
  return rows;
}
