/** The report's charts, drawn as vector graphics: findings by area and severity, and the likelihood × impact heat map. */
import { severityLabels } from '../../model/finding';
import { severityColours } from '../../model/riskColours';
import { severities } from '../../rules/severity';
import type { SeverityCounts } from '../reportFindings';
import {
  heatMapImpacts as impacts,
  heatMapLikelihoods as likelihoods,
  heatMapZones as zones,
  groupedByScore,
  inZone,
  type HeatMapFinding,
  zoneColour,
  zoneTint,
} from '../heatMapZones';
import { CONTENT_WIDTH, INK, PAGE, type ReportWriter } from './reportWriter';

/** One stacked bar per area, segments coloured by severity, with a legend. */
export function areaChart(w: ReportWriter, areas: { area: string; counts: SeverityCounts }[]): void {
  const { doc } = w;
  const labelWidth = 48;
  const barMax = CONTENT_WIDTH - labelWidth - 14;
  const max = Math.max(1, ...areas.map((a) => severities.reduce((n, s) => n + a.counts[s], 0)));
  w.ensure(12 + areas.length * 8);
  let x = PAGE.margin;
  w.font(8);
  for (const s of severities) {
    doc.setFillColor(severityColours[s]);
    doc.rect(x, w.y, 3.2, 3.2, 'F');
    doc.text(severityLabels[s], x + 4.5, w.y + 2.8);
    x += 24;
  }
  w.y += 8;
  if (!areas.length) {
    w.paragraph('No open findings.', { color: INK.muted });
    return;
  }
  for (const { area, counts } of areas) {
    w.font(8.5);
    doc.text(area, PAGE.margin, w.y + 3.6);
    let bx = PAGE.margin + labelWidth;
    for (const s of severities) {
      if (!counts[s]) continue;
      const width = (counts[s] / max) * barMax;
      doc.setFillColor(severityColours[s]);
      doc.rect(bx, w.y, width, 5, 'F');
      if (width > 4) {
        w.font(7, 'bold', '#ffffff');
        doc.text(String(counts[s]), bx + width / 2, w.y + 3.6, { align: 'center' });
      }
      bx += width;
    }
    w.font(8, 'normal', INK.muted);
    doc.text(String(severities.reduce((n, s) => n + counts[s], 0)), bx + 2, w.y + 3.6);
    w.y += 8;
  }
  w.y += 3;
}

const CELL = 20;
const SIDE_LINE = 4.3;
export type { HeatMapFinding };
export const HEAT_MAP_HEIGHT = 4 * CELL + 30;

/** Beside the grid: the open findings of the highest likelihood × impact, as many as fit its height. */
function sideList(w: ReportWriter, findings: readonly HeatMapFinding[], x: number, top: number, height: number): void {
  const { doc } = w;
  const width = PAGE.width - PAGE.margin - x;
  w.font(9, 'bold', INK.text);
  doc.text('Highest likelihood × impact', x, top + 3);
  const groups = groupedByScore(findings);
  const bottom = top + height - SIDE_LINE;
  let y = top + 8.5;
  let shown = 0;
  for (const f of groups) {
    w.font(7.5, 'normal', INK.text);
    const label = f.n > 1 ? `${f.title} (${f.n})` : f.title;
    const lines = (doc.splitTextToSize(label, width - 8) as string[]).slice(0, 2);
    if (y + lines.length * SIDE_LINE > bottom) break;
    w.font(7.5, 'bold', severityColours[f.severity]);
    doc.text(`${f.likelihood}×${f.impact}`, x, y);
    w.font(7.5, 'normal', INK.text);
    lines.forEach((line, i) => doc.text(line, x + 8, y + i * SIDE_LINE));
    y += lines.length * SIDE_LINE + 1;
    shown += f.n;
  }
  w.font(7.5, 'normal', INK.muted);
  if (!groups.length) doc.text('No open findings.', x, y);
  else if (shown < findings.length) doc.text(`and ${findings.length - shown} more, in the findings chapter`, x, y);
}

/**
 * Open findings counted in a 4 × 4 grid (likelihood down, impact across), with the open
 * findings of the highest likelihood × impact listed beside it and the count per score
 * band under it, so the section uses its page.
 */
export function heatMapChart(w: ReportWriter, grid: number[][], findings: readonly HeatMapFinding[] = []): void {
  const { doc } = w;
  const cell = CELL;
  const left = PAGE.margin + 26;
  w.ensure(HEAT_MAP_HEIGHT);
  const top = w.y + 6;
  grid.forEach((row, r) => {
    const likelihood = 4 - r;
    w.font(8, 'normal', INK.text);
    doc.text(likelihoods[r] ?? '', left - 2, top + r * cell + cell / 2 + 1, { align: 'right' });
    row.forEach((count, c) => {
      doc.setFillColor(zoneColour(likelihood, c + 1));
      doc.setDrawColor('#ffffff');
      doc.rect(left + c * cell, top + r * cell, cell, cell, 'FD');
      if (count) {
        w.font(12, 'bold', INK.text);
        doc.text(String(count), left + c * cell + cell / 2, top + r * cell + cell / 2 + 1.8, { align: 'center' });
      }
    });
  });
  w.font(8);
  impacts.forEach((label, c) => doc.text(label, left + c * cell + cell / 2, top + 4 * cell + 4, { align: 'center' }));
  w.font(8, 'bold', INK.muted);
  doc.text('Impact →', left + 2 * cell, top + 4 * cell + 9, { align: 'center' });
  doc.text('Likelihood ↑', left - 2, top - 2, { align: 'right' });
  sideList(w, findings, left + 4 * cell + 7, top - 4, 4 * cell + 4);
  // Under the grid: how many open findings fall in each score band, in the band's colour.
  const bandY = top + 4 * cell + 17;
  let x = PAGE.margin;
  w.font(8, 'bold', INK.muted);
  doc.text('Open findings by score:', x, bandY);
  x += doc.getTextWidth('Open findings by score:') + 4;
  for (const zone of zones) {
    const n = inZone(grid, zone);
    doc.setFillColor(zoneTint(zone.min));
    doc.rect(x, bandY - 3, 3.2, 3.2, 'F');
    w.font(8, 'normal', INK.text);
    const text = `${zone.label}: ${n}`;
    doc.text(text, x + 4.5, bandY);
    x += 4.5 + doc.getTextWidth(text) + 6;
  }
  w.y = top + 4 * cell + 24;
}
