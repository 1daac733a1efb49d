/** "Identity and administration": who holds admin over what, and how the clinic's email is protected. */
import type { CellHookData } from 'jspdf-autotable';
import type { ClinicReport } from '../clinicReport';
import { severityColours } from '../../model/riskColours';
import { INK, type ReportWriter } from './reportWriter';
import { adminFlag, adminTable, tableArgs } from '../reportTables';

/** Marks the cells an integration team acts on: a leaver, no MFA, a shared account. */
function flagCell(d: CellHookData): void {
  if (d.section !== 'body') return;
  if (adminFlag(d.column.index, String(d.cell.raw ?? ''))) {
    d.cell.styles.textColor = severityColours.high;
    d.cell.styles.fontStyle = 'bold';
  }
}

export function identityChapter(w: ReportWriter, r: ClinicReport): void {
  const { holders, answers } = r.identity;
  w.heading('Identity and administration');
  w.paragraph(
    "Who holds administrative access to the systems the clinic depends on, for whom they work, and how that access is protected. Departed staff, the seller's people and shared accounts must be removed or handed over before the clinic connects to the parent.",
    { color: INK.muted },
  );
  w.heading('Admin register', 2);
  if (holders.length)
    w.table(...tableArgs(adminTable(r)), {
      columnStyles: { 0: { cellWidth: 38 }, 1: { cellWidth: 32 } },
      didParseCell: flagCell,
    });
  else
    w.paragraph("No admin holder is recorded: it is not known who administers the clinic's systems.", {
      color: INK.muted,
    });
  w.heading('Email and privileged access', 2);
  if (answers.length)
    w.table(
      ['Question', 'Answer', 'Note'],
      answers.map((a) => [a.question, a.answer, a.note]),
      { columnStyles: { 0: { cellWidth: 85 }, 1: { cellWidth: 35 } } },
    );
  else w.paragraph('The identity and email questions were not answered.', { color: INK.muted });
}
