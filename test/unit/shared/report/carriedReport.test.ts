import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { clinicReportPdf } from '../../../../shared/report/pdf/clinicReportPdf';
import { flatText } from '../../../support/pdfTools';
import { revisitOf, sampleAssessment } from '../../../support/comparableRecords';

const fonts = await loadReportFonts();

describe('the report of a revisit that started from the last visit', () => {
  it('says how many carried records are still to confirm and counts only the reviewed ones', () => {
    const prior = sampleAssessment('2026-06-01');
    const current = revisitOf(prior, '2026-11-20');
    const confirmed = {
      ...current,
      links: current.links.map((l) => ({ ...l, data: { ...l.data, confirmation: 'confirmed' as const } })),
    };
    const waiting = [...Object.values(confirmed)]
      .filter(Array.isArray)
      .flat()
      .filter((r) => r.data.confirmation === 'to-confirm').length;
    const report = buildClinicReport(confirmed, '2026-11-28', prior);
    const sentence = `${waiting} records carried from the last visit are still to confirm and are not counted.`;
    expect(report.comparison?.links.unchanged).toBe(prior.links.length);
    expect(report.comparison?.assets).toMatchObject({ added: [], removed: [], unchanged: 0 });
    expect(report.summary).toContain(sentence);
    const text = flatText(clinicReportPdf(report, fonts));
    expect(text).toContain(sentence);
  });
});
