/** The report's charts, drawn as vector graphics: findings by area and severity, and the likelihood × impact heat map. */
import { severityLabels } from '../../model/finding';
import { severityColours, severityTints } from '../../model/riskColours';
import { impactWords, likelihoodWords, scaleSteps } from '../../model/riskScale';
import { severities } from '../../rules/severity';
import type { SeverityCounts } from '../reportFindings';
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

const likelihoods = [...scaleSteps].reverse().map((n) => likelihoodWords[n]);
const impacts = scaleSteps.map((n) => impactWords[n]);

function zoneColour(likelihood: number, impact: number): string {
  const score = likelihood * impact;
  return severityTints[score >= 12 ? 'critical' : score >= 8 ? 'high' : score >= 4 ? 'medium' : 'low'];
}

const CELL = 18;
export const HEAT_MAP_HEIGHT = 4 * CELL + 20;

/** Open findings counted in a 4 × 4 grid: likelihood down, impact across. */
export function heatMapChart(w: ReportWriter, grid: number[][]): void {
  const { doc } = w;
  const cell = CELL;
  const left = PAGE.margin + 30;
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
        w.font(11, 'bold', INK.text);
        doc.text(String(count), left + c * cell + cell / 2, top + r * cell + cell / 2 + 1.5, { align: 'center' });
      }
    });
  });
  w.font(8);
  impacts.forEach((label, c) => doc.text(label, left + c * cell + cell / 2, top + 4 * cell + 4, { align: 'center' }));
  w.font(8, 'bold', INK.muted);
  doc.text('Impact →', left + 2 * cell, top + 4 * cell + 9, { align: 'center' });
  doc.text('Likelihood ↑', left - 2, top - 2, { align: 'right' });
  w.y = top + 4 * cell + 14;
}
