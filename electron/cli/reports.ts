/** `report` and `portfolio`: PDF (and for one clinic, Word) reports from assessment files. */
import path from 'node:path';
import type { EvidencePhotos } from '../../shared/report/reportEvidence';
import { withEvidence } from '../../shared/report/withEvidence';
import type { BundleRecords } from '../../shared/bundle/bundleContent';
import { priorChoice } from '../../shared/compare/priorAssessment';
import { assessmentRecordsFrom, assessmentsIn } from '../../shared/report/assessmentsInFile';
import { buildClinicReport, type ClinicReport } from '../../shared/report/clinicReport';
import { clinicReportPdf } from '../../shared/report/pdf/clinicReportPdf';
import { portfolioReportPdf } from '../../shared/report/pdf/portfolioReportPdf';
import { portfolioOf } from '../../shared/report/portfolioReport';
import { summarizePortfolioFile, type PortfolioFileSummary } from '../../shared/report/portfolioSummary';
import { CliError, writeOutput, type Io } from './io';
import { openingKey } from './keys';
import { openContents } from './openInput';
import { photosOfAssessment } from './evidencePhotos';
import { loadReportFonts } from './reportFonts';
import type { OpenOptions } from './verify';
import { count } from '../../shared/model/plural';
import { verifyIssue } from '../../shared/bundle/issueSignature';
import { builtInPack, type ActivePack } from '../../shared/reference/contentPack';

export interface ReportOptions extends OpenOptions {
  assessment?: string;
  /** Another assessment file holding the visit before. */
  prior?: string;
  /** The report's date, YYYY-MM-DD (default today): the same data and date give the same PDF. */
  date?: string;
  /** The content pack findings are judged under (verified already); the built-in data without one. */
  pack?: ActivePack | undefined;
}

export function checkedDate(date: string | undefined): string {
  const reportDate = date ?? new Date().toISOString().slice(0, 10);
  const real = /^\d{4}-\d{2}-\d{2}$/.test(reportDate) && !Number.isNaN(Date.parse(reportDate));
  if (!real || new Date(reportDate).toISOString().slice(0, 10) !== reportDate)
    throw new CliError('--date takes YYYY-MM-DD.');
  return reportDate;
}

/**
 * The clinic report of one assessment in decrypted records (the latest unless an id is
 * given), compared with the previous visit: from `priorRecords` when given, else from the
 * same records when they hold an earlier assessment of the clinic.
 */
async function clinicReportIn(
  records: BundleRecords,
  reportDate: string,
  assessmentId?: string,
  priorRecords?: BundleRecords,
  pack: ActivePack = builtInPack,
): Promise<{ report: ClinicReport; prior?: string }> {
  const chosen = assessmentId ?? assessmentsIn(records)[0]?.id;
  const selected = chosen ? assessmentRecordsFrom(records, chosen) : undefined;
  if (!selected)
    throw new CliError(
      assessmentId ? `The file holds no assessment ${assessmentId}.` : 'The file holds no assessment to report on.',
    );
  const source = priorRecords ?? records;
  const choice = priorChoice(selected.assessment, assessmentsIn(source));
  const priorId = choice.defaultId ?? (priorRecords ? choice.candidates[0]?.id : undefined);
  if (priorRecords && !priorId)
    throw new CliError(`The prior file holds no other assessment of ${selected.clinic.data.name || 'this clinic'}.`);
  const prior = priorId ? assessmentRecordsFrom(source, priorId) : undefined;
  const report = await withEvidence(
    buildClinicReport(selected, reportDate, prior, await verifyIssue(selected.assessment, records), pack),
    selected,
  );
  return { report, ...(prior ? { prior: prior.assessment.data.startDate || prior.assessment.data.title } : {}) };
}

const noPhotos: EvidencePhotos = { bytes: new Map(), missing: 'not in this file' };

