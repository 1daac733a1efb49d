/** For the deal team, before closing: open findings priced by severity, and what must be fixed before connecting. */
import { count } from '../../model/plural';
import type { ClinicReport } from '../clinicReport';
import { severityCell } from './docxChapter';
import type { DocxWriter } from './docxWriter';

export function dealChapter(w: DocxWriter, r: ClinicReport): void {
  const deal = r.deal;
  if (!deal) return;
  w.heading('Deal considerations');
  w.paragraph(
    'This assessment is pre-close diligence: the seller cannot be directed to make changes before closing. The open findings are priced here as terms for the deal; remediation follows closing unless the seller agrees to it as a condition.',
    { muted: true },
  );
  w.heading('Cost and time to remediate', 2);
  w.paragraph(`Bands from ${deal.bandsFrom}. Total for the open findings: ${deal.total}.`, { bold: true });
  if (deal.lines.length)
    w.table(
      ['Severity', 'Open findings', 'Cost each', 'Time each'],
      deal.lines.map((l) => [severityCell(l.label), String(l.findings.length), l.cost, l.time]),
      { widths: [25, 28] },
    );
  else w.paragraph('No open finding.', { muted: true });
  w.heading('Findings to price in', 2);
  w.paragraph(
    deal.mustFixCount
      ? `${count(deal.mustFixCount, 'finding')} must be fixed before the clinic is connected: make ${deal.mustFixCount === 1 ? 'it a condition' : 'them conditions'} of closing or of connection.`
      : 'No finding must be fixed before the clinic is connected.',
    { muted: true },
  );
  if (deal.lines.length)
    w.table(
      ['Severity', 'Finding', 'Cost, time', 'Before connecting'],
      deal.lines.flatMap((l) =>
        l.findings.map((f) => [
          severityCell(l.label),
          `${f.title}\n${f.detail}`,
          `${l.cost}\n${l.time}`,
          f.mustFix ? `Must fix: ${f.mustFix}` : 'May follow connection',
        ]),
      ),
      { widths: [18, undefined, 32, 38] },
    );
}
