/** Lays a clinic assessment report out as a PDF. */
import type { ClinicReport } from '../clinicReport';
import { areaChart, HEAT_MAP_HEIGHT, heatMapChart } from './charts';
import { comparisonChapter } from './comparisonPdf';
import { findingsChapter } from './findingsChapter';
import { decisionsChapter } from './decisionsChapter';
import { dealChapter } from './dealChapter';
import { networkChapter } from './networkChapter';
import { targetDesignChapter } from './targetDesignChapter';
import { verdictBox, verdictChapter } from './verdictChapter';
import { identityChapter } from './identityChapter';
import { integrationFitChapter } from './integrationFitChapter';
import { INK, PAGE, ReportWriter, type ReportFonts } from './reportWriter';
import { count } from '../../model/plural';
import { ratingColours, supportColours } from '../../model/riskColours';
import { verdictLabels } from '../../reference/bandwidthNeeds';
import { coverFacts } from '../coverFacts';
import { isOpen } from '../reportFindings';
import type { EvidencePhotos } from '../reportEvidence';
import { evidenceChapter } from './evidenceChapter';
import { frameworksAppendix } from './frameworksAppendix';
import { appendixTable, inventoryTable, tableArgs } from '../reportTables';
import { coverageChapter } from './coverageChapter';

export type ProgressStep = (label: string, done: number, total: number) => void;

function cover(w: ReportWriter, r: ClinicReport): void {
  const { doc } = w;
  w.coverBand(r.classification);
  w.paragraph('Security assessment report', { size: 13, color: INK.muted, gap: 1 });
  w.paragraph(r.clinic.name, { size: 24, style: 'bold', gap: 2 });
  if (r.clinic.address) w.paragraph(r.clinic.address, { size: 11, color: INK.muted });
  w.y += 6;
  w.facts(coverFacts(r));
  w.y += 4;
  doc.setFillColor(ratingColours[r.rating.label]);
  doc.roundedRect(PAGE.margin, w.y, 70, 16, 2, 2, 'F');
  w.font(9, 'normal', '#ffffff');
  doc.text('Overall rating', PAGE.margin + 4, w.y + 6);
  w.font(14, 'bold', '#ffffff');
  doc.text(r.rating.label, PAGE.margin + 4, w.y + 12.5);
  verdictBox(w, r, PAGE.margin + 76, w.y);
  w.y += 22;
  w.paragraph(r.verdict.headline, { style: 'bold' });
  const blockers = r.verdict.blockers.map((b) => b.text);
  if (blockers.length)
    w.bullets(blockers.length > 5 ? [...blockers.slice(0, 4), `and ${blockers.length - 4} more`] : blockers);
  w.paragraph(r.rating.explanation, { color: INK.muted });
}

function summary(w: ReportWriter, r: ClinicReport): void {
  w.heading('Executive summary');
  for (const line of r.summary) w.paragraph(line);
  if (r.firstActions.length) {
    w.heading('What to do first', 2);
    w.bullets(r.firstActions, true);
  }
  w.heading('Open findings by area and severity', 2, 12 + r.byArea.length * 8);
  areaChart(w, r.byArea);
  w.heading('Likelihood and impact', 2, HEAT_MAP_HEIGHT);
  heatMapChart(w, r.heatMap, r.findings.filter(isOpen));
}

function inventory(w: ReportWriter, r: ClinicReport): void {
  w.heading('Device inventory');
  const unsupported = r.inventory.filter((i) => i.support.status === 'unsupported').length;
  w.paragraph(`${count(r.inventory.length, 'device')}; ${unsupported} past end of support, listed first.`, {
    color: INK.muted,
  });
  const table = inventoryTable(r);
  w.table(table.head, table.rows, {
    styles: { fontSize: 7 },
    // Fixed widths, so headers wrap between words and the columns line up page after page.
    columnStyles: {
      0: { cellWidth: 24 },
      1: { cellWidth: 24 },
      2: { cellWidth: 26 },
      3: { cellWidth: 28 },
      4: { cellWidth: 28 },
      5: { cellWidth: 18 },
      6: { cellWidth: 14 },
      7: { cellWidth: 12 },
    },
    didParseCell: (d) => {
      if (d.section !== 'body' || d.column.index !== 4) return;
      const status = r.inventory[d.row.index]?.support.status ?? 'unknown';
      d.cell.styles.textColor = supportColours[status];
      d.cell.styles.fontStyle = 'bold';
    },
  });
}

