/** The report's chapter on what changed since the previous visit. */
import type { AssessmentComparison, FindingSummary } from '../../compare/comparisonTypes';
import { ASSESSOR_MARK } from '../../model/finding';
import { INK, type ReportWriter } from './reportWriter';
import { deviceChanges } from '../reportTables';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** The title, marked when it is the assessor's own finding. */
const titleOf = (f: FindingSummary) => (f.source === 'assessor' ? `${f.title}\n${ASSESSOR_MARK}` : f.title);
/** "Low (rule: High)" where the assessor's override set the severity. */
const ratingText = (f: FindingSummary) =>
  f.severity === f.ruleSeverity ? cap(f.severity) : `${cap(f.severity)} (rule: ${cap(f.ruleSeverity)})`;
const findingRow = (f: FindingSummary) => [ratingText(f), titleOf(f), f.area, f.detail];

export function comparisonChapter(w: ReportWriter, c: AssessmentComparison): void {
  w.heading('Changes since the previous visit');
  for (const line of c.summary) w.paragraph(line);
  const findingTable = (title: string, rows: FindingSummary[], none: string) => {
    w.heading(title, 2);
    if (rows.length)
      w.table(['Severity', 'Finding', 'Area', 'Detail'], rows.map(findingRow), {
        columnStyles: { 0: { cellWidth: 18 }, 1: { cellWidth: 55 }, 2: { cellWidth: 28 } },
      });
    else w.paragraph(none, { color: INK.muted });
  };
  findingTable('New findings', c.findings.new, 'No new finding.');
  findingTable('Resolved findings', c.findings.resolved, 'No finding was resolved.');
  w.heading('Findings still present', 2);
  if (c.findings.persisting.length) {
    w.table(
      ['Finding', 'Severity then', 'Severity now', 'Status now'],
      c.findings.persisting.map((p) => [
        `${titleOf(p.after)}\n${p.after.detail}`,
        ratingText(p.before),
        ratingText(p.after),
        cap(p.after.status.replace('-', ' ')),
      ]),
      { columnStyles: { 0: { cellWidth: 90 } } },
    );
  } else w.paragraph('None.', { color: INK.muted });
  w.heading('Devices', 2);
  const { assets } = c;
  const { head, rows } = deviceChanges(c);
  if (rows.length)
    w.table(head, rows, {
      columnStyles: { 0: { cellWidth: 18 }, 1: { cellWidth: 32 } },
    });
  else w.paragraph(`No device was added, removed or changed (${assets.unchanged} the same).`, { color: INK.muted });
}
