import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planCsv } from '../../../../shared/integration/planCsv';
import { PLAN_FILE_LIMITS, readPlanFile } from '../../../../shared/integration/planSheetRead';
import { PLAN_HEADER_ROW, PLAN_SHEET, planWorkbook } from '../../../../shared/integration/planWorkbook';
import { expectPlainSentence } from '../../../support/plainSentence';
import { buildZip } from '../../../support/zipBuilder';
import { samplePlan } from '../../../support/samplePlan';

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  const message = await readPlanFile(bytes, name).then(
    () => '(read without complaint)',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  expectPlainSentence(message);
  return message;
}

const text = (s: string) => new TextEncoder().encode(s);
const csvOf = (lines: string[]) => text(`\uFEFF${lines.join('\r\n')}\r\n`);
const HEAD = 'Finding key,Severity,Finding,Owner,Target date,Status,Cost band';

describe('an edited plan file that is refused whole, with one sentence', () => {
  it('holds a formula in a column read back', async () => {
    const { input } = await samplePlan();
    const book = new ExcelJS.Workbook();
    const bytes = await planWorkbook(input);
    await book.xlsx.load(bytes.buffer);
    book
      .getWorksheet(PLAN_SHEET)!
      .getRow(PLAN_HEADER_ROW + 3)
      .getCell(6).value = {
      formula: 'HYPERLINK("http://evil.example","Owner")',
      result: 'Owner',
    };
    const edited = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await refusal(edited, 'plan.xlsx')).toBe(
      `Row ${PLAN_HEADER_ROW + 3} of plan.xlsx: the Owner cell holds a formula, and the plan reads typed values only.`,
    );
  });

  it('has a cell far to the right on its plan sheet: refused quickly, without visiting the empty columns', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(PLAN_SHEET);
    sheet.getRow(1).values = ['Finding key', 'Owner'];
    for (let r = 2; r <= 200; r++) {
      sheet.getCell(r, 1).value = `k:${r}`;
      sheet.getCell(r, 16_384).value = 'x';
    }
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    expect(bytes.byteLength).toBeLessThan(40_000);
    const started = performance.now();
    expect(await refusal(bytes, 'wide.xlsx')).toBe(
      'The file wide.xlsx has a value in column 16,384 of row 2 of its plan sheet, wider than any plan (60 columns).',
    );
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('reads an emptied Status or Cost band cell as no change, not as Not started or Not estimated', async () => {
    const rows = await readPlanFile(
      csvOf(['Finding key,Owner,Status,Cost band', 'a:1,Dana,,', 'b:2,Sam,Blocked,under-1k']),
      'plan.csv',
    );
    expect(rows[0]).toEqual({ row: 2, findingKey: 'a:1', findingTitle: '', owner: 'Dana' });
    expect(rows[1]).toMatchObject({ status: 'blocked', costBand: 'under-1k' });
  });

  it('finds the key column of an unnamed sheet by any spelling the reader takes ("FINDING_KEY")', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sheet1');
    sheet.getRow(1).values = ['FINDING_KEY', 'Owner'];
    sheet.getRow(2).values = ['a:1', 'Dana'];
    const rows = await readPlanFile(new Uint8Array(await book.xlsx.writeBuffer()), 'plan.xlsx');
    expect(rows).toEqual([{ row: 2, findingKey: 'a:1', findingTitle: '', owner: 'Dana' }]);
  });

  it('is a ZIP archive but no workbook, a zip bomb, or one whose entry unpacks past what it declares', async () => {
    const notes = buildZip([{ name: 'notes.txt', data: text('hello'), deflate: true }]);
    expect(await refusal(notes, 'plan.xlsx')).toBe('The file plan.xlsx is a ZIP archive, not an XLSX workbook.');
    const zeros = new Uint8Array(PLAN_FILE_LIMITS.unpacked + 1024);
    const bomb = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros, deflate: true }]);
    expect(bomb.byteLength).toBeLessThan(200_000);
    expect(await refusal(bomb, 'plan.xlsx')).toBe(
      'The file plan.xlsx unpacks to more than 50 MB, far more than a plan.',
    );
    const lying = buildZip([
      { name: 'xl/workbook.xml', data: new Uint8Array(5_000_000), deflate: true, declaredSize: 1000 },
    ]);
    expect(await refusal(lying, 'plan.xlsx')).toBe(
      'The file plan.xlsx unpacks xl/workbook.xml to more than its directory says (a zip bomb).',
    );
  });

  it('is too large, random bytes, an old Excel file or empty', async () => {
    expect(await refusal(new Uint8Array(PLAN_FILE_LIMITS.bytes + 1), 'plan.csv')).toBe(
      'The file plan.csv is 10.0 MB; a plan file is at most 10 MB.',
    );
    const random = new Uint8Array(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 256;
    expect(await refusal(random, 'plan.bin')).toBe('The file plan.bin is neither an XLSX workbook nor a CSV file.');
    expect(await refusal(random, 'plan.xlsx')).toBe('The file plan.xlsx is named .xlsx but is not an XLSX workbook.');
    expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), 'plan.xls')).toBe(
      'The file plan.xls is an Excel 97–2003 workbook: save it as .xlsx or .csv and import that.',
    );
    expect(await refusal(new Uint8Array(), 'plan.csv')).toBe('The file plan.csv is empty.');
  });

  it('is a CSV without the key column, with a key twice, a bad date, status or cost band, or a formula', async () => {
    expect(await refusal(csvOf(['Severity,Finding,Owner', 'High,Shared admin account,Dana']), 'plan.csv')).toBe(
      'The file plan.csv has no “Finding key” column, so no row can be matched to a finding: export the plan again and edit that file.',
    );
    expect(await refusal(csvOf([HEAD, 'a:1,High,A,,,,', 'b:2,High,B,,,,', 'a:1,High,A again,,,,']), 'plan.csv')).toBe(
      'The file plan.csv has the finding key “a:1” in rows 2 and 4: each finding may appear once.',
    );
    expect(await refusal(csvOf([HEAD, 'a:1,High,A,,2027-02-30,,']), 'plan.csv')).toBe(
      'Row 2 of plan.csv: the target date “2027-02-30” is not a date written as YYYY-MM-DD.',
    );
    expect(await refusal(csvOf([HEAD, 'a:1,High,A,,15/01/2027,,']), 'plan.csv')).toMatch(/is not a date/);
    expect(await refusal(csvOf([HEAD, 'a:1,High,A,,,Later,']), 'plan.csv')).toBe(
      'Row 2 of plan.csv: the status “Later” is not one of Not started, In progress, Blocked or Done.',
    );
    expect(await refusal(csvOf([HEAD, 'a:1,High,A,,,,cheap']), 'plan.csv')).toBe(
      'Row 2 of plan.csv: the cost band “cheap” is not one of the bands listed on the About sheet.',
    );
    expect(await refusal(csvOf([HEAD, 'a:1,High,A,=1+1,,,']), 'plan.csv')).toBe(
      'Row 2 of plan.csv: the Owner cell holds a formula, and the plan reads typed values only.',
    );
    expect(await refusal(csvOf([HEAD, `a:1,High,A,${'x'.repeat(201)},,,`]), 'plan.csv')).toBe(
      'Row 2 of plan.csv: the owner run to 201 characters; the plan keeps up to 200.',
    );
  });
});

