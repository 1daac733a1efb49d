import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../electron/cli/reportFonts';
import { mergeRecordSets } from '../../../shared/merge/mergeRecordSets';
import { portfolioReportPdf } from '../../../shared/report/pdf/portfolioReportPdf';
import { buildPortfolioReport } from '../../../shared/report/portfolioReport';
import { cli } from '../../support/cliRunner';
import { flatText } from '../../support/pdfTools';
import { clinicPart, writeClinicFiles } from '../../support/portfolioFiles';
import { portfolioRecords } from '../../support/portfolioFixture';
import { makeTempDir } from '../../support/tempDir';

describe('portfolio on the command line, one file at a time', { timeout: 300_000 }, () => {
  let dir = '';
  let cleanup = async () => {};
  beforeAll(async () => ({ dir, cleanup } = await makeTempDir('clinic-assessor-portfolio-')));
  afterAll(() => cleanup());

  it('gives the same PDF as the merged records of its files', async () => {
    const records = await portfolioRecords(
      ['Clínica São José', 'Praxis Zürich-Nord', 'Łódź Family Care', 'Bay Clinic'],
      1,
    );
    const files = await writeClinicFiles(dir, records, 'demo');
    const out = path.join(dir, 'portfolio.pdf');
    const r = cli(['portfolio', ...files, '--out', out, '--date', '2026-11-28'], 'demo');
    expect(r).toMatchObject({
      code: 0,
      err: '',
      out: expect.stringMatching(/: 4 clinics, \d+ with critical findings\.\n$/),
    });
    const merged = mergeRecordSets(records.clinic.map((c) => ({ records: clinicPart(records, c.id) }))).records;
    const expected = portfolioReportPdf(buildPortfolioReport(merged, '2026-11-28'), await loadReportFonts());
    const written = new Uint8Array(await readFile(out));
    expect(flatText(written)).toBe(flatText(expected));
    expect(flatText(written)).toContain('Praxis Zürich-Nord');
    expect(Buffer.from(written).equals(Buffer.from(expected))).toBe(true);
  });

  it('says when the same assessment differs between files, and names a file it cannot read', async () => {
    const records = await portfolioRecords(['Harbour Clinic'], undefined);
    const [file] = await writeClinicFiles(dir, records, 'demo');
    const asset = records.asset[0]!;
    records.asset = records.asset.filter((a) => a !== asset);
    records.assessment[0]!.stamps = {
      ...records.assessment[0]!.stamps,
      title: { t: '999999999999999-00000', d: 'x', c: 9 },
    };
    const other = path.join(dir, 'edited');
    await mkdir(other);
    const [edited] = await writeClinicFiles(other, records, 'demo');
    const out = path.join(dir, 'twice.pdf');
    const r = cli(['portfolio', file!, edited!, '--out', out, '--date', '2026-11-28'], 'demo');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(
      /^The assessment ".*" of Harbour Clinic differs between the input files: the portfolio shows the copy changed last; merge the files first to combine them\.\n$/,
    );
    expect(cli(['portfolio', file!, path.join(dir, 'nothing.cabundle'), '--out', out], 'demo')).toMatchObject({
      code: 1,
      err: `Cannot read ${path.join(dir, 'nothing.cabundle')}: no such file.\n`,
    });
  });
});
