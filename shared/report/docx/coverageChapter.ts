/** "Patient data and practices" in the Word report (content: ../coverageTables.ts). */
import { GOOD_COLOUR, severityColours } from '../../model/riskColours';
import type { ClinicReport } from '../clinicReport';
import {
  COVERAGE_INTRO,
  COVERAGE_TITLE,
  ephiTable,
  practicesSummary,
  practicesTable,
  PRACTICES_EVIDENCE,
  PRACTICES_INTRO,
  SAFEGUARDS_INTRO,
  SAFEGUARDS_NONE,
  safeguardsTable,
  weakEphiCells,
} from '../coverageTables';
import { severityCell } from './docxChapter';
import { INK, type Cell, type DocxWriter } from './docxWriter';

const warn = (text: string, colour: string): Cell => ({ text, bold: true, colour });

export function coverageChapter(w: DocxWriter, r: ClinicReport): void {
  const { ephi } = r.coverage;
  w.heading(COVERAGE_TITLE);
  w.paragraph(COVERAGE_INTRO, { muted: true });

  w.heading('Where patient data lives', 2);
  for (const line of ephi.statement) w.paragraph(line, ephi.total ? {} : { bold: true, colour: INK.alert });
  if (ephi.total) {
    const [head, rows] = ephiTable(r);
    w.table(
      head,
      rows.map((row) =>
        row.map((text, i): Cell => {
          if (weakEphiCells[i]?.includes(text)) return warn(text, severityColours.high);
          return i === 5 && text === 'No' ? warn(text, INK.alert) : text;
        }),
      ),
      { widths: [38, 26, 40, undefined, undefined, 18] },
    );
  }

  w.heading('Safeguards and practices with open findings', 2);
  if (!r.coverage.safeguards.length) w.paragraph(SAFEGUARDS_NONE, { muted: true });
  else {
    w.paragraph(SAFEGUARDS_INTRO, { muted: true });
    const [head, rows] = safeguardsTable(r);
    w.table(
      head,
      rows.map((row) => row.map((text, i): Cell => (i === 3 ? severityCell(text) : text))),
      { widths: [38, undefined, 22, 20] },
    );
  }

  w.heading('HICP practices in place', 2);
  w.paragraph(PRACTICES_INTRO, { muted: true });
  w.paragraph(practicesSummary(r), { bold: true });
  w.paragraph(PRACTICES_EVIDENCE, { muted: true });
  const [head, rows] = practicesTable(r);
  const twelveCell = (text: string): Cell =>
    text === 'Yes' ? warn(text, GOOD_COLOUR) : text.startsWith('Yes') ? warn(text, severityColours.high) : text;
  w.table(
    head,
    rows.map((row) => row.map((text, i): Cell => (i === 3 ? twelveCell(text) : text))),
    { widths: [62, undefined, 26, 34, 20] },
  );
}
