import { CLASSIFICATION } from '../../../../shared/report/clinicReport';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planChanges, applyPlanChanges } from '../../../../shared/integration/planChanges';
import { planCsv } from '../../../../shared/integration/planCsv';
import { readPlanFile } from '../../../../shared/integration/planSheetRead';
import { PLAN_HEADER_ROW, PLAN_SHEET, planWorkbook } from '../../../../shared/integration/planWorkbook';
import { planItemData } from '../../../../shared/model/planItem';
import { severityColours } from '../../../../shared/model/riskColours';
import { samplePlan } from '../../../support/samplePlan';

async function load(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

describe('the plan workbook', () => {
  it('reads back with its sheets, frozen headers, filters, lists, colours and content', async () => {
    const { input, plan, records } = await samplePlan();
    const book = await load(await planWorkbook(input));
    expect(book.worksheets.map((s) => s.name)).toEqual([PLAN_SHEET, 'Findings', 'Inventory', 'Vendor access', 'About']);
    const sheet = book.getWorksheet(PLAN_SHEET)!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: PLAN_HEADER_ROW });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(PLAN_HEADER_ROW).values).toEqual([
      undefined,
      'Finding key',
      'Severity',
      'Finding',
      'Finding status',
      'References',
      'Owner',
      'Target date',
      'Milestones',
      'Status',
      'Cost band',
      'Comments',
      'Exported as (do not edit)',
    ]);
    expect(sheet.getColumn(12).hidden).toBe(true);
    expect(sheet.getCell('F1').value).toBe('Edit these columns: read back on import');
    expect(sheet.rowCount).toBe(PLAN_HEADER_ROW + plan.length);
    const first = sheet.getRow(PLAN_HEADER_ROW + 1);
    expect(first.getCell(1).value).toBe(plan[0]!.findingKey);
    expect(first.getCell(2).value).toBe('Critical');
    expect(first.getCell(2).fill).toMatchObject({
      fgColor: { argb: `FF${severityColours.critical.slice(1).toUpperCase()}` },
    });
    expect(first.getCell(7).value).toEqual(new Date(`${plan[0]!.targetDate}T00:00:00Z`));
    expect(first.getCell(9).value).toBe('Not started');
    expect(first.getCell(9).dataValidation).toMatchObject({ type: 'list', formulae: ['About!$B$12:$B$15'] });
    const about = book.getWorksheet('About')!;
    expect([12, 13, 14, 15].map((r) => about.getCell(`B${r}`).value)).toEqual([
      'Not started',
      'In progress',
      'Blocked',
      'Done',
    ]);
    expect(first.getCell(10).dataValidation).toMatchObject({ type: 'list', formulae: ['About!$B$16:$B$21'] });
    expect(about.getCell('B21').value).toBe('Over $50,000');
    expect(about.getCell('B3').value).toBe(records.clinic.data.name);
    // The report's classification on the About sheet and on every sheet's printed header and footer.
    expect([about.getCell('A2').value, about.getCell('B2').value]).toEqual(['Classification', CLASSIFICATION]);
    for (const each of book.worksheets) {
      expect(each.headerFooter.oddHeader).toBe(`&C${CLASSIFICATION}`);
      expect(each.headerFooter.oddFooter).toContain(CLASSIFICATION);
    }
    const findings = book.getWorksheet('Findings')!;
    expect(findings.rowCount).toBe(input.findings.length + 1);
    expect(findings.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const inventory = book.getWorksheet('Inventory')!;
    expect(inventory.rowCount).toBe(records.assets.length + 1);
    const xray = inventory.getRows(2, inventory.rowCount - 1)!.find((r) => r.getCell(1).value === 'XRAY-ACQ');
    expect(xray?.getCell(2).value).toBe('Medical device');
    expect(book.getWorksheet('Vendor access')!.getCell('A2').value).toBe(records.vendorLinks[0]!.data.vendor);
  });

  it('edited in a spreadsheet (status, owner, target date) comes back as exactly those changes', async () => {
    const { input, plan } = await samplePlan();
    const book = await load(await planWorkbook(input));
    const sheet = book.getWorksheet(PLAN_SHEET)!;
    const row = sheet.getRow(PLAN_HEADER_ROW + 2);
    row.getCell(6).value = 'Parent IT – network team';
    row.getCell(7).value = new Date('2027-02-15T00:00:00Z');
    row.getCell(9).value = 'In progress';
    const edited = await readPlanFile(new Uint8Array(await book.xlsx.writeBuffer()), 'plan.xlsx');
    expect(edited).toHaveLength(plan.length);
    const review = planChanges(plan, edited);
    const target = plan[1]!;
    expect(review.unchanged).toBe(plan.length - 1);
    expect(review.notApplied).toEqual([]);
    expect(review.changes).toHaveLength(1);
    expect(review.changes[0]).toMatchObject({ findingKey: target.findingKey, row: PLAN_HEADER_ROW + 2 });
    expect(review.changes[0]!.fields).toEqual([
      { field: 'owner', label: 'Owner', before: '', after: 'Parent IT – network team' },
      {
        field: 'targetDate',
        label: 'Target date',
        before: `${target.targetDate} (the default for its severity)`,
        after: '2027-02-15',
      },
      { field: 'status', label: 'Status', before: 'Not started', after: 'In progress' },
    ]);
    const items = applyPlanChanges(review, [target.findingKey]);
    expect(items).toEqual([
      {
        id: target.itemId,
        data: planItemData.parse({
          assessmentId: target.assessmentId,
          findingKey: target.findingKey,
          findingTitle: target.findingTitle,
          owner: 'Parent IT – network team',
          targetDate: '2027-02-15',
          status: 'in-progress',
        }),
      },
    ]);
    expect(applyPlanChanges(review, [])).toEqual([]);
  });
});

describe('the plan as CSV', () => {
  it('starts with a BOM, makes formula starts inert and reads back unchanged', async () => {
    const { plan } = await samplePlan();
    const hostile = plan.map((r, i) =>
      i === 0 ? { ...r, owner: '=HYPERLINK("http://evil.example")', comments: '-1 day, @risk' } : r,
    );
    const csv = planCsv(hostile);
    expect(
      csv.startsWith(
        '\uFEFFFinding key,Severity,Finding,Finding status,References,Owner,Target date,Milestones,Status,Cost band,Comments,Exported as (do not edit)\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"")",`);
    expect(csv).toMatch(/,"'-1 day, @risk",v1 owner:[0-9a-f]{8} targetDate:/);
    const edited = await readPlanFile(new TextEncoder().encode(csv), 'plan.csv');
    expect(edited[0]).toMatchObject({ owner: '=HYPERLINK("http://evil.example")', comments: '-1 day, @risk' });
    expect(planChanges(hostile, edited)).toMatchObject({ changes: [], unchanged: plan.length, notInFile: 0 });
  });
});
