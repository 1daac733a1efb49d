/** The findings chapter: every finding with its path evidence and owner, then the devices with several open findings. */
import type { CellHookData, RowInput } from 'jspdf-autotable';
import { ASSESSOR_MARK } from '../../model/finding';
import type { Severity } from '../../rules/severity';
import type { ClinicReport } from '../clinicReport';
import type { FindingRow } from '../reportFindings';
import { count } from '../../model/plural';
import { severityColours } from '../../model/riskColours';
import { overrideText, ratingText } from '../reportOverrides';
import { overrideSections } from './overrideSections';
import { compactReferences } from '../../reference/frameworks/referenceText';
import { FINDINGS_REFERENCES_NOTE } from '../frameworksTables';
import { INK, type ReportWriter } from './reportWriter';

const severityWord = (s: Severity) => s[0]?.toUpperCase() + s.slice(1);

export function severityCell(data: CellHookData, column: number): void {
  if (data.section !== 'body' || data.column.index !== column) return;
  // The first word: an overridden finding's cell reads "Low (rule: High)".
  const severity = String(data.cell.raw).split(' ')[0]?.toLowerCase() as Severity;
  const colour = severityColours[severity];
  if (colour) {
    data.cell.styles.textColor = colour;
    data.cell.styles.fontStyle = 'bold';
  }
}

/** Title (marked when it is the assessor's own finding), what was found, the paths that prove it (one line each), why this severity, any override of it, and its framework references. */
export function findingText(
  f: Pick<FindingRow, 'title' | 'detail' | 'paths' | 'rationale' | 'severity' | 'ruleSeverity' | 'override'> &
    Partial<Pick<FindingRow, 'source' | 'references'>>,
): string {
  const override = overrideText(f);
  const marker = f.source === 'assessor' ? [ASSESSOR_MARK] : [];
  return [
    f.title,
    ...marker,
    f.detail,
    ...f.paths.map((p) => `Path: ${p}`),
    `Why: ${f.rationale}`,
    ...(override ? [override] : []),
    ...(f.references?.length ? [`References: ${compactReferences(f.references)}`] : []),
  ].join('\n');
}

export function findingsChapter(w: ReportWriter, r: ClinicReport): void {
  w.heading('Findings');
  w.paragraph(
    `${count(r.findings.length, 'finding')}, most severe first. Accepted and resolved findings are listed with their status. ${FINDINGS_REFERENCES_NOTE}`,
    { color: INK.muted },
  );
  w.table(
    ['Severity', 'Finding', 'Evidence', 'Owner and remediation', 'Status'],
    r.findings.map((f) => [
      ratingText(f),
      findingText(f),
      f.evidence,
      `Owner: ${f.owner}\n${f.remediation}`,
      f.statusLabel,
    ]),
    {
      columnStyles: {
        0: { cellWidth: 17 },
        1: { cellWidth: 58 },
        2: { cellWidth: 30 },
        3: { cellWidth: 50 },
        4: { cellWidth: 19 },
      },
      didParseCell: (d) => severityCell(d, 0),
    },
  );
  overrideSections(w, r);
  findingsByDevice(w, r);
}

function findingsByDevice(w: ReportWriter, r: ClinicReport): void {
  // The heading keeps the first device's rows with it (a device's rows move to the next page together).
  w.heading('Findings by device', 2, 24 + Math.min(r.findingsByDevice[0]?.rows.length ?? 0, 8) * 7);
  if (!r.findingsByDevice.length) {
    w.paragraph('No device has more than one open finding.', { color: INK.muted });
    return;
  }
  w.paragraph(
    'Devices with two or more open findings, each with those findings: one conversation with whoever owns the device. Details are in the table above.',
    { color: INK.muted },
  );
  const body: RowInput[] = [];
  const shaded: boolean[] = [];
  for (const [g, group] of r.findingsByDevice.entries()) {
    group.rows.forEach((f, i) => {
      shaded.push(g % 2 === 1);
      const device = {
        content: `${group.device}\n${count(group.rows.length, 'open finding')}`,
        rowSpan: group.rows.length,
        styles: { fontStyle: 'bold' as const },
      };
      body.push([...(i === 0 ? [device] : []), severityWord(f.severity), f.title, f.owner, f.statusLabel]);
    });
  }
  // The device spans its findings' rows, so a device and its findings move to the next page together.
  w.table(['Device', 'Severity', 'Finding', 'Owner', 'Status'], body, {
    columnStyles: {
      0: { cellWidth: 32 },
      1: { cellWidth: 17 },
      2: { cellWidth: 70 },
      3: { cellWidth: 35 },
      4: { cellWidth: 20 },
    },
    // Shaded by device, not by row: the stripes show where one device's findings end.
    alternateRowStyles: { fillColor: '#ffffff' },
    didParseCell: (d) => {
      if (d.section === 'body' && shaded[d.row.index]) d.cell.styles.fillColor = '#f1f4f7';
      severityCell(d, 1);
    },
  });
}
