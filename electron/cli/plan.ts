/** `plan`: the remediation plan of an assessment file, as XLSX (with findings, inventory and vendor access) or CSV. */
import { planCsv } from '../../shared/integration/planCsv';
import { planRowsOf } from '../../shared/integration/planRows';
import { planWorkbookInput } from '../../shared/integration/planSheets';
import { count } from '../../shared/model/plural';
import type { ActivePack } from '../../shared/reference/contentPack';
import { assessRecords } from '../../shared/rules/assessRecords';
import { writeOutput, type Io } from './io';
import { openOneAssessment, tableFormat } from './oneAssessment';
import type { OpenOptions } from './verify';

export interface PlanOptions extends OpenOptions {
  assessment?: string;
  /** The content pack findings are judged under (verified already); the built-in data without one. */
  pack?: ActivePack | undefined;
}

/** Writes the plan of one assessment (the latest unless an id is given): its findings that need action and their plan items. */
export async function plan(file: string, out: string, options: PlanOptions, io: Io): Promise<void> {
  const format = tableFormat(out, 'plan');
  const selected = await openOneAssessment(file, options, io, 'plan');
  const assessed = assessRecords(selected, new Date().toISOString().slice(0, 10), options.pack);
  const rows = await planRowsOf(selected, assessed.findings);
  let bytes: Uint8Array;
  if (format === 'csv') bytes = new TextEncoder().encode(planCsv(rows));
  else {
    const { planWorkbook } = await import('../../shared/integration/planWorkbook');
    bytes = await planWorkbook(planWorkbookInput(selected, assessed, rows));
  }
  await writeOutput(out, bytes);
  const planned = rows.filter((r) => r.stored).length;
  io.out(
    `Wrote ${out}: ${count(rows.length, 'plan item')} for ${selected.clinic.data.name || 'the clinic'}, ${planned} of them planned, ${rows.length - planned} with the defaults by severity.`,
  );
}
