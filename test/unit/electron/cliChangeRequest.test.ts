import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cliRunner';
import { makeTempDir } from '../../support/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir('clinic-assessor-cr-')));
afterAll(() => cleanup());

describe('change-request on the command line', { timeout: 300_000 }, () => {
  it('writes the change request of a file as CSV and XLSX, proposed when none is recorded', async () => {
    expect(cli(['demo', '--out', dir]).code).toBe(0);
    const file = path.join(dir, 'sample.cabundle');
    const csvOut = path.join(dir, 'cr.csv');
    const r = cli(['change-request', file, '--out', csvOut], 'demo');
    expect(r).toMatchObject({
      code: 0,
      out: expect.stringMatching(
        /^Wrote .*cr\.csv: 11 changes for Lakeside Family Health \(sample\), from the target design proposed from its flows/,
      ),
    });
    const csv = await readFile(csvOut, 'utf8');
    expect(csv.startsWith('\uFEFFSource,Destination,Service,Action,Reason,Owner,Change\r\n')).toBe(true);
    expect(csv).toContain('Internet,PM-SRV');

    const xlsxOut = path.join(dir, 'cr.xlsx');
    expect(cli(['change-request', file, '--out', xlsxOut], 'demo').code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxOut);
    expect(book.getWorksheet('Change request')!.rowCount).toBe(4 + 11);

    expect(cli(['change-request', file, '--out', path.join(dir, 'cr.pdf')], 'demo')).toMatchObject({
      code: 1,
      err: 'change-request writes a .csv or an .xlsx file: name --out accordingly.\n',
    });
  });
});
