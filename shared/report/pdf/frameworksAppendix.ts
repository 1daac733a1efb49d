/** The frameworks appendix in the PDF (content: ../frameworksTables.ts). */
import type { ClinicReport } from '../clinicReport';
import { citedTable, FRAMEWORKS_INTRO, FRAMEWORKS_TITLE, sourcesTable } from '../frameworksTables';
import { INK, type ReportWriter } from './reportWriter';

export function frameworksAppendix(w: ReportWriter, r: ClinicReport): void {
  w.heading(FRAMEWORKS_TITLE);
  w.paragraph(FRAMEWORKS_INTRO, { color: INK.muted });
  w.table(...sourcesTable(), {
    columnStyles: { 0: { cellWidth: 26 }, 1: { cellWidth: 60 }, 2: { cellWidth: 36 } },
  });
  const [head, rows] = citedTable(r);
  if (!rows.length) return;
  w.heading('References the findings cite', 2, 30);
  w.table(head, rows, { styles: { fontSize: 8 }, columnStyles: { 0: { cellWidth: 22 }, 1: { cellWidth: 34 } } });
}
