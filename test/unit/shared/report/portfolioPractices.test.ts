import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import { portfolioReportPdf } from '../../../../shared/report/pdf/portfolioReportPdf';
import { ephiScope, practiceCell } from '../../../../shared/report/pdf/portfolioPractices';
import { buildPortfolioReport } from '../../../../shared/report/portfolioReport';
import { flatText, layoutLines } from '../../../support/pdfTools';
import { portfolioRecords } from '../../../support/portfolioFixture';

const fonts = await loadReportFonts();

describe('the portfolio: clinics × HICP practices and the ePHI scope', { timeout: 60_000 }, () => {
  it("gives each clinic its practices' states, 12 months or more marked, and its stores recorded and covered", async () => {
    const records = await portfolioRecords(['Clínica São José', 'Praxis Zürich-Nord'], 0);
    // The second clinic recorded no patient data store and no practice.
    const zurich = records.clinic.find((c) => c.data.name === 'Praxis Zürich-Nord')!;
    const bare = new Set(records.assessment.filter((a) => a.data.clinicId === zurich.id).map((a) => a.id));
    records.ephiStore = records.ephiStore.filter((s) => !bare.has(s.data.assessmentId));
    records.practice = records.practice.filter((p) => !bare.has(p.data.assessmentId));
    const report = buildPortfolioReport(records, '2026-11-28');
    const saoJose = report.clinics.find((c) => c.name === 'Clínica São José')!;
    expect(saoJose.practices.map(practiceCell)).toEqual([
      '12 mo+',
      'Yes',
      'No',
      'No',
      'No',
      'No',
      'Partly',
      '—',
      'Partly',
      'No',
    ]);
    expect(saoJose.ephi).toEqual({ recorded: 5, covered: 4 });
    expect(ephiScope(saoJose)).toBe('4 of 5 covered');
    const bareClinic = report.clinics.find((c) => c.name === 'Praxis Zürich-Nord')!;
    expect(bareClinic.practices.every((p) => practiceCell(p) === '—')).toBe(true);
    expect(ephiScope(bareClinic)).toBe('None recorded');

    const pdf = portfolioReportPdf(report, fonts);
    const text = flatText(pdf);
    const chapter = text.slice(text.lastIndexOf('Clinics × HICP practices'));
    expect(chapter).toContain('Public Law 116-321');
    expect(chapter).toContain('10. Cybersecurity oversight and governance');
    const lines = layoutLines(pdf);
    expect(lines).toContain('Clinic 1 2 3 4 5 6 7 8 9 10 Patient data');
    expect(lines).toContain('Clínica São José 12 mo+ Yes No No No No Partly — Partly No 4 of 5 covered');
    expect(lines).toContain('Praxis Zürich-Nord — — — — — — — — — — None recorded');
  });
});
