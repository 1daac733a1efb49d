/**
 * "Clinics × HICP practices": each clinic's state per practice at its last visit, those in
 * place 12 months or more marked, and its ePHI scope (patient data stores recorded and
 * covered by the assessment).
 */
import type { CellHookData } from 'jspdf-autotable';
import { hicpPracticeLabels, hicpPractices, type PracticeState } from '../../model/practice';
import { GOOD_COLOUR, severityColours, severityTints } from '../../model/riskColours';
import type { PortfolioReport } from '../portfolioReport';
import { named, sharedNames } from './portfolioNames';
import { CONTENT_WIDTH, INK, type ReportWriter } from './reportWriter';

type Clinic = PortfolioReport['clinics'][number];

/** A grid cell's words: "12 mo+" for in place 12 months or more. */
export function practiceCell(p: { state: PracticeState; twelveMonths: boolean }): string {
  if (p.twelveMonths) return '12 mo+';
  return { 'in-place': 'Yes', partial: 'Partly', 'not-in-place': 'No', unknown: '—' }[p.state];
}

/** "4 of 5 covered", or "None recorded" when the assessment did not say where patient data lives. */
export function ephiScope(c: Pick<Clinic, 'ephi'>): string {
  return c.ephi.recorded ? `${c.ephi.covered} of ${c.ephi.recorded} covered` : 'None recorded';
}

const cellColours: Record<string, { fill: string; text: string } | undefined> = {
  '12 mo+': { fill: '#dcefe3', text: GOOD_COLOUR },
  Yes: { fill: '#f1f8f3', text: GOOD_COLOUR },
  Partly: { fill: severityTints.medium, text: severityColours.medium },
  No: { fill: severityTints.high, text: severityColours.high },
};

export function practicesChapter(w: ReportWriter, r: PortfolioReport): void {
  const shared = sharedNames(r);
  w.heading('Clinics × HICP practices', 1, Math.min(60 + r.clinics.length * 8, 140), true);
  w.paragraph(
    "Each clinic's HICP practices at its last visit. \u201c12 mo+\u201d: in place for the 12 months before the visit, which counts as a recognised security practice in HIPAA enforcement (Public Law 116-321); \u201c—\u201d: not recorded. Patient data: the places ePHI lives that the assessment covered, of those recorded.",
    { color: INK.muted },
  );
  w.paragraph(hicpPractices.map((p) => `${p}. ${hicpPracticeLabels[p]}`).join(' · '), { size: 7, color: INK.muted });
  const nameWidth = 36;
  const scopeWidth = 22;
  const tint = (d: CellHookData) => {
    if (d.section !== 'body' || d.column.index === 0 || d.column.index > hicpPractices.length) return;
    const colours = cellColours[String(d.cell.raw)];
    if (!colours) return;
    d.cell.styles.fillColor = colours.fill;
    d.cell.styles.textColor = colours.text;
    d.cell.styles.fontStyle = 'bold';
  };
  w.table(
    ['Clinic', ...hicpPractices, 'Patient data'],
    r.clinics.map((c) => [named(c, shared), ...c.practices.map(practiceCell), ephiScope(c)]),
    {
      styles: { fontSize: 6.5, halign: 'center', cellPadding: 1 },
      headStyles: { fontSize: 7, halign: 'center' },
      columnStyles: Object.fromEntries([
        [0, { cellWidth: nameWidth, halign: 'left' }],
        ...hicpPractices.map((_, i) => [
          i + 1,
          { cellWidth: (CONTENT_WIDTH - nameWidth - scopeWidth) / hicpPractices.length },
        ]),
        [hicpPractices.length + 1, { cellWidth: scopeWidth }],
      ]),
      didParseCell: tint,
    },
  );
}
