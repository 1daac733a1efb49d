/**
 * The Plan sheet as CSV: the same columns as the XLSX's Plan sheet, UTF-8 with a
 * byte-order mark, RFC 4180 quoting, CRLF line ends, and every cell that could start a
 * formula made inert with a leading `'` (csvCell of the change request). The reader of
 * an edited plan takes the `'` off again.
 */
import { csvCell } from './changeRequestCsv';
import { planCells, planColumns } from './planColumns';
import type { PlanRow } from './planRows';

const BOM = '\uFEFF';

export function planCsv(rows: readonly PlanRow[]): string {
  const lines = [
    planColumns.map((c) => csvCell(c.header)).join(','),
    ...rows.map((r) => {
      const cells = planCells(r);
      return planColumns.map((c) => csvCell(cells[c.key])).join(',');
    }),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
