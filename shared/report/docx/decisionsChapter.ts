/** Decisions on findings: accepted risks, resolutions with their retest, and regressions since the last visit. */
import type { ClinicReport } from '../clinicReport';
import { cap, severityCell } from './docxChapter';
import type { DocxWriter } from './docxWriter';

const or = (text: string) => text || 'Not recorded';
const decided = (by: string, at: string) => (by || at ? `${or(by)}, ${or(at)}` : 'Not recorded');

export function decisionsChapter(w: DocxWriter, r: ClinicReport): void {
  const { accepted, resolutions, regressions } = r.decisions;
  w.heading('Decisions on findings');
  w.paragraph(
    'Risks accepted (each for at most 12 months; an expired acceptance is listed among the open findings), findings resolved with their retest, and findings resolved on the last visit that are back.',
    { muted: true },
  );
  w.heading('Accepted risks', 2);
  if (accepted.length)
    w.table(
      ['Severity', 'Finding', 'Person responsible', 'Reason', 'Until', 'Decided by, on'],
      accepted.map((a) => [
        severityCell(cap(a.severity)),
        a.title,
        or(a.owner),
        or(a.reason),
        a.until,
        decided(a.decidedBy, a.decidedAt),
      ]),
      { widths: [17, 45, undefined, undefined, 20] },
    );
  else w.paragraph('No risk is accepted.', { muted: true });
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
      { widths: [45, 28] },
    );
  else w.paragraph('No finding is recorded as resolved.', { muted: true });
  w.heading('Regressions since the last visit', 2);
  if (!regressions) w.paragraph('No earlier visit to compare with.', { muted: true });
  else if (regressions.length)
    w.table(
      ['Severity', 'Finding now', 'Resolved on the last visit', 'Fixed by, retest'],
      regressions.map((g) => [
        severityCell(cap(g.severity)),
        `${g.title}\n${g.detail}`,
        decided(g.resolvedBy, g.resolvedOn),
        `${or(g.fixedBy)}; ${or(g.retest.check)} (${decided(g.retest.by, g.retest.date)})`,
      ]),
      { widths: [17, 70] },
    );
  else w.paragraph('No finding resolved on the last visit is back.', { muted: true });
}
