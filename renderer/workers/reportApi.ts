/**
 * Lays out reports off the UI thread: one clinic's (PDF, or Word), or the portfolio, whose
 * records arrive a few hundred at a time before it is made. What report.worker.ts exposes.
 */
import { transfer } from 'comlink';
import type { BundleRecords } from '../../shared/bundle/bundleContent';
import { entityTypes, type EntityType } from '../../shared/model/entities';
import type { AssessmentRecords } from '../../shared/model/assessmentRecords';
import type { IssueCheck } from '../../shared/bundle/issueSignature';
import { buildClinicReport } from '../../shared/report/clinicReport';
import type { EvidencePhotos } from '../../shared/report/reportEvidence';
import { withEvidence } from '../../shared/report/withEvidence';
import { clinicReportPdf } from '../../shared/report/pdf/clinicReportPdf';
import { portfolioReportPdf } from '../../shared/report/pdf/portfolioReportPdf';
import type { ReportFonts } from '../../shared/report/pdf/reportWriter';
import { buildPortfolioReport } from '../../shared/report/portfolioReport';
import type { ActivePack } from '../../shared/reference/contentPack';
import { failPlainly, type PageCallback, type Progress } from './workerTask';

export type ClinicReportTask = {
  kind: 'clinic';
  records: AssessmentRecords;
  prior?: AssessmentRecords | undefined;
  reportDate: string;
  /** Whether an issued assessment's signature holds, checked where all its records are. */
  issueCheck?: IssueCheck | undefined;
  /** The content pack the findings are judged under; the built-in data without one. */
  pack?: ActivePack | undefined;
  /** The evidence photos' bytes for the appendix (reportPhotos.ts), transferred; without, photos are listed only. */
  photos?: EvidencePhotos | undefined;
  /** A PDF (the default) or an editable Word document. */
  format?: 'pdf' | 'docx' | undefined;
};
export type ReportTask =
  ClinicReportTask | { kind: 'portfolio'; records: BundleRecords; reportDate: string; pack?: ActivePack | undefined };

/** The report API of a worker whose fonts come from `loadFonts`. */
export function reportApi(loadFonts: () => Promise<ReportFonts>) {
  const arrived = Object.fromEntries(entityTypes.map((type) => [type, []])) as unknown as BundleRecords;
  const make = (progress: Progress, layOut: (fonts: ReportFonts) => Uint8Array | Promise<Uint8Array>) =>
    failPlainly('The report could not be made.', async () => {
      progress('Loading the font…', 0, 1);
      const pdf = new Uint8Array(await layOut(await loadFonts()));
      return transfer(pdf, [pdf.buffer]);
    });
  return {
    /** One clinic's assessment report, compared with `task.prior` when there is one. */
    clinic: (task: ClinicReportTask, progress: PageCallback<Progress>): Promise<Uint8Array<ArrayBuffer>> =>
      make(progress, async (fonts) => {
        progress('Working out the findings…', 0, 1);
        const report = await withEvidence(
          buildClinicReport(task.records, task.reportDate, task.prior, task.issueCheck, task.pack),
          task.records,
        );
        if (task.format !== 'docx') return clinicReportPdf(report, fonts, progress, task.photos);
        // docx is a large library in its own chunk: a PDF never loads it.
        const { clinicReportDocx } = await import('../../shared/report/docx/clinicReportDocx');
        return clinicReportDocx(report, { fonts, progress, ...(task.photos ? { photos: task.photos } : {}) });
      }),
    /** Some of the portfolio's records: a few hundred at a time, so neither side stalls on one big copy. */
    addRecords<E extends EntityType>(type: E, records: BundleRecords[E]): void {
      arrived[type].push(...records);
    },
    /** The portfolio report of every record added. */
    portfolio: (
      reportDate: string,
      progress: PageCallback<Progress>,
      pack?: ActivePack,
    ): Promise<Uint8Array<ArrayBuffer>> =>
      make(progress, (fonts) => {
        const report = buildPortfolioReport(
          arrived,
          reportDate,
          (done, total) => progress('Working out each clinic’s findings…', done, total),
          pack,
        );
        return portfolioReportPdf(report, fonts, progress);
      }),
  };
}
