/** The findings chapter's sections on overrides: those due for review, and the findings judged not applicable here. */
import { severityLabels } from '../../model/finding';
import type { ClinicReport } from '../clinicReport';
import type { FindingRow } from '../reportFindings';
import { overrideByline } from '../reportOverrides';
import { INK, type ReportWriter } from './reportWriter';

const columns = { columnStyles: { 0: { cellWidth: 20 }, 1: { cellWidth: 70 } } };
const finding = (f: FindingRow) => `${f.title}\n${f.detail}`;
const justification = (f: FindingRow) => (f.override ? `${f.override.reason}\n(${overrideByline(f.override)})` : '');

export function overrideSections(w: ReportWriter, r: ClinicReport): void {
  if (r.overridesToReview.length) {
    w.heading('Overrides due for review', 2, 30);
    w.paragraph(
      "The facts these findings rest on changed after the assessor's override: the rule's rating applies until the assessor reviews it.",
      { color: INK.muted },
    );
    w.table(
      ["Rule's rating", 'Finding', "The assessor's override"],
      r.overridesToReview.map((f) => [
        severityLabels[f.ruleSeverity],
        finding(f),
        `${f.override?.kind === 'not-applicable' ? 'Not applicable' : severityLabels[f.override?.severity ?? f.severity]}: ${justification(f)}`,
      ]),
      columns,
    );
  }
  if (r.notApplicable.length) {
    w.heading('Not applicable here', 2, 30);
    w.paragraph(
      'The assessor judged these findings not applicable at this clinic, for the reason given; they are not counted among the open findings.',
      { color: INK.muted },
    );
    w.table(
      ["Rule's rating", 'Finding', 'Justification'],
      r.notApplicable.map((f) => [severityLabels[f.ruleSeverity], finding(f), justification(f)]),
      columns,
    );
  }
}
