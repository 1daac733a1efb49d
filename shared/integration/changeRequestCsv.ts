/**
 * The change request as CSV: UTF-8 with a byte-order mark (so spreadsheet tools read the
 * accents), RFC 4180 quoting and CRLF line ends. A cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return gets a leading `'` so no spreadsheet runs it as a
 * formula (a clinic or device name is typed by whoever set it up).
 */
import { changeRequestColumns, type ChangeRequestRow } from './changeRequest';

const BOM = '\uFEFF';

/** One cell: made inert if it could start a formula, then quoted if it must be. */
export function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

export function changeRequestCsv(rows: readonly ChangeRequestRow[]): string {
  const lines = [
    changeRequestColumns.map((c) => csvCell(c.header)).join(','),
    ...rows.map((r) => changeRequestColumns.map((c) => csvCell(r[c.key])).join(',')),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
