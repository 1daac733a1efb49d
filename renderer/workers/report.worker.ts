/// <reference lib="webworker" />
/**
 * Lays out PDF reports off the UI thread. The font is the app's own copy of DejaVu
 * Sans, fetched from the app's origin: nothing leaves the machine.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import type { BundleRecords } from '../../shared/bundle/bundleContent';
import { entityTypes, type EntityType } from '../../shared/model/entities';
import type { AssessmentRecords } from '../../shared/model/assessmentRecords';
import { buildClinicReport } from '../../shared/report/clinicReport';
import { clinicReportPdf } from '../../shared/report/pdf/clinicReportPdf';
import { portfolioReportPdf } from '../../shared/report/pdf/portfolioReportPdf';
import { buildPortfolioReport } from '../../shared/report/portfolioReport';
import type { ReportFonts } from '../../shared/report/pdf/reportWriter';
import { plainError } from '../../shared/model/plainIssues';

export type ReportTask =
  | { kind: 'clinic'; records: AssessmentRecords; prior?: AssessmentRecords | undefined; reportDate: string }
  | { kind: 'portfolio'; records: BundleRecords; reportDate: string };
/** A portfolio arrives in parts: records a few hundred at a time, then the signal to start. */
export type ReportPart =
  { kind: 'records'; type: EntityType; records: unknown[] } | { kind: 'portfolio-ready'; reportDate: string };

export type ReportMessage =
  | { kind: 'progress'; label: string; done: number; total: number }
  | { kind: 'done'; pdf: Uint8Array<ArrayBuffer> }
  | { kind: 'error'; message: string };

const post = (message: ReportMessage, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error('The report font is missing from the app.');
  return new Uint8Array(await response.arrayBuffer());
}

const arrived = Object.fromEntries(entityTypes.map((t) => [t, [] as unknown[]])) as Record<EntityType, unknown[]>;

self.onmessage = (event: MessageEvent<ReportTask | ReportPart>) => {
  const message = event.data;
  if (message.kind === 'records') arrived[message.type].push(...message.records);
  else if (message.kind === 'portfolio-ready')
    void run({ kind: 'portfolio', records: arrived as unknown as BundleRecords, reportDate: message.reportDate });
  else void run(message);
};

async function run(task: ReportTask): Promise<void> {
  try {
    post({ kind: 'progress', label: 'Loading the font…', done: 0, total: 1 });
    const fonts: ReportFonts = { regular: await fontBytes(regularUrl), bold: await fontBytes(boldUrl) };
    const progress = (label: string, done: number, total: number) => post({ kind: 'progress', label, done, total });
    let bytes: Uint8Array;
    if (task.kind === 'clinic') {
      progress('Working out the findings…', 0, 1);
      bytes = clinicReportPdf(buildClinicReport(task.records, task.reportDate, task.prior), fonts, progress);
    } else {
      const report = buildPortfolioReport(task.records, task.reportDate, (done, total) =>
        progress('Working out each clinic’s findings…', done, total),
      );
      bytes = portfolioReportPdf(report, fonts, progress);
    }
    const pdf = new Uint8Array(bytes);
    post({ kind: 'done', pdf }, [pdf.buffer]);
  } catch (error) {
    post({ kind: 'error', message: plainError(error, 'The report could not be made.') });
  }
}
