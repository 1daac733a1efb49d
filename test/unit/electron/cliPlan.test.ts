import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanFile } from '../../../shared/integration/planSheetRead';
import { PLAN_HEADER_ROW, PLAN_SHEET } from '../../../shared/integration/planWorkbook';
import { cli } from '../../support/cliRunner';
import { byPassphrase, writeSample } from '../../support/cliFiles';
import { samplePlan } from '../../support/samplePlan';
import { makeTempDir } from '../../support/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir('clinic-assessor-plan-')));
afterAll(() => cleanup());

describe('plan on the command line', { timeout: 300_000 }, () => {
  it('writes the plan of an assessment file as XLSX and CSV, and refuses another format', async () => {
    const file = await writeSample(dir, 'sample.cabundle', [byPassphrase('plan pass')]);
    const { plan, records } = await samplePlan();
    const xlsxOut = path.join(dir, 'plan.xlsx');
    const r = cli(['plan', file, '--out', xlsxOut], 'plan pass');
    expect(r).toMatchObject({
      code: 0,
      out: `Wrote ${xlsxOut}: ${plan.length} plan items for ${records.clinic.data.name}, 0 of them planned, ${plan.length} with the defaults by severity.\n`,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxOut);
    expect(book.worksheets.map((s) => s.name)).toEqual([PLAN_SHEET, 'Findings', 'Inventory', 'Vendor access', 'About']);
    const sheet = book.getWorksheet(PLAN_SHEET)!;
    expect(sheet.rowCount).toBe(PLAN_HEADER_ROW + plan.length);
    // The file's records have ids of their own: the same findings, by title, severity and date.
    const fromXlsx = await readPlanFile(new Uint8Array(await readFile(xlsxOut)), 'plan.xlsx');
    expect(fromXlsx.map((r) => r.findingTitle).sort()).toEqual(plan.map((p) => p.findingTitle).sort());
    expect(sheet.getCell(PLAN_HEADER_ROW + 1, 2).value).toBe('Critical');
    expect(fromXlsx.map((r) => r.targetDate)).toEqual(plan.map((p) => p.targetDate));

    const csvOut = path.join(dir, 'plan.csv');
    expect(cli(['plan', file, '--out', csvOut], 'plan pass').code).toBe(0);
    const csv = await readFile(csvOut, 'utf8');
    expect(csv.startsWith('\uFEFFFinding key,Severity,Finding,')).toBe(true);
    expect(csv.split('\r\n')[1]?.startsWith(`${fromXlsx[0]!.findingKey},Critical,`)).toBe(true);
    const fromCsv = await readPlanFile(new TextEncoder().encode(csv), 'plan.csv');
    expect(fromCsv).toEqual(fromXlsx.map((r) => ({ ...r, row: r.row - 1 })));

    expect(cli(['plan', file, '--out', path.join(dir, 'plan.pdf')], 'plan pass')).toMatchObject({
      code: 1,
      err: 'plan writes a .csv or an .xlsx file: name --out accordingly.\n',
    });
    expect(cli(['plan', file], 'plan pass')).toMatchObject({
      code: 1,
      err: 'plan needs a FILE and --out PLAN.xlsx or PLAN.csv.\n',
    });
  });
});
