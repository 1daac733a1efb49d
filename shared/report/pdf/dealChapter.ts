/** The pre-close report's chapter for the deal team: open findings by severity with the cost and time to remediate, and what must be fixed before connecting. */
import type { ClinicReport } from '../clinicReport';
import { count } from '../../model/plural';
import { severityCell } from './findingsChapter';
import { INK, type ReportWriter } from './reportWriter';

export function dealChapter(w: ReportWriter, r: ClinicReport): void {
  const deal = r.deal;
  if (!deal) return;
  w.heading('Deal considerations');
  w.paragraph(
    'This assessment is pre-close diligence: the seller cannot be directed to make changes before closing. The open findings are priced here as terms for the deal; remediation follows closing unless the seller agrees to it as a condition.',
    { color: INK.muted },
  );
  w.heading('Cost and time to remediate', 2);
  w.paragraph(`Bands from ${deal.bandsFrom}. Total for the open findings: ${deal.total}.`, { style: 'bold' });
  if (deal.lines.length)
    w.table(
      ['Severity', 'Open findings', 'Cost each', 'Time each'],
      deal.lines.map((l) => [l.label, String(l.findings.length), l.cost, l.time]),
      {
        columnStyles: { 0: { cellWidth: 25 }, 1: { halign: 'right', cellWidth: 28 } },
        didParseCell: (d) => severityCell(d, 0),
      },
    );
  else w.paragraph('No open finding.', { color: INK.muted });
  w.heading('Findings to price in', 2);
  w.paragraph(
    deal.mustFixCount
      ? `${count(deal.mustFixCount, 'finding')} must be fixed before the clinic is connected: make ${deal.mustFixCount === 1 ? 'it a condition' : 'them conditions'} of closing or of connection.`
      : 'No finding must be fixed before the clinic is connected.',
    { color: INK.muted },
  );
  if (deal.lines.length)
    w.table(
      ['Severity', 'Finding', 'Cost, time', 'Before connecting'],
      deal.lines.flatMap((l) =>
        l.findings.map((f) => [
          l.label,
          `${f.title}\n${f.detail}`,
          `${l.cost}\n${l.time}`,
          f.mustFix ? `Must fix: ${f.mustFix}` : 'May follow connection',
        ]),
      ),
      {
        columnStyles: { 0: { cellWidth: 18 }, 2: { cellWidth: 32 }, 3: { cellWidth: 38 } },
        didParseCell: (d) => severityCell(d, 0),
      },
    );
}
