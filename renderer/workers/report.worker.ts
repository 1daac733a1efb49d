/// <reference lib="webworker" />
/**
 * Lays out PDF reports off the UI thread. The font is the app's own copy of DejaVu
 * Sans, fetched from the app's origin: nothing leaves the machine.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import type { AssessmentRecords } from '../../shared/report/assessmentRecords';
import { buildClinicReport } from '../../shared/report/clinicReport';
import { clinicReportPdf } from '../../shared/report/pdf/clinicReportPdf';
import type { ReportFonts } from '../../shared/report/pdf/reportWriter';

export interface ReportTask {
  records: AssessmentRecords;
  reportDate: string;
}

export type ReportMessage = { kind: 'progress'; label: string; done: number; total: number } | { kind: 'done'; pdf: Uint8Array<ArrayBuffer> } | { kind: 'error'; message: string };

const post = (message: ReportMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error('The report font is missing from the app.');
  return new Uint8Array(await response.arrayBuffer());
}

self.onmessage = async (event: MessageEvent<ReportTask>) => {
  try {
    post({ kind: 'progress', label: 'Loading the font…', done: 0, total: 1 });
    const fonts: ReportFonts = { regular: await fontBytes(regularUrl), bold: await fontBytes(boldUrl) };
    post({ kind: 'progress', label: 'Working out the findings…', done: 0, total: 1 });
    const report = buildClinicReport(event.data.records, event.data.reportDate);
    const pdf = new Uint8Array(clinicReportPdf(report, fonts, (label, done, total) => post({ kind: 'progress', label, done, total })));
    post({ kind: 'done', pdf }, [pdf.buffer]);
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : 'The report could not be made.' });
  }
};
