/**
 * A plan the firm edited, read back: an XLSX workbook (its "Plan" sheet, else the first
 * sheet with a "Finding key" column) or a CSV, told apart by content first and name
 * second. Columns are found by their header, so the firm may reorder, hide or add
 * columns; only the editable ones (planColumns) are read, with the key and the title.
 *
 * A hostile or wrong file is refused whole, with one sentence, before anything is
 * compared: not a workbook or CSV, too large, a ZIP that unpacks too far (zipLimits), a
 * formula or an error value in a column read (the reader takes values only and never
 * evaluates anything), no finding key column, a date that is not a date, a status or
 * cost band not in the lists, a value longer than the plan keeps, a key twice.
 */
import Papa from 'papaparse';
import { planItemData } from '../model/planItem';
import { costBandOf, isoDateOf, milestonesOf, planColumns, planStatusOf, type EditedPlanRow } from './planColumns';
import type { PlanColumnKey } from './planColumns';
import { EXPORTED_AS_HEADER, exportedAsOf } from './planExportedAs';
import { checkedZipEntries, ZipRefused } from './zipLimits';
import { headerKey, PLAN_FILE_LIMITS } from './planFileLimits';
import { refuse, refuseRow, xlsxGrid, type GridRow } from './planXlsxGrid';

export { PLAN_FILE_LIMITS };

const columnByHeader = new Map<string, PlanColumnKey>(planColumns.map((c) => [headerKey(c.header), c.key]));
const READ: readonly PlanColumnKey[] = [
  'findingKey',
  'finding',
  'owner',
  'targetDate',
  'milestones',
  'status',
  'costBand',
  'comments',
];

function isText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control <= sample.length / 100;
}

function decodeText(bytes: Uint8Array): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Saved by a spreadsheet tool as "CSV" in the Windows code page.
    return new TextDecoder('windows-1252').decode(body);
  }
}

function csvGrid(bytes: Uint8Array, fileName: string): GridRow[] {
  const parsed = Papa.parse<string[]>(decodeText(bytes), {
    delimitersToGuess: [',', ';', '\t'],
    preview: PLAN_FILE_LIMITS.rows + 2,
  });
  if (parsed.data.length > PLAN_FILE_LIMITS.rows + 1)
    throw refuse(fileName, `has more than ${PLAN_FILE_LIMITS.rows.toLocaleString('en-US')} rows, more than any plan`);
  return parsed.data.map((cells, i) => {
    // Saved from a spreadsheet, a cell that starts with "=" was a formula typed as text.
    const problems = new Map(cells.flatMap((c, col) => (c.startsWith('=') ? [[col, 'a formula'] as const] : [])));
    return { row: i + 1, cells, ...(problems.size ? { problems } : {}) };
  });
}

/** Takes off the `'` the export put before a value that could start a formula. */
const uninert = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

function headerOf(
  grid: GridRow[],
  fileName: string,
): { at: number; columns: Map<PlanColumnKey, number>; exportedAs?: number } {
  for (const [at, { cells }] of grid.slice(0, 20).entries()) {
    const columns = new Map<PlanColumnKey, number>();
    cells.forEach((cell, i) => {
      const key = columnByHeader.get(headerKey(cell));
      if (key && !columns.has(key)) columns.set(key, i);
    });
    const exportedAs = cells.findIndex((cell) => headerKey(cell) === headerKey(EXPORTED_AS_HEADER));
    if (columns.has('findingKey')) return { at, columns, ...(exportedAs >= 0 ? { exportedAs } : {}) };
  }
  throw refuse(
    fileName,
    'has no “Finding key” column, so no row can be matched to a finding: export the plan again and edit that file',
  );
}

function fieldOf(fileName: string, row: number, key: PlanColumnKey, value: string): Partial<EditedPlanRow> {
  const problem = (what: string) => refuseRow(fileName, row, what);
  switch (key) {
    case 'targetDate': {
      const date = value.trim() === '' ? '' : isoDateOf(value);
      if (date === undefined) throw problem(`the target date “${value}” is not a date written as YYYY-MM-DD`);
      return { targetDate: date };
    }
    // An emptied Status or Cost band cell changes nothing: clearing it must not reset real progress.
    case 'status': {
      if (value.trim() === '') return {};
      const status = planStatusOf(value);
      if (!status) throw problem(`the status “${value}” is not one of Not started, In progress, Blocked or Done`);
      return { status };
    }
    case 'costBand': {
      if (value.trim() === '') return {};
      const band = costBandOf(value);
      if (!band) throw problem(`the cost band “${value}” is not one of the bands listed on the About sheet`);
      return { costBand: band };
    }
    case 'milestones': {
      const milestones = milestonesOf(value);
      if (typeof milestones === 'string') throw problem(milestones);
      return { milestones };
    }
    case 'owner':
    case 'comments': {
      const max = key === 'owner' ? 200 : 4000;
      if (value.length > max)
        throw problem(
          `the ${key} run to ${value.length.toLocaleString('en-US')} characters; the plan keeps up to ${max.toLocaleString('en-US')}`,
        );
      return { [key]: value };
    }
    default:
      return {};
  }
}

