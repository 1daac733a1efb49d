import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../../electron/cli/reportFonts';
import { severityColours } from '../../../../../shared/model/riskColours';
import { areaChartPng, heatMapPng } from '../../../../../shared/report/docx/chartImages';
import { Bitmap } from '../../../../../shared/report/docx/raster/bitmap';
import { TrueTypeOutlines } from '../../../../../shared/report/docx/raster/trueTypeOutlines';
import { zoneColour } from '../../../../../shared/report/heatMapZones';
import { decodePng, pixelsOf } from '../../../../support/docxTools';

const ttf = await loadReportFonts();
const fonts = { regular: new TrueTypeOutlines(ttf.regular), bold: new TrueTypeOutlines(ttf.bold) };
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
    expect(chart.description).toContain('Score 12–16: 3; 8–11: 0; 4–7: 0; 1–3: 1');
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
