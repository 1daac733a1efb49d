/** The sample clinic's plan: its records, what the rules make of them, its plan rows and the workbook's input. */
import { planRowsOf } from '../../shared/integration/planRows';
import { planWorkbookInput } from '../../shared/integration/planSheets';
import { assessmentRecordsFrom } from '../../shared/report/assessmentsInFile';
import { assessRecords } from '../../shared/rules/assessRecords';
import { sampleRecords } from '../../shared/sample/sampleRecords';

export async function samplePlan() {
  const bundle = await sampleRecords('test', '2026-11-28');
  const records = assessmentRecordsFrom(bundle, bundle.assessment[0]!.id);
  if (!records) throw new Error('no sample assessment');
  const assessed = assessRecords(records, '2026-11-28');
  const plan = await planRowsOf(records, assessed.findings);
  return { records, assessed, plan, input: planWorkbookInput(records, assessed, plan) };
}