function rowsOf(grid: GridRow[], fileName: string): EditedPlanRow[] {
  const { at, columns, exportedAs } = headerOf(grid, fileName);
  const rows: EditedPlanRow[] = [];
  const seen = new Map<string, number>();
  const headers = new Map(planColumns.map((c) => [c.key, c.header]));
  for (const { row, cells, problems } of grid.slice(at + 1)) {
    if (cells.every((c) => c.trim() === '')) continue;
    const read = (key: PlanColumnKey) => {
      const i = columns.get(key);
      if (i === undefined) return undefined;
      const problem = problems?.get(i);
      if (problem)
        throw refuseRow(
          fileName,
          row,
          `the ${headers.get(key)} cell holds ${problem}, and the plan reads typed values only`,
        );
      return uninert(cells[i] ?? '');
    };
    const findingKey = (read('findingKey') ?? '').trim();
    const edited: EditedPlanRow = { row, findingKey, findingTitle: (read('finding') ?? '').slice(0, 300) };
    for (const key of READ) {
      const value = read(key);
      if (value !== undefined) Object.assign(edited, fieldOf(fileName, row, key, value));
    }
    const exported = exportedAs === undefined ? undefined : exportedAsOf(cells[exportedAs] ?? '');
    if (exported) edited.exported = exported;
    const first = seen.get(findingKey);
    if (findingKey && first !== undefined)
      throw refuse(
        fileName,
        `has the finding key “${findingKey.slice(0, 60)}” in rows ${first} and ${row}: each finding may appear once`,
      );
    if (findingKey.length > 2000) throw refuseRow(fileName, row, `the finding key is longer than any finding’s`);
    seen.set(findingKey, row);
    if (!planItemData.partial().safeParse(edited).success)
      throw refuseRow(fileName, row, `a value is not one the plan can keep`);
    rows.push(edited);
  }
  return rows;
}

/** The rows of an edited plan file, or an Error whose message is one sentence saying why the file is refused. */
export async function readPlanFile(bytes: Uint8Array, fileName: string): Promise<EditedPlanRow[]> {
  const name = fileName;
  if (bytes.byteLength === 0) throw refuse(name, 'is empty');
  if (bytes.byteLength > PLAN_FILE_LIMITS.bytes)
    throw refuse(
      name,
      `is ${(bytes.byteLength / 1024 ** 2).toFixed(1)} MB; a plan file is at most ${PLAN_FILE_LIMITS.bytes / 1024 ** 2} MB`,
    );
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  let grid: GridRow[];
  if (zip) {
    let entries: Set<string>;
    try {
      entries = await checkedZipEntries(bytes, PLAN_FILE_LIMITS);
    } catch (error) {
      if (error instanceof ZipRefused) throw refuse(name, error.message);
      throw error;
    }
    if (!entries.has('xl/workbook.xml')) throw refuse(name, 'is a ZIP archive, not an XLSX workbook');
    grid = await xlsxGrid(bytes, name, PLAN_FILE_LIMITS);
  } else if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw refuse(name, 'is an Excel 97–2003 workbook: save it as .xlsx or .csv and import that');
  else if (/\.xlsx$/i.test(fileName)) throw refuse(name, 'is named .xlsx but is not an XLSX workbook');
  else if (!isText(bytes)) throw refuse(name, 'is neither an XLSX workbook nor a CSV file');
  else grid = csvGrid(bytes, name);
  for (const { row, cells } of grid)
    if (cells.some((c) => c.length > PLAN_FILE_LIMITS.cell))
      throw refuse(
        name,
        `row ${row}: a cell holds more than ${PLAN_FILE_LIMITS.cell.toLocaleString('en-US')} characters`,
      );
  const rows = rowsOf(grid, name);
  if (rows.length === 0) throw refuse(name, 'has no plan rows under its header');
  return rows;
}
