import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import { mergeRecordSets } from '../../../../shared/merge/mergeRecordSets';
import { tombstoneVersioned } from '../../../../shared/model/versionedRecord';
import { portfolioReportPdf } from '../../../../shared/report/pdf/portfolioReportPdf';
import { buildPortfolioReport, portfolioOf } from '../../../../shared/report/portfolioReport';
import { summarizePortfolioFile } from '../../../../shared/report/portfolioSummary';
import { flatText } from '../../../support/pdfTools';
import { portfolioRecords } from '../../../support/portfolioFixture';
import { recordsPart } from '../../../support/portfolioFiles';

const DATE = '2026-11-28';
const fonts = await loadReportFonts();

const part = recordsPart;

describe('portfolio from file summaries', { timeout: 120_000 }, () => {
  it('gives the report the merged files give, the previous visit kept in another file', async () => {
    const records = await portfolioRecords(['Clínica São José', 'Praxis Zürich-Nord', 'Łódź Family Care'], 0);
    const first = [...records.assessment].sort((a, b) => a.data.startDate.localeCompare(b.data.startDate))[0]!;
    const [a, b] = [records.clinic[0]!.id, records.clinic[1]!.id];
    const files = [
      part(records, (x) => x.id === first.id),
      part(records, (x) => x.clinicId === a && x.id !== first.id),
      part(records, (x) => x.clinicId === b),
      // The same clinic twice: one more laptop's copy of a file.
      part(records, (x) => x.clinicId === b),
      part(records, (x) => x.clinicId !== a && x.clinicId !== b),
    ];
    const merged = buildPortfolioReport(mergeRecordSets(files.map((r) => ({ records: r }))).records, DATE);
    const { report, diverged } = portfolioOf(
      files.map((r) => summarizePortfolioFile(r, DATE)),
      DATE,
    );
    expect(report).toEqual(merged);
    expect(diverged).toEqual([]);
    expect(report.clinics.find((c) => c.name === 'Clínica São José')?.prior?.date).toBe('2025-11-20');
    expect(flatText(portfolioReportPdf(report, fonts))).toBe(flatText(portfolioReportPdf(merged, fonts)));
  });

  it('keeps a few numbers per visit, never the records', async () => {
    const records = await portfolioRecords(['Harbour Clinic'], 0);
    const summary = summarizePortfolioFile(records, DATE);
    const text = JSON.stringify(summary);
    expect(summary.visits).toHaveLength(2);
    // Per visit: its counts, worst severity per area, the ten HICP practices' states and the ePHI scope.
    expect(text.length).toBeLessThan(3_000);
    for (const asset of records.asset) expect(text).not.toContain(asset.data.name);
    for (const answer of records.answer) expect(text).not.toContain(answer.id);
    expect(Object.keys(summary).sort()).toEqual(['clinics', 'deletedAssessments', 'deletedClinics', 'visits']);
  });

  it('drops what any file deleted, and takes the copy changed last where copies differ', async () => {
    const records = await portfolioRecords(['Harbour Clinic', 'Bay Clinic'], 0);
    const bay = records.clinic.find((c) => c.data.name === 'Bay Clinic')!;
    const deleted = {
      ...records,
      clinic: records.clinic.map((c) =>
        c.id === bay.id ? tombstoneVersioned(c, { stamp: '999999999999999-00000', device: 'x' }) : c,
      ),
    };
    const harbour = records.assessment
      .filter((a) => a.data.clinicId !== bay.id)
      .sort((x, y) => y.data.startDate.localeCompare(x.data.startDate))[0]!;
    const edited = {
      ...records,
      asset: records.asset.filter((r) => r.data.assessmentId !== harbour.id),
      assessment: records.assessment.map((a) =>
        a.id === harbour.id
          ? { ...a, stamps: { ...a.stamps, title: { t: '999999999999999-00000', d: 'x', c: 9 } } }
          : a,
      ),
    };
    const { report, diverged } = portfolioOf(
      [records, deleted, edited].map((r) => summarizePortfolioFile(r, DATE)),
      DATE,
    );
    expect(report.clinics.map((c) => c.name)).toEqual(['Harbour Clinic']);
    expect(report.clinics[0]?.devices).toBe(0);
    expect(diverged.map((v) => v.assessmentId)).toEqual([harbour.id]);
  });
});
