/**
 * The report worker's API called directly, as its worker runs it, with the app's real
 * fonts: a clinic's report, and the portfolio from records added in parts.
 */
import { proxy } from 'comlink';
import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import { entityTypes } from '../../../../shared/model/entities';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { reportApi } from '../../../../renderer/workers/reportApi';
import { WorkerTaskError } from '../../../../renderer/workers/workerTask';
import { openDocx, textOf } from '../../../support/docxTools';
import { flatText } from '../../../support/pdfTools';
import { portfolioRecords } from '../../../support/portfolioFixture';

const names = ['Hawthorn Family Practice', 'Riverside Imaging Centre'];
const records = await portfolioRecords(names);

describe('the report worker API', { timeout: 120_000 }, () => {
  it('makes a clinic’s report, telling its progress', async () => {
    const labels = new Set<string>();
    const assessment = records.assessment.find((a) => a.data.startDate === '2026-11-20');
    const pdf = await reportApi(loadReportFonts).clinic(
      { kind: 'clinic', records: assessmentRecordsFrom(records, assessment!.id)!, reportDate: '2026-11-28' },
      proxy((label: string) => void labels.add(label)),
    );
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(flatText(pdf)).toContain('CONFIDENTIAL — CONTAINS SECURITY FINDINGS');
    expect([...labels].slice(0, 2)).toEqual(['Loading the font…', 'Working out the findings…']);
  });

  it('makes a clinic’s report as a Word document when asked, telling its progress', async () => {
    const labels = new Set<string>();
    const assessment = records.assessment.find((a) => a.data.startDate === '2026-11-20');
    const docx = await reportApi(loadReportFonts).clinic(
      {
        kind: 'clinic',
        records: assessmentRecordsFrom(records, assessment!.id)!,
        reportDate: '2026-11-28',
        format: 'docx',
      },
      proxy((label: string) => void labels.add(label)),
    );
    expect(textOf(openDocx(docx).document)).toContain(names[0]);
    expect(labels).toContain('Laying out findings…');
  });

  it('makes the portfolio of every record added in parts', async () => {
    const api = reportApi(loadReportFonts);
    for (const type of entityTypes)
      for (let i = 0; i < records[type].length; i += 7) api.addRecords(type, records[type].slice(i, i + 7));
    const text = flatText(
      await api.portfolio(
        '2026-11-28',
        proxy(() => undefined),
      ),
    );
    for (const name of names) expect(text).toContain(name);
  });

  it('fails in one plain sentence when the fonts are missing', async () => {
    const api = reportApi(() => Promise.reject(new Error('The report font is missing from the app.')));
    const failure = await api
      .portfolio(
        '2026-11-28',
        proxy(() => undefined),
      )
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkerTaskError);
    expect(failure).toMatchObject({ message: 'The report font is missing from the app.', code: undefined });
  });
});
