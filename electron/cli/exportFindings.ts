/** `export-findings`: the findings register of an assessment file, as JSON for the firm's GRC and ticketing tools. */
import { createRequire } from 'node:module';
import type { BundleRecords } from '../../shared/bundle/bundleContent';
import { buildFindingsRegister } from '../../shared/integration/findingsRegister';
import { lineageOf } from '../../shared/integration/stableFindingKey';
import { entityTypes } from '../../shared/model/entities';
import { count } from '../../shared/model/plural';
import type { ActivePack } from '../../shared/reference/contentPack';
import { assessmentRecordsFrom, assessmentsIn } from '../../shared/report/assessmentsInFile';
import { CliError, writeOutput, type Io } from './io';
import { openingKey } from './keys';
import { openContents } from './openInput';
import { checkedDate } from './reports';
import type { OpenOptions } from './verify';

export interface ExportFindingsOptions extends OpenOptions {
  /** The one assessment to export; every assessment in the file without it. */
  assessment?: string;
  /** Where the JSON goes; stdout without it. */
  out?: string;
  pack?: ActivePack | undefined;
  /** The register's date, YYYY-MM-DD (default today), as `report`'s: an assessment without a start date is judged as of it. */
  date?: string | undefined;
}

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** Every record of the file, whatever its kind: the `carriedFrom` chains run through all of them. */
const everyRecord = (records: BundleRecords) =>
  entityTypes.flatMap((t) => records[t] as { id: string; data: object }[]);

export async function exportFindings(file: string, options: ExportFindingsOptions, io: Io): Promise<void> {
  if (options.out !== undefined && !/\.json$/i.test(options.out))
    throw new CliError('export-findings writes a .json file: name --out accordingly.');
  const date = checkedDate(options.date);
  const [opened] = await openContents([file], await openingKey(options.key, io), 'export-findings');
  if (!opened) throw new CliError('export-findings needs a FILE.');
  const records = opened.content.records;
  const ids = options.assessment ? [options.assessment] : assessmentsIn(records).map((a) => a.id);
  const assessments = ids.flatMap((id) => assessmentRecordsFrom(records, id) ?? []);
  if (!assessments.length)
    throw new CliError(
      options.assessment ? `The file holds no assessment ${options.assessment}.` : 'The file holds no assessment.',
    );
  const register = await buildFindingsRegister(assessments, {
    generatedAt: new Date().toISOString(),
    date,
    toolVersion: version,
    lineage: lineageOf(everyRecord(records)),
    ...(options.pack ? { pack: options.pack } : {}),
  });
  const json = `${JSON.stringify(register, null, 2)}\n`;
  if (options.out === undefined) {
    io.out(json.trimEnd());
    return;
  }
  await writeOutput(options.out, new TextEncoder().encode(json));
  const findings = register.assessments.reduce((n, a) => n + a.findings.length, 0);
  io.out(`Wrote ${options.out}: ${count(findings, 'finding')} of ${count(assessments.length, 'assessment')}.`);
}
