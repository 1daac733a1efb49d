import { describe, expect, it } from 'vitest';
import { csvToProposed, guessMapping, parseCsv, sourceKey } from '../../../../shared/import/csvInventory';
import { ImportError } from '../../../../shared/import/importErrors';

const utf8 = (text: string) => new TextEncoder().encode(text);
const windows1252 = (text: string) =>
  Uint8Array.from(text, (c) => (c === 'é' ? 0xe9 : c === 'ü' ? 0xfc : c === '€' ? 0x80 : c.charCodeAt(0)));

describe('CSV inventories', () => {
  it('reads UTF-8 with a byte-order mark, quoted commas and line breaks', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8(
        'Hostname,IP Address,MAC,Operating System,Manufacturer,Model,Room\nPC-1,10.0.0.11,aa-bb-cc-00-00-01,Windows 7 Professional SP1,Dell,"OptiPlex 7010, refurbished","Exam room 2\nback wall"\n',
      ),
    ]);
    const table = parseCsv(bytes);
    expect(table.encoding).toBe('UTF-8');
    expect(table.headers[0]).toBe('Hostname');
    expect(table.rows[0]?.[5]).toBe('OptiPlex 7010, refurbished');
    expect(table.rows[0]?.[6]).toBe('Exam room 2 back wall');
  });

  it('reads Windows-1252 and semicolons, as a European Excel saves them', () => {
    const table = parseCsv(
      windows1252(
        'Gerät;IP;Betriebssystem;Hersteller\nRöntgen-PC;192.168.5.20;Windows XP Embedded;Siemens Healthineers\nEmpfang;192.168.5.21;Windows 10 Pro 22H2;Fujitsü\n',
      ),
    );
    expect(table.encoding).toBe('Windows-1252');
    expect(table.headers).toEqual(['Gerät', 'IP', 'Betriebssystem', 'Hersteller']);
    expect(table.rows[1]?.[3]).toBe('Fujitsü');
  });

  it('guesses the mapping from the headers and remembers it by the header row', () => {
    const headers = [
      'Asset Tag',
      'Device Name',
      'IPv4',
      'MAC Address',
      'OS',
      'Make',
      'Model',
      'Serial Number',
      'Location',
    ];
    expect(guessMapping(headers)).toEqual({
      name: 1,
      ipAddress: 2,
      macAddress: 3,
      os: 4,
      vendor: 5,
      model: 6,
      serial: 7,
      location: 8,
    });
    expect(sourceKey(headers)).toBe(sourceKey(headers.map((h) => ` ${h.toUpperCase()} `)));
    expect(sourceKey(headers)).not.toBe(sourceKey([...headers, 'Owner']));
  });

  it('maps rows to proposed assets, suggesting medical devices by maker or model', () => {
    const table = parseCsv(
      utf8(
        'Name,IP,MAC,OS,Vendor,Model,Serial,Room\nXRAY-ACQ,192.168.5.20,00:11:22:33:44:55,Windows XP Embedded,Carestream,DRX-1,CS-991,Radiology\nPUMP-7,,,,Acme,Infusion Pump 3000,P7,Ward\n,,,,,,,\n',
      ),
    );
    const assets = csvToProposed(table, guessMapping(table.headers), '2026-11-28');
    expect(assets).toHaveLength(2);
    expect(assets[0]).toMatchObject({
      name: 'XRAY-ACQ',
      subnet: '192.168.5.0/24',
      kind: { kind: 'medical-device', reason: 'made by Carestream' },
      extra: { model: 'DRX-1', serial: 'CS-991', location: 'Radiology' },
    });
    expect(assets[0]?.osGuess?.support.status).toBe('unsupported');
    expect(assets[1]?.kind).toEqual({ kind: 'medical-device', reason: 'its model says “Infusion”' });
  });

  it('survives hostile cells: __proto__ headers, scripts, 100 KB strings, control characters', () => {
    const long = 'A'.repeat(100_000);
    const table = parseCsv(utf8(`__proto__,constructor,name\n"<script>alert(1)</script>",x\u0007y,${long}\n`));
    expect(table.headers).toEqual(['__proto__', 'constructor', 'name']);
    expect(Object.getPrototypeOf(table.rows[0])).toBe(Array.prototype);
    expect(table.rows[0]).toEqual(['<script>alert(1)</script>', 'xy', 'A'.repeat(1000)]);
    const assets = csvToProposed(table, { name: 0 }, '2026-11-28');
    expect(assets[0]?.name).toBe('<script>alert(1)</script>');
  });

  it('says so when a file is not a CSV inventory', () => {
    for (const bad of [utf8('just one line'), new Uint8Array([0, 1, 2, 3, 0, 0, 0x50, 0x4b]), utf8('')])
      expect(() => parseCsv(bad)).toThrow(ImportError);
  });
});
