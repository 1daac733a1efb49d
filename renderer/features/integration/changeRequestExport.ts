/**
 * Saving the firewall change request as CSV or XLSX through the app's save dialog. The
 * XLSX writer (exceljs) is loaded only when asked for, so it stays out of the first screen.
 */
import type { ChangeRequestRow } from '../../../shared/integration/changeRequest';
import { changeRequestCsv } from '../../../shared/integration/changeRequestCsv';
import type { ChangeRequestTitle } from '../../../shared/integration/changeRequestXlsx';
import { plainError } from '../../../shared/model/plainIssues';
import { platform } from '../../platform/api';
import { saveTableFile, type TableFormat } from '../../platform/saveTableFile';
import { reportFileName } from '../reports';

export type ChangeRequestFormat = TableFormat;

/** Saves the change request; returns the saved file's name, or '' when the user cancelled. Throws a message in one sentence. */
export async function saveChangeRequest(
  rows: readonly ChangeRequestRow[],
  title: ChangeRequestTitle,
  format: ChangeRequestFormat,
): Promise<string> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    if (format === 'csv') bytes = new TextEncoder().encode(changeRequestCsv(rows));
    else {
      const { changeRequestXlsx } = await import('../../../shared/integration/changeRequestXlsx');
      bytes = await changeRequestXlsx(rows, title);
    }
  } catch (error) {
    throw new Error(plainError(error, 'The change request could not be made.'));
  }
  return saveTableFile(platform, {
    title: 'Save the firewall change request',
    suggestedName: reportFileName(title.clinic, 'firewall-change-request', title.date).replace(/\.pdf$/, `.${format}`),
    format,
    bytes,
  });
}