describe('an edited plan file that is read', () => {
  it('takes labels or codes, in any case or dash, and a CSV in another column order or with semicolons', async () => {
    const rows = await readPlanFile(
      csvOf([
        'Status;Cost band;Finding key;Target date;Milestones',
        'in-progress;$1,000 - $10,000;a:1;2027-03-01;"[x] 2027-01-10 Order it\n[ ] Install it"',
        'BLOCKED;1k-10k;b:2;;',
      ]),
      'plan.csv',
    );
    expect(rows).toEqual([
      {
        row: 2,
        findingKey: 'a:1',
        findingTitle: '',
        status: 'in-progress',
        costBand: '1k-10k',
        targetDate: '2027-03-01',
        milestones: [
          { text: 'Order it', due: '2027-01-10', done: true },
          { text: 'Install it', due: '', done: false },
        ],
      },
      {
        row: 3,
        findingKey: 'b:2',
        findingTitle: '',
        status: 'blocked',
        costBand: '1k-10k',
        targetDate: '',
        milestones: [],
      },
    ]);
  });

  it('finds the plan in a workbook by its key column, whatever the sheet is called and the columns’ order', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Notes').addRow(['Nothing to read here']);
    const sheet = book.addWorksheet('Remediation');
    sheet.addRow(['Comments', 'STATUS', 'finding key', 'Target Date', 'Our own column']);
    sheet.addRow([
      { richText: [{ text: 'Call ' }, { text: 'the vendor', font: { bold: true } }] },
      'Done',
      'a:1',
      new Date('2027-04-01T00:00:00Z'),
      { formula: 'TODAY()', result: 1 },
    ]);
    const rows = await readPlanFile(new Uint8Array(await book.xlsx.writeBuffer()), 'edited.xlsx');
    expect(rows).toEqual([
      {
        row: 2,
        findingKey: 'a:1',
        findingTitle: '',
        comments: 'Call the vendor',
        status: 'done',
        targetDate: '2027-04-01',
      },
    ]);
  });

  it('reads a CSV a spreadsheet saved in the Windows code page', async () => {
    const latin = Uint8Array.from(
      [...'Finding key,Owner\r\na:1,Ren', 0xe9, ...' Dub', 0xe9, '\r\n'].flatMap((c) =>
        typeof c === 'number' ? [c] : [...c].map((ch) => ch.charCodeAt(0)),
      ),
    );
    expect(await readPlanFile(latin, 'plan.csv')).toEqual([
      { row: 2, findingKey: 'a:1', findingTitle: '', owner: 'René Dubé' },
    ]);
  });

  it('reads the CSV export of a real plan back as the same values', async () => {
    const { plan } = await samplePlan();
    const rows = await readPlanFile(text(planCsv(plan)), 'plan.csv');
    expect(rows.map((r) => [r.findingKey, r.status, r.targetDate])).toEqual(
      plan.map((p) => [p.findingKey, p.status, p.targetDate]),
    );
  });
});