/** The clinic report (see clinicReportIn) as a PDF, or as a Word document. */
export async function reportDocument(
  records: BundleRecords,
  reportDate: string,
  assessmentId?: string,
  priorRecords?: BundleRecords,
  pack: ActivePack = builtInPack,
  /** The evidence photos' bytes by SHA-256, once the file carries them; without, the appendix lists the photos only. */
  photos: EvidencePhotos = noPhotos,
  format: ReportFormat = 'pdf',
): Promise<{ bytes: Uint8Array; clinic: string; findings: number; prior?: string }> {
  const { report, prior } = await clinicReportIn(records, reportDate, assessmentId, priorRecords, pack);
  const fonts = await loadReportFonts();
  // docx is a large library: loaded only for a Word report.
  const bytes =
    format === 'docx'
      ? await (await import('../../shared/report/docx/clinicReportDocx')).clinicReportDocx(report, { fonts, photos })
      : clinicReportPdf(report, fonts, undefined, photos);
  return {
    bytes,
    clinic: report.clinic.name,
    findings: report.findings.length,
    ...(prior ? { prior } : {}),
  };
}

export type ReportFormat = 'pdf' | 'docx';

/** The clinic report's format from the name given to --out: .docx for Word, else PDF (as before); another extension is refused. */
export function reportFormat(out: string): ReportFormat {
  const extension = /\.([^./\\]+)$/.exec(path.basename(out))?.[1]?.toLowerCase();
  if (extension === 'docx') return 'docx';
  if (extension === undefined || extension === 'pdf') return 'pdf';
  throw new CliError(
    `report writes a PDF (.pdf) or a Word document (.docx), not .${extension}: name --out accordingly.`,
  );
}

export async function report(file: string, out: string, options: ReportOptions, io: Io): Promise<void> {
  const format = reportFormat(out);
  const reportDate = checkedDate(options.date);
  const key = await openingKey(options.key, io);
  const [opened, prior] = await openContents(options.prior ? [file, options.prior] : [file], key, 'report');
  if (!opened) throw new CliError('report needs a FILE.');
  // The photos for the appendix: a second pass over the file keeps only this assessment's, bounded.
  const chosen = options.assessment ?? assessmentsIn(opened.content.records)[0]?.id;
  const photos =
    chosen && opened.content.manifest.blobs?.length
      ? await photosOfAssessment(file, key, chosen)
      : new Map<string, Uint8Array>();
  const result = await reportDocument(
    opened.content.records,
    reportDate,
    options.assessment,
    prior?.content.records,
    options.pack,
    {
      bytes: photos,
      missing: opened.content.manifest.evidenceLeftOut ? 'left out of this file' : 'not in this file',
    },
    format,
  );
  await writeOutput(out, result.bytes);
  io.out(
    `Wrote ${out}: the report of ${result.clinic}, ${result.findings} findings${result.prior ? `, compared with the previous visit of ${result.prior}` : ''}.`,
  );
}

/**
 * The parent firm's portfolio report over every clinic in the files, as if merged. The
 * files are read one at a time: each is opened, decrypted, reduced to its clinics' rows
 * (portfolioSummary.ts) and dropped before the next, so memory does not grow with their
 * number. The same assessment in two files with different content is taken from the copy
 * changed last, and a warning says to merge the files for the combined view.
 */
export async function portfolio(inputs: string[], out: string, options: ReportOptions, io: Io): Promise<void> {
  if (!inputs.length) throw new CliError('portfolio needs at least one input file.');
  const reportDate = checkedDate(options.date);
  const key = await openingKey(options.key, io);
  const summaries: PortfolioFileSummary[] = [];
  for (const file of inputs) {
    const [opened] = await openContents([file], key, 'portfolio');
    if (opened) summaries.push(summarizePortfolioFile(opened.content.records, reportDate, options.pack));
  }
  const { report, diverged } = portfolioOf(summaries, reportDate, options.pack);
  for (const visit of diverged)
    io.warn?.(
      `The assessment "${visit.assessment}" of ${visit.name} differs between the input files: the portfolio shows the copy changed last; merge the files first to combine them.`,
    );
  await writeOutput(out, portfolioReportPdf(report, await loadReportFonts()));
  io.out(
    `Wrote ${out}: ${count(report.clinics.length, 'clinic')}, ${report.clinics.filter((c) => c.open.critical > 0).length} with critical findings.`,
  );
}
