/**
 * The findings chapter: every finding with its severity, what was found, the paths that
 * prove it, why this severity, the evidence, owner and remediation; then the overrides,
 * and the devices with several open findings.
 */
import { compactReferences } from '../../reference/frameworks/referenceText';
import { ASSESSOR_MARK, severityLabels } from '../../model/finding';
import { count } from '../../model/plural';
import type { ClinicReport } from '../clinicReport';
import { FINDINGS_REFERENCES_NOTE } from '../frameworksTables';
import type { FindingRow } from '../reportFindings';
import { overrideByline, overrideText, ratingText } from '../reportOverrides';
import { cap, severityCell } from './docxChapter';
import { INK, type Cell, type CellLine, type DocxWriter } from './docxWriter';

/** The finding's cell: its title in bold, then what was found, its paths, why, and any override. */
function findingCell(f: FindingRow): Cell {
  const override = overrideText(f);
  const lines: CellLine[] = [
    { text: f.title, bold: true },
    ...(f.source === 'assessor' ? [{ text: ASSESSOR_MARK, colour: INK.muted }] : []),
    { text: f.detail },
    ...f.paths.map((p) => ({ text: `Path: ${p}` })),
    { text: `Why: ${f.rationale}`, colour: INK.muted },
    ...(override ? [{ text: override, bold: true }] : []),
    ...(f.references.length ? [{ text: `References: ${compactReferences(f.references)}`, colour: INK.muted }] : []),
  ];
  return { text: f.title, lines };
}

const remediationCell = (f: FindingRow): Cell => ({
  text: f.remediation,
  lines: [{ text: `Owner: ${f.owner}`, bold: true }, { text: f.remediation }],
});

export function findingsChapter(w: DocxWriter, r: ClinicReport): void {
  w.heading('Findings');
  w.paragraph(
    `${count(r.findings.length, 'finding')}, most severe first. Accepted and resolved findings are listed with their status. ${FINDINGS_REFERENCES_NOTE}`,
    { muted: true },
  );
  w.table(
    ['Severity', 'Finding', 'Evidence', 'Owner and remediation', 'Status'],
    r.findings.map((f) => [severityCell(ratingText(f)), findingCell(f), f.evidence, remediationCell(f), f.statusLabel]),
    { widths: [17, 58, 30, 50, 19] },
  );
  overrides(w, r);
  byDevice(w, r);
}

const justification = (f: FindingRow) => (f.override ? `${f.override.reason}\n(${overrideByline(f.override)})` : '');
const detailed = (f: FindingRow) => `${f.title}\n${f.detail}`;

function overrides(w: DocxWriter, r: ClinicReport): void {
  if (r.overridesToReview.length) {
    w.heading('Overrides due for review', 2);
    w.paragraph(
      "The facts these findings rest on changed after the assessor's override: the rule's rating applies until the assessor reviews it.",
      { muted: true },
    );
    w.table(
      ["Rule's rating", 'Finding', "The assessor's override"],
      r.overridesToReview.map((f) => [
        severityCell(severityLabels[f.ruleSeverity]),
        detailed(f),
        `${f.override?.kind === 'not-applicable' ? 'Not applicable' : severityLabels[f.override?.severity ?? f.severity]}: ${justification(f)}`,
      ]),
      { widths: [20, 70] },
    );
  }
  if (r.notApplicable.length) {
    w.heading('Not applicable here', 2);
    w.paragraph(
      'The assessor judged these findings not applicable at this clinic, for the reason given; they are not counted among the open findings.',
      { muted: true },
    );
    w.table(
      ["Rule's rating", 'Finding', 'Justification'],
      r.notApplicable.map((f) => [severityCell(severityLabels[f.ruleSeverity]), detailed(f), justification(f)]),
      { widths: [20, 70] },
    );
  }
}

function byDevice(w: DocxWriter, r: ClinicReport): void {
  w.heading('Findings by device', 2);
  if (!r.findingsByDevice.length) {
    w.paragraph('No device has more than one open finding.', { muted: true });
    return;
  }
  w.paragraph(
    'Devices with two or more open findings, each with those findings: one conversation with whoever owns the device. Details are in the table above.',
    { muted: true },
  );
  const rows: Cell[][] = [];
  const shaded: boolean[] = [];
  for (const [g, group] of r.findingsByDevice.entries())
    group.rows.forEach((f, i) => {
      shaded.push(g % 2 === 1);
      // The device is named on its first row; the shading shows where its findings end.
      const device: Cell =
        i === 0
          ? {
              text: group.device,
              lines: [{ text: group.device, bold: true }, { text: count(group.rows.length, 'open finding') }],
            }
          : '';
      rows.push([device, severityCell(cap(f.severity)), f.title, f.owner, f.statusLabel]);
    });
  w.table(['Device', 'Severity', 'Finding', 'Owner', 'Status'], rows, {
    widths: [32, 17, 70, 35, 20],
    shade: (row) => shaded[row] ?? false,
  });
}
