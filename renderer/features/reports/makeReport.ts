/**
 * Making a report, as one use case: gather the records (one assessment and the visit it
 * is compared with, or every clinic for the portfolio), lay the PDF (or for one clinic,
 * the Word document) out in the worker with progress and cancel, and save it where the
 * user says. Nothing here knows React.
 */
import type { IpcRequest, IpcResult, SaveFileResult } from '../../../shared/ipc';
import { plainError } from '../../../shared/model/plainIssues';
import type { AssessmentRecords } from '../../../shared/model/assessmentRecords';
import type { ActivePack } from '../../../shared/reference/contentPack';
import type { SaveTaskState } from '../../components/SaveTask';
import { checkIssue, loadAssessmentRecords } from '../../db/assessmentRecords';
import { collectRecords } from '../../db/importExport';
import type { Repositories } from '../../db/repository';
import type { ReportTask } from '../../workers/report.worker';
import type { Progress } from '../../workers/runInWorker';
import type { EvidencePhotos } from '../../../shared/report/reportEvidence';

export interface ReportDeps {
  repos: Repositories;
  /** The platform's save dialog (platform/api.ts). */
  platform: { saveFile(request: IpcRequest<'saveFile'>): Promise<IpcResult<SaveFileResult>> };
  /** The report worker's client (workers/reportInWorker.ts, or the same code in-process in tests). */
  worker: {
    reportInWorker(task: ReportTask, onProgress: Progress, signal?: AbortSignal): Promise<Uint8Array<ArrayBuffer>>;
  };
  /** The evidence photos' bytes for the appendix (reportPhotos.ts); without it, photos are listed only. */
  photos?: (records: AssessmentRecords) => Promise<EvidencePhotos>;
}

export type ReportFormat = 'pdf' | 'docx';

/** What the save dialog offers for each format. */
const fileTypes: Record<ReportFormat, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  docx: { name: 'Word document', extensions: ['docx'] },
};

/** A file name from a title: letters and digits of any script, the rest as dashes. */
export function reportFileName(title: string, kind: string, date: string, format: ReportFormat = 'pdf'): string {
  const stem =
    title
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'clinic';
  return `${stem}-${kind}-${date}.${format}`;
}

export interface ClinicReportChoice {
  records: AssessmentRecords;
  /** The earlier assessment of the clinic to compare with, '' for none. */
  priorId: string;
  reportDate: string;
  /** The content pack in force (useContentPack): the report is judged under it and names it. */
  pack?: ActivePack | undefined;
  /** A PDF (the default) or an editable Word document. */
  format?: ReportFormat;
}

/** The report steps over `deps`; every change of state goes to `onChange`. */
export function reportMaker(deps: ReportDeps, onChange: (state: SaveTaskState) => void = () => undefined) {
  let abort: AbortController | undefined;
  const show = (state: SaveTaskState) => {
    onChange(state);
    return state;
  };

  async function make(
    task: () => Promise<ReportTask>,
    suggestedName: string,
    format: ReportFormat = 'pdf',
  ): Promise<SaveTaskState> {
    if (abort) return { step: 'working', label: '', done: 0, total: 1 };
    const controller = new AbortController();
    abort = controller;
    try {
      show({ step: 'working', label: 'Collecting records…', done: 0, total: 1 });
      const bytes = await deps.worker.reportInWorker(
        await task(),
        (label, done, total) => show({ step: 'working', label, done, total }),
        controller.signal,
      );
      const result = await deps.platform.saveFile({
        title: 'Save report',
        suggestedName,
        filters: [fileTypes[format]],
        bytes,
      });
      if (!result.ok) return show({ step: 'error', message: result.error.message });
      return show(result.value.canceled ? { step: 'idle' } : { step: 'saved', name: result.value.name });
    } catch (error) {
      return show({ step: 'error', message: plainError(error, 'The report could not be made.') });
    } finally {
      abort = undefined;
    }
  }

  return {
    /** One assessment's report, compared with the chosen earlier visit. */
    clinic: ({ records, priorId, reportDate, pack, format = 'pdf' }: ClinicReportChoice) =>
      make(
        async () => ({
          kind: 'clinic',
          records,
          prior: priorId ? ((await loadAssessmentRecords(deps.repos, priorId)) ?? undefined) : undefined,
          reportDate,
          issueCheck: await checkIssue(deps.repos, records.assessment.id),
          pack,
          photos: await deps.photos?.(records),
          format,
        }),
        reportFileName(records.clinic.data.name, 'assessment-report', reportDate, format),
        format,
      ),
    /** The parent firm's report over every clinic on this computer. */
    portfolio: ({ reportDate, pack }: { reportDate: string; pack?: ActivePack | undefined }) =>
      make(
        async () => ({
          kind: 'portfolio',
          records: await collectRecords(deps.repos, { kind: 'all' }),
          reportDate,
          pack,
        }),
        reportFileName('clinics', 'portfolio-report', reportDate),
      ),
    cancel: () => abort?.abort(),
  };
}
