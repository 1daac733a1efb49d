/**
 * Saving the remediation plan as an Excel workbook or a CSV through the app's save
 * dialog. The workbook writer (exceljs) is loaded only when asked for, so it stays out
 * of the first screen.
 */
import { planCsv } from '../../../shared/integration/planCsv';
import type { PlanRow } from '../../../shared/integration/planRows';
import { planWorkbookInput, type PlanWorkbookInput } from '../../../shared/integration/planSheets';
import type { AssessmentRecords } from '../../../shared/model/assessmentRecords';
import type { AssessedRecords } from '../../../shared/rules/assessRecords';
import { plainError } from '../../../shared/model/plainIssues';
import { saveTableFile, type TableFileSaver, type TableFormat } from '../../platform/saveTableFile';
import { reportFileName } from '../reports';

export type PlanFormat = TableFormat;

/** What the files are made of: the assessment, what the rules made of it, and its plan. */
export interface PlanSource {
  records: Pick<AssessmentRecords, 'clinic' | 'assessment'>;
  assessed: Pick<AssessedRecords, 'findings' | 'context'>;
  rows: readonly PlanRow[];
}

export interface PlanExportDeps {
  platform: TableFileSaver;
  /** The XLSX writer; by default planWorkbook, loaded on first use. */
  workbook?: (input: PlanWorkbookInput) => Promise<Uint8Array<ArrayBuffer>>;
}

const loadWorkbook: NonNullable<PlanExportDeps['workbook']> = async (input) => {
  const { planWorkbook } = await import('../../../shared/integration/planWorkbook');
  return planWorkbook(input);
};

export const planFileName = (input: Pick<PlanWorkbookInput, 'clinic' | 'date'>, format: PlanFormat) =>
  reportFileName(input.clinic, 'remediation-plan', input.date).replace(/\.pdf$/, `.${format}`);

/** Saves the plan; returns the saved file's name, or '' when the user cancelled. Throws a message in one sentence. */
export async function savePlan(deps: PlanExportDeps, source: PlanSource, format: PlanFormat): Promise<string> {
  const input = planWorkbookInput(source.records, source.assessed, source.rows);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes =
      format === 'csv' ? new TextEncoder().encode(planCsv(source.rows)) : await (deps.workbook ?? loadWorkbook)(input);
  } catch (error) {
    throw new Error(plainError(error, 'The plan could not be made, so no file was saved.'));
  }
  return saveTableFile(deps.platform, {
    title: 'Save the remediation plan',
    suggestedName: planFileName(input, format),
    format,
    bytes,
  });
}
