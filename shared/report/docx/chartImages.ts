/**
 * The report's two charts as PNG images for the Word report, drawn from the report model
 * in the report's own font: open findings by area and severity (stacked bars), and the
 * likelihood × impact heat map. Drawn at twice the size they are shown, so they print sharp.
 */
import { severityLabels } from '../../model/finding';
import { severityColours } from '../../model/riskColours';
import { severities } from '../../rules/severity';
import { heatMapImpacts, heatMapLikelihoods, heatMapZones, inZone, zoneColour, zoneTint } from '../heatMapZones';
import type { SeverityCounts } from '../reportFindings';
import { Bitmap, textWidthIn, type BitmapFonts } from './raster/bitmap';

export interface ChartImage {
  png: Uint8Array;
  /** Pixels; shown at half this size in points. */
  width: number;
  height: number;
  /** What the chart shows, in words: the image's description for screen readers. */
  description: string;
}

const TEXT = '#1c2330';
const MUTED = '#5a6472';
const WIDTH = 1200;
const ROW = 44;

const total = (counts: SeverityCounts) => severities.reduce((n, s) => n + counts[s], 0);

/** One stacked bar per area with its count, a legend above. */
export function areaChartPng(
  areas: readonly { area: string; counts: SeverityCounts }[],
  fonts: BitmapFonts,
): ChartImage {
  const labelWidth = 300;
  const barMax = WIDTH - labelWidth - 70;
  const height = 60 + Math.max(areas.length, 1) * ROW;
  const b = new Bitmap(WIDTH, height, fonts);
  let x = 0;
  for (const s of severities) {
    b.rect(x, 8, 22, 22, severityColours[s]);
    b.text(severityLabels[s], x + 30, 27, 22, TEXT);
    x += 44 + b.textWidth(severityLabels[s], 22);
  }
  const max = Math.max(1, ...areas.map((a) => total(a.counts)));
  areas.forEach(({ area, counts }, i) => {
    const y = 60 + i * ROW;
    b.text(area, 0, y + 24, 23, TEXT);
    let bx = labelWidth;
    for (const s of severities) {
      if (!counts[s]) continue;
      const w = (counts[s] / max) * barMax;
      b.rect(bx, y, w, 32, severityColours[s]);
      if (w > 30) b.text(String(counts[s]), bx + w / 2, y + 24, 21, '#ffffff', { bold: true, align: 'center' });
      bx += w;
    }
    b.text(String(total(counts)), bx + 10, y + 24, 22, MUTED);
  });
  if (!areas.length) b.text('No open findings.', 0, 84, 23, MUTED);
  const description = areas.length
    ? `Open findings by area: ${areas.map((a) => `${a.area} ${total(a.counts)}`).join(', ')}.`
    : 'No open findings.';
  return { png: b.png(), width: WIDTH, height, description };
}

const LEGEND_SIZE = 22;
const LEGEND_LINE = 36;
const SWATCH = 30;

interface LegendItem {
  text: string;
  x: number;
  line: number;
  /** The band's tint, drawn as a swatch before the text; none for the legend's title. */
  tint?: string;
}

/**
 * The score bands' legend, "Open findings by score:" then each band with its swatch, laid
 * out in lines no wider than `width`: an item that would run past the edge starts a new line.
 */
function scoreLegend(grid: readonly (readonly number[])[], fonts: BitmapFonts, width: number): LegendItem[] {
  const items: LegendItem[] = [];
  const title = 'Open findings by score:';
  let x = textWidthIn(fonts, title, LEGEND_SIZE, true) + 20;
  let line = 0;
  items.push({ text: title, x: 0, line });
  for (const zone of heatMapZones) {
    const text = `${zone.label}: ${inZone(grid, zone)}`;
    const needs = SWATCH + textWidthIn(fonts, text, LEGEND_SIZE);
    if (x + needs > width) [x, line] = [0, line + 1];
    items.push({ text, x, line, tint: zoneTint(zone.min) });
    x += needs + 30;
  }
  return items;
}

/** The 4 × 4 grid (likelihood down, impact across) with the count in each cell and the count per score band under it. */
export function heatMapPng(grid: readonly (readonly number[])[], fonts: BitmapFonts): ChartImage {
  const cell = 130;
  const left = 260;
  const top = 50;
  const width = 940;
  // The legend keeps clear of the right edge by a few pixels, so nothing is cut where the image ends.
  const legend = scoreLegend(grid, fonts, width - 8);
  const lines = Math.max(...legend.map((item) => item.line)) + 1;
  const height = top + 4 * cell + 150 + (lines - 1) * LEGEND_LINE;
  const b = new Bitmap(width, height, fonts);
  b.text('Likelihood ↑', left - 14, 30, 22, MUTED, { bold: true, align: 'right' });
  grid.forEach((row, r) => {
    b.text(heatMapLikelihoods[r] ?? '', left - 14, top + r * cell + cell / 2 + 8, 23, TEXT, { align: 'right' });
    row.forEach((count, c) => {
      b.rect(left + c * cell + 2, top + r * cell + 2, cell - 4, cell - 4, zoneColour(4 - r, c + 1));
      if (count)
        b.text(String(count), left + c * cell + cell / 2, top + r * cell + cell / 2 + 14, 40, TEXT, {
          bold: true,
          align: 'center',
        });
    });
  });
  heatMapImpacts.forEach((label, c) =>
    b.text(label, left + c * cell + cell / 2, top + 4 * cell + 32, 23, TEXT, { align: 'center' }),
  );
  b.text('Impact →', left + 2 * cell, top + 4 * cell + 66, 22, MUTED, { bold: true, align: 'center' });
  const bandY = top + 4 * cell + 124;
  for (const item of legend) {
    const y = bandY + item.line * LEGEND_LINE;
    if (!item.tint) {
      b.text(item.text, item.x, y, LEGEND_SIZE, MUTED, { bold: true });
      continue;
    }
    b.rect(item.x, y - 20, 22, 22, item.tint);
    b.text(item.text, item.x + SWATCH, y, LEGEND_SIZE, TEXT);
  }
  const bands = legend.filter((item) => item.tint).map((item) => item.text);
  return {
    png: b.png(),
    width,
    height,
    description: `Likelihood and impact of the open findings. Open findings by score: ${bands.join('; ')}.`,
  };
}
