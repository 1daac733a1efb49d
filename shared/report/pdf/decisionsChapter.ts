/** The report's chapter on decisions: accepted risks, resolutions with their retest, and regressions since the last visit. */
import type { ClinicReport } from '../clinicReport';
import { severityCell } from './findingsChapter';
import { INK, type ReportWriter } from './reportWriter';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const or = (text: string) => text || 'Not recorded';
const decided = (by: string, at: string) => (by || at ? `${or(by)}, ${or(at)}` : 'Not recorded');

export function decisionsChapter(w: ReportWriter, r: ClinicReport): void {
  const { accepted, resolutions, regressions } = r.decisions;
  w.heading('Decisions on findings');
  w.paragraph(
    'Risks accepted (each for at most 12 months; an expired acceptance is listed among the open findings), findings resolved with their retest, and findings resolved on the last visit that are back.',
    { color: INK.muted },
  );
  w.heading('Accepted risks', 2);
  if (accepted.length)
    w.table(
      ['Severity', 'Finding', 'Person responsible', 'Reason', 'Until', 'Decided by, on'],
      accepted.map((a) => [
        cap(a.severity),
        a.title,
        or(a.owner),
        or(a.reason),
        a.until,
        decided(a.decidedBy, a.decidedAt),
      ]),
      {
        columnStyles: { 0: { cellWidth: 17 }, 1: { cellWidth: 45 }, 4: { cellWidth: 20 } },
        didParseCell: (d) => severityCell(d, 0),
      },
    );
  else w.paragraph('No risk is accepted.', { color: INK.muted });
  w.heading('Resolutions', 2);
  if (resolutions.length)
    w.table(
      ['Finding', 'Fixed by', 'Retest: what was checked', 'Retested on, by', 'Recorded by, on'],
      resolutions.map((x) => [
        x.title,
        x.fixedBy,
        or(x.retestCheck),
        decided(x.retestBy, x.retestDate),
        decided(x.decidedBy, x.decidedAt),
      ]),
      { columnStyles: { 0: { cellWidth: 45 }, 1: { cellWidth: 28 } } },
    );
  else w.paragraph('No finding is recorded as resolved.', { color: INK.muted });
  w.heading('Regressions since the last visit', 2);
  if (!regressions) w.paragraph('No earlier visit to compare with.', { color: INK.muted });
  else if (regressions.length)
    w.table(
      ['Severity', 'Finding now', 'Resolved on the last visit', 'Fixed by, retest'],
      regressions.map((g) => [
        cap(g.severity),
        `${g.title}\n${g.detail}`,
        decided(g.resolvedBy, g.resolvedOn),
        `${or(g.fixedBy)}; ${or(g.retest.check)} (${decided(g.retest.by, g.retest.date)})`,
      ]),
      { columnStyles: { 0: { cellWidth: 17 }, 1: { cellWidth: 70 } }, didParseCell: (d) => severityCell(d, 0) },
    );
  else w.paragraph('No finding resolved on the last visit is back.', { color: INK.muted });
}
