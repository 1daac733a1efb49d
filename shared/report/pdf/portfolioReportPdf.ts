/** Lays the parent firm's portfolio report out as a PDF. */
import type { CellHookData } from 'jspdf-autotable';
import { severities } from '../../rules/severity';
import { ratingOrder, trendText, type PortfolioReport } from '../portfolioReport';
import type { ProgressStep } from './clinicReportPdf';
import { CONTENT_WIDTH, INK, ReportWriter, type ReportFonts } from './reportWriter';
import { agree, count } from '../../model/plural';
import { ratingColours, severityColours, severityTints } from '../../model/riskColours';
import { areaLabels, areaShortLabels, type Area } from '../../model/finding';
import { named, sharedNames } from './portfolioNames';
import { practicesChapter } from './portfolioPractices';

const ratingColour = (label: unknown): string =>
  (ratingColours as Readonly<Record<string, string>>)[String(label)] ?? INK.text;

function cover(w: ReportWriter, r: PortfolioReport): void {
  w.coverBand(r.classification);
  w.paragraph('Portfolio security report', { size: 13, color: INK.muted, gap: 1 });
  w.paragraph(r.parentEntities.join(', ') || 'Acquired clinics', { size: 22, style: 'bold', gap: 4 });
  w.facts([
    { label: 'Clinics', value: String(r.clinics.length) },
    {
      label: 'Open findings',
      value: `${r.totals.critical} critical, ${r.totals.high} high, ${r.totals.medium} medium, ${r.totals.low} low`,
    },
    { label: 'Report date', value: r.reportDate },
    { label: 'Judged under', value: r.judgedUnder },
  ]);
}

function summary(w: ReportWriter, r: PortfolioReport): void {
  const shared = sharedNames(r);
  w.heading('Summary');
  const critical = r.clinics.filter((c) => c.open.critical > 0);
  w.paragraph(
    `${count(r.clinics.length, 'clinic')} assessed. ${critical.length} ${agree(critical.length, 'has', 'have')} critical findings open and ${agree(critical.length, 'is', 'are')} listed first throughout this report.`,
  );
  w.table(
    ['Rating', 'Clinics'],
    ratingOrder.map((rating) => [rating, String(r.ratings[rating])]),
    {
      columnStyles: { 0: { cellWidth: 50, fontStyle: 'bold' }, 1: { cellWidth: 25, halign: 'right' } },
      tableWidth: 75,
      didParseCell: (d) => {
        if (d.section === 'body' && d.column.index === 0) d.cell.styles.textColor = ratingColour(d.cell.raw);
      },
    },
  );
  if (critical.length) {
    w.heading('Clinics with critical findings', 2);
    w.bullets(
      critical.map(
        (c) =>
          `${named(c, shared)}: ${c.open.critical} critical, ${c.open.high} high (${c.assessment}, ${c.date || 'undated'})`,
      ),
    );
  }
}

function clinicTable(w: ReportWriter, r: PortfolioReport): void {
  const shared = sharedNames(r);
  // A short portfolio reads on few pages: these chapters follow on where there is room.
  w.heading('Clinics', 1, 40, true);
  w.table(
    [
      'Clinic',
      'Last visit',
      'Rating',
      'Critical',
      'High',
      'Medium',
      'Low',
      'Devices',
      'Past end of support',
      'Verdict',
    ],
    r.clinics.map((c) => [
      named(c, shared),
      c.date,
      c.rating,
      ...severities.slice(0, 4).map((s) => String(c.open[s])),
      String(c.devices),
      String(c.unsupported),
      c.verdict,
    ]),
    {
      columnStyles: {
        0: { cellWidth: 42 },
        1: { cellWidth: 21 },
        3: { halign: 'right' },
        4: { halign: 'right' },
        5: { halign: 'right' },
        6: { halign: 'right' },
        7: { halign: 'right' },
        8: { halign: 'right' },
      },
      didParseCell: (d) => {
        if (d.section === 'body' && d.column.index === 2) {
          d.cell.styles.textColor = ratingColour(d.cell.raw);
          d.cell.styles.fontStyle = 'bold';
        }
      },
    },
  );
}

/** The areas' short labels, by the label the portfolio report carries. */
const shortAreas = new Map((Object.keys(areaLabels) as Area[]).map((a) => [areaLabels[a], areaShortLabels[a]]));

function heatMap(w: ReportWriter, r: PortfolioReport): void {
  const shared = sharedNames(r);
  w.heading('Clinics × areas', 1, 40, true);
  w.paragraph('The worst open severity per clinic and area; an empty cell means nothing is open there.', {
    color: INK.muted,
  });
  const tint = (d: CellHookData) => {
    if (d.section !== 'body' || d.column.index === 0) return;
    const severity = r.clinics[d.row.index]?.areas[d.column.index - 1];
    if (severity) {
      d.cell.styles.fillColor = severityTints[severity];
      d.cell.styles.textColor = severityColours[severity];
      d.cell.styles.fontStyle = 'bold';
    }
  };
  w.table(
    ['Clinic', ...r.areas.map((a) => shortAreas.get(a) ?? a)],
    r.clinics.map((c) => [named(c, shared), ...c.areas.map((s) => s ?? '')]),
    {
      styles: { fontSize: 6.5, halign: 'center' },
      headStyles: { fontSize: 5.5, halign: 'center', cellPadding: 0.8 },
      // Equal columns for the areas, so words wrap between words and the grid reads as a grid.
      columnStyles: Object.fromEntries([
        [0, { cellWidth: 38, halign: 'left' }],
        ...r.areas.map((_, i) => [i + 1, { cellWidth: (CONTENT_WIDTH - 38) / r.areas.length }]),
      ]),
      didParseCell: tint,
    },
  );
}

function trends(w: ReportWriter, r: PortfolioReport): void {
  const shared = sharedNames(r);
  w.heading('Trends since the previous visit', 1, 30, true);
  const revisited = r.clinics.filter((c) => c.prior);
  if (!revisited.length) {
    w.paragraph('No clinic has an earlier visit on record yet.', { color: INK.muted });
    return;
  }
  w.table(
    ['Clinic', 'Visit before', 'Last visit', 'Open findings then → now'],
    revisited.map((c) => [named(c, shared), c.prior?.date ?? '', c.date, trendText(c)]),
    { columnStyles: { 0: { cellWidth: 55 } } },
  );
}

/** Pages after the cover up to which the contents go on the cover rather than a page of their own. */
const SHORT_REPORT_PAGES = 3;

export function portfolioReportPdf(r: PortfolioReport, fonts: ReportFonts, progress?: ProgressStep): Uint8Array {
  const w = new ReportWriter(fonts, {
    title: 'Portfolio security report',
    subject: r.parentEntities.join(', '),
    date: r.reportDate,
  });
  const parts: [string, (w: ReportWriter, r: PortfolioReport) => void][] = [
    ['summary', summary],
    ['clinics', clinicTable],
    ['heat map', heatMap],
    ['practices', practicesChapter],
    ['trends', trends],
  ];
  cover(w, r);
  const coverEnd = w.y;
  w.newPage();
  parts.forEach(([label, part], i) => {
    progress?.(`Laying out the ${label}…`, i, parts.length);
    part(w, r);
  });
  // A short portfolio spends no page on its contents: they go on the cover.
  if (w.page - 1 <= SHORT_REPORT_PAGES) w.writeToc(1, coverEnd + 8);
  else {
    w.insertPage(2);
    w.writeToc(2);
  }
  w.decorate(`Portfolio security report · ${r.reportDate}`, r.classification);
  return w.bytes();
}
