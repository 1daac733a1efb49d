/**
 * The Plan sheet as CSV: the same columns as the XLSX's Plan sheet, UTF-8 with a
 * byte-order mark, RFC 4180 quoting, CRLF line ends, and every cell that could start a
 * formula made inert with a leading `'` (csvCell of the change request). The reader of
 * an edited plan takes the `'` off again. The last column says what each row was exported
 * as (planExportedAs.ts).
 */
import { csvCell } from './changeRequestCsv';
import { planCells, planColumns } from './planColumns';
import { EXPORTED_AS_HEADER, exportedAsCell } from './planExportedAs';
import type { PlanRow } from './planRows';

const BOM = '\uFEFF';

export function planCsv(rows: readonly PlanRow[]): string {
  const lines = [
    [...planColumns.map((c) => csvCell(c.header)), csvCell(EXPORTED_AS_HEADER)].join(','),
    ...rows.map((r) => {
      const cells = planCells(r);
      return [...planColumns.map((c) => csvCell(cells[c.key])), csvCell(exportedAsCell(r))].join(',');
    }),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
