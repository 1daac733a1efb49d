/** What the commands that export one assessment as a table share: the format by --out's extension, and the assessment opened. */
import type { AssessmentRecords } from '../../shared/model/assessmentRecords';
import { assessmentRecordsFrom, assessmentsIn } from '../../shared/report/assessmentsInFile';
import { CliError, type Io } from './io';
import { openingKey } from './keys';
import { openContents } from './openInput';
import type { OpenOptions } from './verify';

export function tableFormat(out: string, command: string): 'xlsx' | 'csv' {
  if (/\.xlsx$/i.test(out)) return 'xlsx';
  if (/\.csv$/i.test(out)) return 'csv';
  throw new CliError(`${command} writes a .csv or an .xlsx file: name --out accordingly.`);
}

/** The records of one assessment of the file: the given one, else the latest. */
export async function openOneAssessment(
  file: string,
  options: OpenOptions & { assessment?: string | undefined },
  io: Io,
  command: string,
): Promise<AssessmentRecords> {
  const [opened] = await openContents([file], await openingKey(options.key, io), command);
  if (!opened) throw new CliError(`${command} needs a FILE.`);
  const records = opened.content.records;
  const chosen = options.assessment ?? assessmentsIn(records)[0]?.id;
  const selected = chosen ? assessmentRecordsFrom(records, chosen) : undefined;
  if (!selected)
    throw new CliError(
      options.assessment ? `The file holds no assessment ${options.assessment}.` : 'The file holds no assessment.',
    );
  return selected;
}
