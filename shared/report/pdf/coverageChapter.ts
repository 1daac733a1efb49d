/**
 * "Patient data and practices": where patient data lives and what the assessment covered,
 * the HIPAA safeguards and HICP practices with open findings, and the HICP practices in
 * place (12 months or more counts as a recognised security practice).
 */
import type { CellHookData } from 'jspdf-autotable';
import type { ClinicReport } from '../clinicReport';
import { GOOD_COLOUR, severityColours } from '../../model/riskColours';
import { severities, type Severity } from '../../rules/severity';
import { INK, type ReportWriter } from './reportWriter';

const bold = (d: CellHookData, color: string) => {
  d.cell.styles.textColor = color;
  d.cell.styles.fontStyle = 'bold';
};

function ephiStores(w: ReportWriter, r: ClinicReport): void {
  const { ephi } = r.coverage;
  w.heading('Where patient data lives', 2);
  for (const line of ephi.statement) w.paragraph(line, ephi.total ? {} : { style: 'bold', color: INK.alert });
  if (!ephi.total) return;
  w.table(
    ['Store', 'Kind', 'Where', 'Encryption at rest', 'Backup', 'Assessed'],
    ephi.rows.map((s) => [
      [s.name, s.volume, s.toConfirm ? '(to confirm)' : ''].filter(Boolean).join('\n'),
      s.kind,
      [s.location, s.host ? `On ${s.host}` : ''].filter(Boolean).join('\n') || 'Not recorded',
      s.encryption,
      s.backup,
      s.assessed ? 'Yes' : 'No',
    ]),
    {
      columnStyles: { 0: { cellWidth: 38 }, 1: { cellWidth: 26 }, 2: { cellWidth: 40 }, 5: { cellWidth: 18 } },
      didParseCell: (d) => {
        if (d.section !== 'body') return;
        const text = String(d.cell.raw ?? '');
        if (d.column.index === 3 && text === 'Not encrypted') bold(d, severityColours.high);
        if (d.column.index === 4 && (text === 'Not backed up' || text === 'On site only'))
          bold(d, severityColours.high);
        if (d.column.index === 5 && text === 'No') bold(d, INK.alert);
      },
    },
  );
}

function safeguards(w: ReportWriter, r: ClinicReport): void {
  w.heading('Safeguards and practices with open findings', 2);
  const rows = r.coverage.safeguards;
  if (!rows.length) {
    w.paragraph('No open finding touches a HIPAA Security Rule safeguard or an HICP practice.', { color: INK.muted });
    return;
  }
  w.paragraph('Each HIPAA Security Rule safeguard and HICP practice the open findings touch, the worst first.', {
    color: INK.muted,
  });
  w.table(
    ['Framework', 'Reference', 'Open findings', 'Worst'],
    rows.map((s) => [s.frameworkLabel, `${s.id} ${s.title}`, String(s.open), s.worst]),
    {
      columnStyles: { 0: { cellWidth: 38 }, 2: { cellWidth: 22, halign: 'right' }, 3: { cellWidth: 20 } },
      didParseCell: (d) => {
        if (d.section !== 'body' || d.column.index !== 3) return;
        const worst = String(d.cell.raw) as Severity;
        if (severities.includes(worst)) bold(d, severityColours[worst]);
      },
    },
  );
}

function practices(w: ReportWriter, r: ClinicReport): void {
  const { practices: rows, practicesTwelveMonths, practicesRecorded, assessmentDate } = r.coverage;
  w.heading('HICP practices in place', 2, 40);
  w.paragraph(
    'Recognised security practices in place for the 12 months before an incident are a mitigating factor in HIPAA enforcement (Public Law 116-321). HICP 2023 (HHS 405(d)) is such a practice set.',
    { color: INK.muted },
  );
  w.paragraph(
    practicesRecorded
      ? `${practicesTwelveMonths} of the ten practices had been in place for 12 months or more on ${assessmentDate}.`
      : 'The assessment did not record which HICP practices the clinic has in place.',
    { style: 'bold' },
  );
  w.table(
    ['Practice', 'State', 'In place since', '12 months or more', 'Open findings'],
    rows.map((p) => [p.label, p.state, p.since || '—', p.twelveMonths ? 'Yes' : 'No', String(p.open)]),
    {
      columnStyles: {
        0: { cellWidth: 70 },
        2: { cellWidth: 26 },
        3: { cellWidth: 24 },
        4: { cellWidth: 20, halign: 'right' },
      },
      didParseCell: (d) => {
        if (d.section !== 'body' || d.column.index !== 3) return;
        if (d.cell.raw === 'Yes') bold(d, GOOD_COLOUR);
      },
    },
  );
}

export function coverageChapter(w: ReportWriter, r: ClinicReport): void {
  w.heading('Patient data and practices');
  w.paragraph(
    'A HIPAA risk analysis starts from where electronic patient data (ePHI) lives: this chapter says which of those places the assessment covered, which safeguards its findings touch, and which HICP practices are in place.',
    { color: INK.muted },
  );
  ephiStores(w, r);
  safeguards(w, r);
  practices(w, r);
}
