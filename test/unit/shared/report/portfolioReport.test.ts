import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import { portfolioReportPdf } from '../../../../shared/report/pdf/portfolioReportPdf';
import { buildPortfolioReport, trendText } from '../../../../shared/report/portfolioReport';
import { coverText, flatText, inkPerPage, pdfPages, pdfText } from '../../../support/pdfTools';
import { portfolioRecords } from '../../../support/portfolioFixture';

const fonts = await loadReportFonts();
const names = ['Clínica São José', 'Praxis Zürich-Nord', 'Łódź Family Care'];

describe('portfolio report', { timeout: 60_000 }, () => {
  it('has one row per clinic, critical first, with the trend since the previous visit', async () => {
    const records = await portfolioRecords(names, 0);
    // Settle every finding of one clinic's devices by removing them: it should sort last.
    const calm = records.clinic.find((c) => c.data.name === 'Łódź Family Care')!;
    const calmAssessment = records.assessment.find((a) => a.data.clinicId === calm.id)!;
    records.asset = records.asset.filter((a) => a.data.assessmentId !== calmAssessment.id);
    const report = buildPortfolioReport(records, '2026-11-28');
    expect(report.clinics.map((c) => c.name).sort()).toEqual([...names].sort());
    expect(report.clinics.at(-1)?.name).toBe('Łódź Family Care');
    expect(report.clinics[0]?.open.critical).toBeGreaterThan(report.clinics.at(-1)?.open.critical ?? 0);
    const revisited = report.clinics.find((c) => c.name === 'Clínica São José')!;
    expect(revisited.date).toBe('2026-11-20');
    expect(revisited.prior?.date).toBe('2025-11-20');
    expect(trendText(revisited)).toMatch(/^\d+ → \d+ open \(critical \d+ → \d+\)$/);
    expect(trendText(report.clinics.find((c) => c.name === 'Praxis Zürich-Nord')!)).toBe('First visit');
    expect(report.clinics[0]?.areas).toHaveLength(report.areas.length);
  });

  it('comes out as a PDF with every clinic by its Unicode name, the same for the same date', async () => {
    const report = buildPortfolioReport(await portfolioRecords(names, 0), '2026-11-28');
    const pdf = portfolioReportPdf(report, fonts);
    const text = flatText(pdf);
    for (const heading of [
      'Portfolio security report',
      'Contents',
      'Summary',
      'Clinics',
      'Clinics × areas',
      'Trends since the previous visit',
      'CONFIDENTIAL — CONTAINS SECURITY FINDINGS',
    ])
      expect(text).toContain(heading);
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain('Northwind Health Partners');
    expect(text).toContain(trendText(report.clinics.find((c) => c.prior)!));
    expect(inkPerPage(pdf).every((share) => share > 0.005)).toBe(true);
    expect(Buffer.from(portfolioReportPdf(report, fonts)).equals(Buffer.from(pdf))).toBe(true);
  });

  it('tells clinics named alike apart by their city', async () => {
    const records = await portfolioRecords(['Harbour Clinic', 'Harbour Clinic'], 0);
    records.clinic.forEach((c, i) => {
      c.data = { ...c.data, address: ['1 Elm St, Bangor, ME 04401', '20 Oak Ave, Portland, ME 04101'][i] ?? '' };
    });
    const report = buildPortfolioReport(records, '2026-11-28');
    expect(report.clinics.map((c) => c.city).sort()).toEqual(['Bangor', 'Portland']);
    const text = flatText(portfolioReportPdf(report, fonts));
    expect(text).toContain('Harbour Clinic (Bangor)');
    expect(text).toContain('Harbour Clinic (Portland)');
  });

  it('spends no page on contents when short: they go on the cover', async () => {
    const pdf = portfolioReportPdf(buildPortfolioReport(await portfolioRecords(names, 0), '2026-11-28'), fonts);
    // The cover, the summary with the clinic tables, and the practices grid with the trends.
    expect(pdfPages(pdf)).toBe(3);
    expect(pdfText(pdf).split('\f').slice(1).join(' ')).not.toContain('Contents');
    expect(coverText(pdf)).toMatch(/Contents Summary .*Trends since the previous visit \d /);
  });

  it('covers 200 clinics, its tables breaking across pages', async () => {
    const many = Array.from({ length: 200 }, (_, i) => `Clinic ${String(i + 1).padStart(3, '0')} — São Paulo`);
    const report = buildPortfolioReport(await portfolioRecords(many, undefined), '2026-11-28');
    expect(report.clinics).toHaveLength(200);
    const pdf = portfolioReportPdf(report, fonts);
    const text = flatText(pdf);
    expect(text).toContain('Clinic 001 — São Paulo');
    expect(text).toContain('Clinic 200 — São Paulo');
    expect(pdfPages(pdf)).toBeGreaterThan(10);
    // A long portfolio has its contents on a page of their own, right after the cover, with the right page numbers.
    const pages = pdfText(pdf).split('\f');
    expect(pages[1]?.replace(/\s+/g, ' ')).toMatch(/Contents Summary .*Clinics × areas \d+ /);
    expect(pages[2]?.replace(/\s+/g, ' ')).toContain('Summary 200 clinics assessed.');
  });
});
