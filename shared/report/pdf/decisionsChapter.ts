/** The report's chapter on decisions: accepted risks, resolutions with their retest, and regressions since the last visit. */
import type { ClinicReport } from '../clinicReport';
import { severityCell } from './findingsChapter';
import { INK, type ReportWriter } from './reportWriter';
import { decisionTables, tableArgs } from '../reportTables';

export function decisionsChapter(w: ReportWriter, r: ClinicReport): void {
  const { accepted, resolutions, regressions } = r.decisions;
  const tables = decisionTables(r);
  w.heading('Decisions on findings');
  w.paragraph(
    'Risks accepted (each for at most 12 months; an expired acceptance is listed among the open findings), findings resolved with their retest, and findings resolved on the last visit that are back.',
    { color: INK.muted },
  );
  w.heading('Accepted risks', 2);
  if (accepted.length)
    w.table(...tableArgs(tables.accepted), {
      columnStyles: { 0: { cellWidth: 17 }, 1: { cellWidth: 45 }, 4: { cellWidth: 20 } },
      didParseCell: (d) => severityCell(d, 0),
    });
  else w.paragraph('No risk is accepted.', { color: INK.muted });
  w.heading('Resolutions', 2);
  if (resolutions.length)
    w.table(...tableArgs(tables.resolutions), { columnStyles: { 0: { cellWidth: 45 }, 1: { cellWidth: 28 } } });
  else w.paragraph('No finding is recorded as resolved.', { color: INK.muted });
  w.heading('Regressions since the last visit', 2);
  if (!regressions) w.paragraph('No earlier visit to compare with.', { color: INK.muted });
  else if (regressions.length)
    w.table(...tableArgs(tables.regressions), {
      columnStyles: { 0: { cellWidth: 17 }, 1: { cellWidth: 70 } },
      didParseCell: (d) => severityCell(d, 0),
    });
  else w.paragraph('No finding resolved on the last visit is back.', { color: INK.muted });
}
