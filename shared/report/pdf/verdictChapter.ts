/** The report's chapter "Connecting to the parent's network": the verdict, what blocks it, the conditions, the compromise check. */
import type { ClinicReport } from '../clinicReport';
import { verdictColours } from '../verdictColours';
import { INK, type ReportWriter } from './reportWriter';
import { conditionsTable, tableArgs } from '../reportTables';

/** The verdict as a coloured box with its word, at the writer's position. */
export function verdictBox(w: ReportWriter, r: ClinicReport, x: number, y: number): void {
  const { doc } = w;
  doc.setFillColor(verdictColours[r.verdict.verdict]);
  doc.roundedRect(x, y, 70, 16, 2, 2, 'F');
  w.font(9, 'normal', '#ffffff');
  doc.text('Integration verdict', x + 4, y + 6);
  w.font(14, 'bold', '#ffffff');
  doc.text(r.verdict.label, x + 4, y + 12.5);
}

export function verdictChapter(w: ReportWriter, r: ClinicReport): void {
  const v = r.verdict;
  w.heading("Connecting to the parent's network");
  w.paragraph(v.headline, { style: 'bold', size: 12 });
  w.paragraph(
    `Judged under: ${v.judgedUnder}. No-go while a sign of compromise is not cleared or a no-go finding is open; conditional while must-fix findings are open or the compromise check was not recorded; go otherwise.`,
    { color: INK.muted },
  );
  w.heading('Blockers', 2);
  if (v.blockers.length)
    w.table(
      ['What blocks connecting', 'Why'],
      v.blockers.map((b) => [b.text, b.reason]),
      { columnStyles: { 0: { cellWidth: 100 } } },
    );
  else w.paragraph('Nothing blocks connecting.', { color: INK.muted });
  w.heading('Conditions', 2);
  if (v.conditions.length)
    w.table(...tableArgs(conditionsTable(r)), {
      styles: { fontSize: 7 },
      columnStyles: { 0: { cellWidth: 38 }, 1: { cellWidth: 22 }, 2: { cellWidth: 15 }, 4: { cellWidth: 30 } },
    });
  else w.paragraph('No condition: nothing must be fixed before connecting.', { color: INK.muted });
  if (v.mustFixAccepted)
    w.paragraph(
      `${v.mustFixAccepted} must-fix ${v.mustFixAccepted === 1 ? 'finding is' : 'findings are'} accepted as a risk rather than fixed: see Decisions on findings.`,
      { color: INK.muted },
    );
  // The few checks stay together with their heading and the line on indicators below them.
  w.heading('Compromise check', 2, 7 * (v.checks.length + 1) + 12);
  w.table(
    ['Check', 'Done'],
    v.checks.map((c) => [c.check, c.done ? 'Done' : 'Not recorded']),
    { columnStyles: { 1: { cellWidth: 30 } } },
  );
  if (v.indicators.length)
    w.table(
      ['Indicator', 'Machine', 'What was seen', 'Found by', 'State'],
      v.indicators.map((i) => [i.kind, i.machine, i.description, i.source, i.state]),
      { styles: { fontSize: 7 }, columnStyles: { 0: { cellWidth: 30 }, 1: { cellWidth: 26 }, 3: { cellWidth: 16 } } },
    );
  else w.paragraph('No indicator of compromise was recorded.', { color: INK.muted });
}
