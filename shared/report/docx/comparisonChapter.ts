/** What changed since the previous visit, when the report is compared with one. */
import type { FindingSummary } from '../../compare/comparisonTypes';
import { ASSESSOR_MARK } from '../../model/finding';
import type { ClinicReport } from '../clinicReport';
import { deviceChanges } from '../reportTables';
import { cap, severityCell } from './docxChapter';
import type { Cell, DocxWriter } from './docxWriter';

const titleOf = (f: FindingSummary) => (f.source === 'assessor' ? `${f.title}\n${ASSESSOR_MARK}` : f.title);
const ratingText = (f: FindingSummary) =>
  f.severity === f.ruleSeverity ? cap(f.severity) : `${cap(f.severity)} (rule: ${cap(f.ruleSeverity)})`;
const findingRow = (f: FindingSummary): Cell[] => [severityCell(ratingText(f)), titleOf(f), f.area, f.detail];

export function comparisonChapter(w: DocxWriter, r: ClinicReport): void {
  const c = r.comparison;
  if (!c) return;
  w.heading('Changes since the previous visit');
  for (const line of c.summary) w.paragraph(line);
  const findingTable = (title: string, rows: FindingSummary[], none: string) => {
    w.heading(title, 2);
    if (rows.length) w.table(['Severity', 'Finding', 'Area', 'Detail'], rows.map(findingRow), { widths: [18, 55, 28] });
    else w.paragraph(none, { muted: true });
  };
  findingTable('New findings', c.findings.new, 'No new finding.');
  findingTable('Resolved findings', c.findings.resolved, 'No finding was resolved.');
  w.heading('Findings still present', 2);
  if (c.findings.persisting.length)
    w.table(
      ['Finding', 'Severity then', 'Severity now', 'Status now'],
      c.findings.persisting.map((p) => [
        `${titleOf(p.after)}\n${p.after.detail}`,
        severityCell(ratingText(p.before)),
        severityCell(ratingText(p.after)),
        cap(p.after.status.replace('-', ' ')),
      ]),
      { widths: [90] },
    );
  else w.paragraph('None.', { muted: true });
  w.heading('Devices', 2);
  const { assets } = c;
  const { head, rows } = deviceChanges(c);
  if (rows.length) w.table(head, rows, { widths: [18, 32] });
  else w.paragraph(`No device was added, removed or changed (${assets.unchanged} the same).`, { muted: true });
}
