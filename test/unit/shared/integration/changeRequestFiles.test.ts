import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ChangeRequestRow } from '../../../../shared/integration/changeRequest';
import { changeRequestCsv, csvCell } from '../../../../shared/integration/changeRequestCsv';
import {
  CHANGE_REQUEST_HEADER_ROW,
  CHANGE_REQUEST_SHEET,
  changeRequestXlsx,
} from '../../../../shared/integration/changeRequestXlsx';

const hostile = '=HYPERLINK("http://evil.example","click")';
const rows: ChangeRequestRow[] = [
  {
    source: hostile,
    destination: 'PM-SRV (192.168.1.10)',
    service: 'RDP (tcp/3389)',
    action: 'deny',
    reason: 'Line one, with a comma\nand "quotes"',
    owner: "The parent's IT",
    change: 'remove',
  },
  {
    source: 'Clínica São José LAN (192.168.1.0/24)',
    destination: 'Parent corporate network',
    service: 'HTTPS (tcp/443)',
    action: 'allow',
    reason: '-1 day',
    owner: "The parent's IT",
    change: 'add',
  },
];
const title = { clinic: 'Lakeside', assessment: 'Assessment 2026-11-20', date: '2026-11-20', pack: 'Built-in' };

describe('the change request as CSV', () => {
  it('quotes per RFC 4180 and makes formula starts inert', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}1`).startsWith(`'`) || csvCell(`${start}1`).startsWith(`"'`)).toBe(true);
    expect(csvCell('=1+1')).toBe("'=1+1");
  });

  it('writes a BOM, a header and one CRLF line per row', () => {
    const csv = changeRequestCsv(rows);
    expect(csv.startsWith('\uFEFFSource,Destination,Service,Action,Reason,Owner,Change\r\n')).toBe(true);
    expect(csv).toContain(
      `"'=HYPERLINK(""http://evil.example"",""click"")",PM-SRV (192.168.1.10),RDP (tcp/3389),deny,"Line one, with a comma\nand ""quotes""",The parent's IT,remove\r\n`,
    );
    expect(csv).toContain(
      "Clínica São José LAN (192.168.1.0/24),Parent corporate network,HTTPS (tcp/443),allow,'-1 day,",
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('the change request as XLSX', () => {
  it('reads back with the title block, a frozen styled header, an autofilter and string cells', async () => {
    const bytes = await changeRequestXlsx(rows, title);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = book.getWorksheet(CHANGE_REQUEST_SHEET)!;
    expect(String(sheet.getCell('A1').value)).toBe('Firewall change request — Lakeside');
    const header = sheet.getRow(CHANGE_REQUEST_HEADER_ROW);
    expect(header.getCell(1).value).toBe('Source');
    expect(header.getCell(7).value).toBe('Change');
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: CHANGE_REQUEST_HEADER_ROW });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(5).width).toBe(70);
    const first = sheet.getRow(CHANGE_REQUEST_HEADER_ROW + 1);
    // A hostile name stays a string cell: never a formula.
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(1).value).toBe(hostile);
    expect(first.getCell(4).value).toBe('deny');
    expect(sheet.getRow(CHANGE_REQUEST_HEADER_ROW + 2).getCell(1).value).toBe('Clínica São José LAN (192.168.1.0/24)');
    const about = book.getWorksheet('About')!;
    expect(about.getCell('B1').value).toBe('Lakeside');
    expect(about.getCell('B5').value).toBe('2');
  });
});