function connectivityAndScanning(w: ReportWriter, r: ClinicReport): void {
  w.heading('Bandwidth and scanning plan');
  w.heading('Bandwidth', 2);
  w.paragraph(`Verdict: ${verdictLabels[r.bandwidth.verdict]}. Measured: ${r.bandwidth.measured}.`, {
    style: 'bold',
  });
  w.table(
    ['Need', 'Count', 'Total down (Mbit/s)', 'Total up (Mbit/s)'],
    [
      ...r.bandwidth.need.lines.map((l) => [l.workload.label, String(l.count), String(l.downMbps), String(l.upMbps)]),
      ['Needed in total', '', String(r.bandwidth.need.downMbps), String(r.bandwidth.need.upMbps)],
    ],
    {
      columnStyles: {
        1: { halign: 'right', cellWidth: 20 },
        2: { halign: 'right', cellWidth: 30 },
        3: { halign: 'right', cellWidth: 30 },
      },
    },
  );
  w.bullets(r.bandwidth.reasons);
  w.heading('Scanning plan', 2, 40);
  w.paragraph(
    'Active scans can knock fragile devices offline: they run only in the agreed off-hours window, with the devices below excluded.',
    { color: INK.muted },
  );
  w.facts(r.scanning);
}

function appendix(w: ReportWriter, r: ClinicReport): void {
  w.heading('Appendix: checklist answers');
  for (const section of r.appendix) {
    w.heading(section.title, 2);
    w.table(...tableArgs(appendixTable(section)), { columnStyles: { 0: { cellWidth: 80 }, 1: { cellWidth: 50 } } });
  }
}

/** Without photos' bytes (a file that carries none), the appendix lists the photos and says so. */
const noPhotos: EvidencePhotos = { bytes: new Map(), missing: 'not in this file' };

/** The whole report; `progress` hears of each part as it is laid out; `photos` are the evidence appendix's pictures. */
export function clinicReportPdf(
  r: ClinicReport,
  fonts: ReportFonts,
  progress?: ProgressStep,
  photos: EvidencePhotos = noPhotos,
): Uint8Array {
  const w = new ReportWriter(fonts, {
    title: `Security assessment: ${r.clinic.name}`,
    subject: r.assessment.title,
    date: r.reportDate,
  });
  const parts: [string, (w: ReportWriter, r: ClinicReport) => void][] = [
    ['Summary', summary],
    ["Connecting to the parent's network", verdictChapter],
    ...(r.deal ? [['Deal considerations', dealChapter] as [string, typeof dealChapter]] : []),
    ['Findings', findingsChapter],
    ['Decisions on findings', decisionsChapter],
    ...(r.comparison
      ? [
          [
            'Changes since the previous visit',
            (wr: ReportWriter, rep: ClinicReport) => rep.comparison && comparisonChapter(wr, rep.comparison),
          ] as [string, (w: ReportWriter, r: ClinicReport) => void],
        ]
      : []),
    ['Inventory', inventory],
    ['Patient data and practices', coverageChapter],
    ['Networks', networkChapter],
    ['Identity and administration', identityChapter],
    ['Address plan and agent coverage', integrationFitChapter],
    ['Target design', targetDesignChapter],
    ['Connectivity and scanning', connectivityAndScanning],
    ['Appendix', appendix],
    ['Frameworks', frameworksAppendix],
    ['Evidence', (wr: ReportWriter, rep: ClinicReport) => evidenceChapter(wr, rep.evidence ?? [], photos)],
  ];
  cover(w, r);
  w.newPage();
  const tocPage = w.page;
  w.y = PAGE.height; // the next chapter starts on a fresh page after the contents
  parts.forEach(([label, part], i) => {
    progress?.(`Laying out ${label.toLowerCase()}…`, i, parts.length);
    part(w, r);
  });
  w.writeToc(tocPage);
  w.decorate(`${r.clinic.name} · Security assessment · ${r.reportDate}`, r.classification);
  progress?.('Finishing…', parts.length, parts.length);
  return w.bytes();
}
