/** Decisions on findings: accepted risks, resolutions with their retest, and regressions since the last visit. */
import type { ClinicReport } from '../clinicReport';
import { decisionTables } from '../reportTables';
import { severityCell } from './docxChapter';
import type { DocxWriter } from './docxWriter';

const severityFirst = (text: string, _row: number, column: number) => (column === 0 ? severityCell(text) : undefined);

export function decisionsChapter(w: DocxWriter, r: ClinicReport): void {
  const { accepted, resolutions, regressions } = r.decisions;
  const tables = decisionTables(r);
  w.heading('Decisions on findings');
  w.paragraph(
    'Risks accepted (each for at most 12 months; an expired acceptance is listed among the open findings), findings resolved with their retest, and findings resolved on the last visit that are back.',
    { muted: true },
  );
  w.heading('Accepted risks', 2);
  if (accepted.length)
    w.table(tables.accepted.head, tables.accepted.rows, {
      widths: [17, 45, undefined, undefined, 20],
      style: severityFirst,
    });
  else w.paragraph('No risk is accepted.', { muted: true });
  w.heading('Resolutions', 2);
  if (resolutions.length) w.table(tables.resolutions.head, tables.resolutions.rows, { widths: [45, 28] });
  else w.paragraph('No finding is recorded as resolved.', { muted: true });
  w.heading('Regressions since the last visit', 2);
  if (!regressions) w.paragraph('No earlier visit to compare with.', { muted: true });
  else if (regressions.length)
    w.table(tables.regressions.head, tables.regressions.rows, { widths: [17, 70], style: severityFirst });
  else w.paragraph('No finding resolved on the last visit is back.', { muted: true });
}
