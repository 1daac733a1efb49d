/** "Connecting to the parent's network": the verdict, what blocks it, the conditions, the compromise check. */
import type { ClinicReport } from '../clinicReport';
import type { DocxWriter } from './docxWriter';
import { conditionsTable, tableArgs } from '../reportTables';

export function verdictChapter(w: DocxWriter, r: ClinicReport): void {
  const v = r.verdict;
  w.heading("Connecting to the parent's network");
  w.paragraph(v.headline, { bold: true, size: 24 });
  w.paragraph(
    `Judged under: ${v.judgedUnder}. No-go while a sign of compromise is not cleared or a no-go finding is open; conditional while must-fix findings are open or the compromise check was not recorded; go otherwise.`,
    { muted: true },
  );
  w.heading('Blockers', 2);
  if (v.blockers.length)
    w.table(
      ['What blocks connecting', 'Why'],
      v.blockers.map((b) => [b.text, b.reason]),
      { widths: [100] },
    );
  else w.paragraph('Nothing blocks connecting.', { muted: true });
  w.heading('Conditions', 2);
  if (v.conditions.length) w.table(...tableArgs(conditionsTable(r)), { widths: [38, 22, 15, undefined, 30], size: 15 });
  else w.paragraph('No condition: nothing must be fixed before connecting.', { muted: true });
  if (v.mustFixAccepted)
    w.paragraph(
      `${v.mustFixAccepted} must-fix ${v.mustFixAccepted === 1 ? 'finding is' : 'findings are'} accepted as a risk rather than fixed: see Decisions on findings.`,
      { muted: true },
    );
  w.heading('Compromise check', 2);
  w.table(
    ['Check', 'Done'],
    v.checks.map((c) => [c.check, c.done ? 'Done' : 'Not recorded']),
    { widths: [undefined, 30] },
  );
  if (v.indicators.length)
    w.table(
      ['Indicator', 'Machine', 'What was seen', 'Found by', 'State'],
      v.indicators.map((i) => [i.kind, i.machine, i.description, i.source, i.state]),
      { widths: [30, 26, undefined, 16], size: 15 },
    );
  else w.paragraph('No indicator of compromise was recorded.', { muted: true });
}
