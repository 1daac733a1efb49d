/**
 * Child process of the report benchmark (run with --expose-gc): makes one report and
 * reports the peak of live memory (heap and array buffers, garbage included) above
 * what the process held just before, sampled at every progress step of the layout.
 */
import { loadReportFonts } from '../../electron/cli/reportFonts';
import { buildClinicReport } from '../../shared/report/clinicReport';
import { clinicReportPdf } from '../../shared/report/pdf/clinicReportPdf';
import { portfolioReportPdf } from '../../shared/report/pdf/portfolioReportPdf';
import { buildPortfolioReport } from '../../shared/report/portfolioReport';
import { largeAssessment } from '../support/largeAssessment';
import { portfolioRecords } from '../support/portfolioFixture';

const [kind, size, vulnerable] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const fonts = await loadReportFonts();
const clinic = kind === 'clinic' ? largeAssessment(Number(size), 50, Number(vulnerable)) : undefined;
const portfolio =
  kind === 'clinic'
    ? undefined
    : await portfolioRecords(
        Array.from({ length: Number(size) }, (_, i) => `Clinic ${i + 1}`),
        0,
      );
const live = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
gc();
const before = live();
let peak = 0;
const sample = () => {
  peak = Math.max(peak, live() - before);
};
const pdf = clinic
  ? clinicReportPdf(buildClinicReport(clinic, '2026-11-28'), fonts, sample)
  : portfolioReportPdf(buildPortfolioReport(portfolio!, '2026-11-28', sample), fonts, sample);
sample();
process.stdout.write(`${JSON.stringify({ peakBytes: peak, before, pdfBytes: pdf.byteLength })}\n`);
