import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../../electron/cli/reportFonts';
import { severityColours } from '../../../../../shared/model/riskColours';
import { areaChartPng, heatMapPng } from '../../../../../shared/report/docx/chartImages';
import { Bitmap } from '../../../../../shared/report/docx/raster/bitmap';
import { TrueTypeOutlines } from '../../../../../shared/report/docx/raster/trueTypeOutlines';
import { zoneColour } from '../../../../../shared/report/heatMapZones';
import { buildClinicReport } from '../../../../../shared/report/clinicReport';
import { assessmentRecordsFrom } from '../../../../../shared/report/assessmentsInFile';
import { sampleRecords } from '../../../../../shared/sample/sampleRecords';
import { decodePng, pixelsOf, type DecodedPng } from '../../../../support/docxTools';

const ttf = await loadReportFonts();
const fonts = { regular: new TrueTypeOutlines(ttf.regular), bold: new TrueTypeOutlines(ttf.bold) };
const inked = (png: DecodedPng, x0: number, x1: number, y0: number, y1: number) => {
  let n = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++)
      if (png.rgb.subarray((y * png.width + x) * 3, (y * png.width + x) * 3 + 3).some((v) => v < 250)) n += 1;
  return n;
};
const inkedColumns = (png: DecodedPng, x0: number, x1: number) => inked(png, x0, x1, 0, png.height);
const inkedRows = (png: DecodedPng, y0: number, y1: number) => inked(png, 0, png.width, y0, y1);
const none = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };

describe('the Word report’s charts', () => {
  it('draws each area’s bar in its severities’ colours, as long as its count', () => {
    const chart = areaChartPng(
      [
        { area: 'Devices', counts: { ...none, critical: 2, medium: 2 } },
        { area: 'Vendor access', counts: { ...none, critical: 1 } },
      ],
      fonts,
    );
    const png = decodePng(chart.png);
    expect([png.width, png.height]).toEqual([chart.width, chart.height]);
    const critical = pixelsOf(png, severityColours.critical);
    const medium = pixelsOf(png, severityColours.medium);
    // Three critical findings against two medium: the legend's swatches aside, 3 : 2 of bar.
    const swatch = 22 * 22;
    expect((critical - swatch) / (medium - swatch)).toBeCloseTo(1.5, 1);
    expect(pixelsOf(png, severityColours.high)).toBe(swatch);
    expect(chart.description).toBe('Open findings by area: Devices 4, Vendor access 1.');
  });

  it('colours the heat map by score band and counts the findings in each band', () => {
    const grid = [
      [0, 0, 0, 3],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [1, 0, 0, 0],
    ];
    const chart = heatMapPng(grid, fonts);
    const png = decodePng(chart.png);
    // Three cells score 12 or more (4×3, 4×4, 3×4), in the critical tint, as is the band's swatch; the count's digit takes a little.
    const critical = pixelsOf(png, zoneColour(4, 4));
    expect(critical).toBeGreaterThan(2.9 * 126 * 126);
    expect(critical).toBeLessThanOrEqual(3 * 126 * 126 + 22 * 22);
    // Five score 3 or less (1×1, 1×2, 1×3, 2×1, 3×1), in the low tint.
    expect(pixelsOf(png, zoneColour(1, 1))).toBeGreaterThan(4.9 * 126 * 126);
    expect(chart.description).toContain('Open findings by score: 12–16: 3; 8–11: 0; 4–7: 0; 1–3: 1.');
  });

  it('keeps the heat map’s legend inside the image, on a second line when the counts make it long', async () => {
    const records = await sampleRecords('field-laptop', '2026-11-20', () => Date.parse('2026-11-20T09:00:00Z'));
    const report = buildClinicReport(assessmentRecordsFrom(records, records.assessment[0]!.id)!, '2026-11-28');
    const sample = heatMapPng(report.heatMap, fonts);
    const long = heatMapPng(
      [
        [1200, 0, 0, 3500],
        [0, 0, 0, 0],
        [0, 0, 5000, 0],
        [1800, 0, 0, 0],
      ],
      fonts,
    );
    for (const chart of [sample, long]) {
      const png = decodePng(chart.png);
      // Nothing is drawn in the last 4 columns of pixels: the legend's last band is not cut at the edge.
      expect(inkedColumns(png, png.width - 4, png.width)).toBe(0);
      // The legend's lowest line is drawn, above the image's bottom edge.
      expect(inkedRows(png, png.height - 60, png.height - 4)).toBeGreaterThan(0);
      expect(inkedRows(png, png.height - 4, png.height)).toBe(0);
      expect(chart.description).not.toMatch(/score: Score/i);
    }
    // The long legend takes a second line.
    expect(long.height).toBeGreaterThan(sample.height);
  });

  it('draws text in the report’s font, antialiased, as wide as the font says', () => {
    const b = new Bitmap(200, 40, fonts);
    expect(fonts.regular.glyphIndex('A'.codePointAt(0)!)).toBeGreaterThan(0);
    expect(fonts.regular.glyphIndex('ą'.codePointAt(0)!)).toBeGreaterThan(0);
    expect(b.textWidth('WWW', 20)).toBeGreaterThan(b.textWidth('iii', 20) * 2);
    b.text('Łódź', 10, 30, 24, '#000000');
    const png = decodePng(b.png());
    const inked = pixelsOf(png, '#000000');
    const white = pixelsOf(png, '#ffffff');
    const grey = 200 * 40 - inked - white;
    expect(inked).toBeGreaterThan(40);
    expect(grey).toBeGreaterThan(20);
  });
});
