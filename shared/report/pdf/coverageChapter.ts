/**
 * "Patient data and practices": where patient data lives and what the assessment covered,
 * the HIPAA safeguards and HICP practices with open findings, and the HICP practices in
 * place (12 months or more counts as a recognised security practice).
 */
import type { CellHookData } from 'jspdf-autotable';
import type { ClinicReport } from '../clinicReport';
import { GOOD_COLOUR, severityColours } from '../../model/riskColours';
import { severities } from '../../rules/severity';
import { severityLabels } from '../../model/finding';
import { INK, type ReportWriter } from './reportWriter';
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

const bold = (d: CellHookData, color: string) => {
  d.cell.styles.textColor = color;
  d.cell.styles.fontStyle = 'bold';
};

function ephiStores(w: ReportWriter, r: ClinicReport): void {
  const { ephi } = r.coverage;
  w.heading('Where patient data lives', 2);
  for (const line of ephi.statement) w.paragraph(line, ephi.total ? {} : { style: 'bold', color: INK.alert });
  if (!ephi.total) return;
  w.table(...ephiTable(r), {
    columnStyles: { 0: { cellWidth: 38 }, 1: { cellWidth: 26 }, 2: { cellWidth: 40 }, 5: { cellWidth: 18 } },
    didParseCell: (d) => {
      if (d.section !== 'body') return;
      const text = String(d.cell.raw ?? '');
      if (weakEphiCells[d.column.index]?.includes(text)) bold(d, severityColours.high);
      if (d.column.index === 5 && text === 'No') bold(d, INK.alert);
    },
  });
}

function safeguards(w: ReportWriter, r: ClinicReport): void {
  w.heading('Safeguards and practices with open findings', 2);
  const rows = r.coverage.safeguards;
  if (!rows.length) {
    w.paragraph(SAFEGUARDS_NONE, { color: INK.muted });
    return;
  }
  w.paragraph(SAFEGUARDS_INTRO, { color: INK.muted });
  w.table(...safeguardsTable(r), {
    columnStyles: { 0: { cellWidth: 38 }, 2: { cellWidth: 22, halign: 'right' }, 3: { cellWidth: 20 } },
    didParseCell: (d) => {
      if (d.section !== 'body' || d.column.index !== 3) return;
      const worst = severities.find((v) => severityLabels[v] === d.cell.raw);
      if (worst) bold(d, severityColours[worst]);
    },
  });
}

function practices(w: ReportWriter, r: ClinicReport): void {
  w.heading('HICP practices in place', 2, 40);
  w.paragraph(PRACTICES_INTRO, { color: INK.muted });
  w.paragraph(practicesSummary(r), { style: 'bold' });
  w.paragraph(PRACTICES_EVIDENCE, { color: INK.muted });
  w.table(...practicesTable(r), {
    columnStyles: {
      0: { cellWidth: 62 },
      2: { cellWidth: 26 },
      3: { cellWidth: 34 },
      4: { cellWidth: 20, halign: 'right' },
    },
    didParseCell: (d) => {
      if (d.section !== 'body' || d.column.index !== 3) return;
      if (d.cell.raw === 'Yes') bold(d, GOOD_COLOUR);
      else if (typeof d.cell.raw === 'string' && d.cell.raw.startsWith('Yes')) bold(d, severityColours.high);
    },
  });
}

export function coverageChapter(w: ReportWriter, r: ClinicReport): void {
  w.heading(COVERAGE_TITLE);
  w.paragraph(COVERAGE_INTRO, { color: INK.muted });
  ephiStores(w, r);
  safeguards(w, r);
  practices(w, r);
}
