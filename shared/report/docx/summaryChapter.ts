/** The executive summary: what the report finds, what to do first, and the two charts as images. */
import { groupedByScore } from '../heatMapZones';
import { isOpen } from '../reportFindings';
import type { ClinicReport } from '../clinicReport';
import { areaChartPng, heatMapPng } from './chartImages';
import { severityCell, type DocxContext } from './docxChapter';
import type { DocxWriter } from './docxWriter';

/** The charts are drawn at twice the points they take on the page. */
const CHART_WIDTH_PT = 480;

export function summaryChapter(w: DocxWriter, r: ClinicReport, ctx: DocxContext): void {
  w.heading('Executive summary');
  for (const line of r.summary) w.paragraph(line);
  if (r.firstActions.length) {
    w.heading('What to do first', 2);
    w.bullets(r.firstActions, true);
  }
  w.heading('Open findings by area and severity', 2);
  const area = areaChartPng(r.byArea, ctx.fonts);
  w.image(area.png, area, CHART_WIDTH_PT, area.description);
  w.heading('Likelihood and impact', 2);
  const heat = heatMapPng(r.heatMap, ctx.fonts);
  w.image(heat.png, heat, (CHART_WIDTH_PT * heat.width) / area.width, heat.description);
  const open = r.findings.filter(isOpen);
  const top = groupedByScore(open).slice(0, 8);
  const more = open.length - top.reduce((n, f) => n + f.n, 0);
  if (top.length) {
    w.paragraph('Highest likelihood × impact', { bold: true });
    w.table(
      ['Score', 'Severity', 'Open finding'],
      top.map((f) => [
        `${f.likelihood}×${f.impact}`,
        severityCell(f.severity.charAt(0).toUpperCase() + f.severity.slice(1)),
        f.n > 1 ? `${f.title} (${f.n})` : f.title,
      ]),
      { widths: [18, 22] },
    );
    if (more) w.paragraph(`and ${more} more, in the findings chapter`, { muted: true });
  } else w.paragraph('No open findings.', { muted: true });
}
