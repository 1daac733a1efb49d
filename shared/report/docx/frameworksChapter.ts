/** The frameworks appendix in the Word report (content: ../frameworksTables.ts). */
import type { ClinicReport } from '../clinicReport';
import { citedTable, FRAMEWORKS_INTRO, FRAMEWORKS_TITLE, sourcesTable } from '../frameworksTables';
import type { DocxWriter } from './docxWriter';

export function frameworksChapter(w: DocxWriter, r: ClinicReport): void {
  w.heading(FRAMEWORKS_TITLE);
  w.paragraph(FRAMEWORKS_INTRO, { muted: true });
  w.table(...sourcesTable(), { widths: [26, 60, 36, 52] });
  const [head, rows] = citedTable(r);
  if (!rows.length) return;
  w.heading('References the findings cite', 2);
  w.table(head, rows, { widths: [22, 34, 118] });
}
