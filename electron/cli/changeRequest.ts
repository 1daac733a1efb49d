/** `change-request`: the firewall change request of an assessment file, as CSV or XLSX. */
import { changeRequestRows } from '../../shared/integration/changeRequest';
import { changeRequestCsv } from '../../shared/integration/changeRequestCsv';
import { namingOf, proposalOf } from '../../shared/integration/targetDesignOf';
import { diffTargetDesign } from '../../shared/integration/targetDiff';
import { count } from '../../shared/model/plural';
import { packLabel } from '../../shared/reference/contentPack';
import { assessRecords } from '../../shared/rules/assessRecords';
import { writeOutput, type Io } from './io';
import { openOneAssessment, tableFormat } from './oneAssessment';
import type { OpenOptions } from './verify';

export interface ChangeRequestOptions extends OpenOptions {
  assessment?: string;
}

/**
 * Writes the change request of one assessment (the latest unless an id is given): from
 * its target design, or, when it has none yet, from the design proposed from its flows.
 */
export async function changeRequest(file: string, out: string, options: ChangeRequestOptions, io: Io): Promise<void> {
  const format = tableFormat(out, 'change-request');
  const selected = await openOneAssessment(file, options, io, 'change-request');
  const date = selected.assessment.data.startDate || new Date().toISOString().slice(0, 10);
  const { context } = assessRecords(selected, date);
  const proposed = context.targetFlows.length === 0;
  const targets = proposed
    ? proposalOf(context, selected.assessment.id).map((data, i) => ({ id: `proposed-${i}`, data }))
    : context.targetFlows;
  const rows = changeRequestRows(diffTargetDesign(context.flows, targets, context.vendorLinks), namingOf(context));
  let bytes: Uint8Array;
  if (format === 'csv') bytes = new TextEncoder().encode(changeRequestCsv(rows));
  else {
    const { changeRequestXlsx } = await import('../../shared/integration/changeRequestXlsx');
    bytes = await changeRequestXlsx(rows, {
      clinic: selected.clinic.data.name || 'Unnamed clinic',
      assessment: selected.assessment.data.title || 'Assessment',
      date,
      pack: packLabel(context.pack),
    });
  }
  await writeOutput(out, bytes);
  io.out(
    `Wrote ${out}: ${count(rows.length, 'change')} for ${selected.clinic.data.name || 'the clinic'}${proposed ? ', from the target design proposed from its flows (none is recorded)' : ''}.`,
  );
}
