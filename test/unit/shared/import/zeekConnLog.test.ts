import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureFile } from '../../../support/fixtureFiles';
import { ImportError } from '../../../../shared/import/importErrors';
import { parseZeekConnLog, ZEEK_LIMITS, ZeekConnReader } from '../../../../shared/import/zeekConnLog';
import { expectPlainSentence } from '../../../support/plainSentence';

const fixture = (name: string) => readFileSync(fixtureFile('zeek', name), 'utf8');

const HEADER = [
  '#separator \\x09',
  '#set_separator\t,',
  '#empty_field\t(empty)',
  '#unset_field\t-',
  '#path\tconn',
  '#open\t2026-11-03-08-00-00',
  '#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\torig_bytes\tresp_bytes\tconn_state',
  '#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tcount\tcount\tstring',
].join('\n');
const row = (...values: string[]) => values.join('\t');
const tsv = (...rows: string[]) => `${HEADER}\n${rows.join('\n')}\n#close\t2026-11-03-09-00-00\n`;

function refused(text: string): string {
  try {
    parseZeekConnLog(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    const message = (e as Error).message;
    expectPlainSentence(message);
    return message;
  }
  throw new Error('expected the log to be refused');
}

describe('Zeek conn.log, TSV', () => {
  it('reads every connection of a real-layout log, with unset and empty fields', () => {
    const { connections, summary } = parseZeekConnLog(fixture('clinic-conn.log'));
    expect(summary).toEqual({ format: 'tsv', lines: 32, connections: 23, truncatedLastLine: false });
    const first = connections[0];
    expect(first).toEqual({
      ts: 1793692800,
      origHost: '10.20.30.15',
      respHost: '10.20.10.5',
      respPort: 104,
      proto: 'tcp',
      service: [],
      state: 'SF',
      bytes: 5242880 + 1024,
      answered: true,
    });
    expect(connections.find((c) => c.respPort === 445)?.service).toEqual(['gssapi', 'smb', 'krb']);
    expect(connections.filter((c) => !c.answered).map((c) => c.state)).toEqual(['S0', 'S0', 'S0', 'REJ']);
    expect(connections.some((c) => c.respHost === '2001:4860:4860::8888')).toBe(true);
  });

  it('reads "(empty)" as an empty value, "-" as unset, and \\x escapes', () => {
    const { connections } = parseZeekConnLog(
      tsv(
        row('1793692800.5', 'C1', '10.0.0.1', '5000', '10.0.0.2', '104', 'tcp', '(empty)', '-', '-', 'SF'),
        row('1793692801', 'C2', '10.0.0.1', '5001', '10.0.0.2', '443', 'tcp', 'ssl\\x2chttp', '10', '20', 'S1'),
      ),
    );
    expect(connections.map((c) => [c.service, c.bytes, c.ts])).toEqual([
      [[], 0, 1793692800.5],
      [['ssl', 'http'], 30, 1793692801],
    ]);
  });

  it('reads logs concatenated after rotation, each with its own header', () => {
    const one = tsv(row('1793692800', 'C1', '10.0.0.1', '1', '10.0.0.2', '104', 'tcp', '-', '1', '1', 'SF'));
    const { summary } = parseZeekConnLog(one + one.replace('#unset_field\t-', '#unset_field\tNONE'));
    expect(summary.connections).toBe(2);
  });

  it('takes a stream in pieces cut anywhere, CRLF line ends included', () => {
    const text = fixture('clinic-conn.log').replace(/\n/g, '\r\n');
    const seen: number[] = [];
    const reader = new ZeekConnReader((c) => seen.push(c.respPort));
    for (let i = 0; i < text.length; i += 7) reader.write(text.slice(i, i + 7));
    expect(reader.close().connections).toBe(23);
    expect(seen).toEqual(parseZeekConnLog(fixture('clinic-conn.log')).connections.map((c) => c.respPort));
  });

  it('drops a last line cut short while Zeek was writing, and says so', () => {
    const text = fixture('clinic-conn.log').split('\n').slice(0, 20).join('\n');
    const cut = text.slice(0, text.length - 30);
    const { summary } = parseZeekConnLog(cut);
    expect(summary).toMatchObject({ connections: 11, truncatedLastLine: true });
  });

  it.each([
    [
      'another Zeek log',
      fixture('clinic-conn.log').replace('#path\tconn', '#path\tdns'),
      /^This is a Zeek dns log \(line 5 says #path dns\), not a conn\.log\.$/,
    ],
    [
      'a line with a field missing',
      tsv(row('1793692800', 'C1', '10.0.0.1', '1', '10.0.0.2', '104', 'tcp')),
      /^Line 9 has 7 fields where the #fields header names 11\.$/,
    ],
    [
      'an address that is none',
      tsv(row('1793692800', 'C1', '10.0.0.300', '1', '10.0.0.2', '104', 'tcp', '-', '1', '1', 'SF')),
      /^“10\.0\.0\.300” on line 9 is not an IP address\.$/,
    ],
    [
      'a port out of range',
      tsv(row('1793692800', 'C1', '10.0.0.1', '1', '10.0.0.2', '70000', 'tcp', '-', '1', '1', 'SF')),
      /^The port on line 9 \(“70000”\) is not a port number\.$/,
    ],
    [
      'a time that is none',
      tsv(row('yesterday', 'C1', '10.0.0.1', '1', '10.0.0.2', '104', 'tcp', '-', '1', '1', 'SF')),
      /^The time on line 9 \(“yesterday”\) is not a Zeek timestamp\.$/,
    ],
    [
      'a negative count',
      tsv(row('1793692800', 'C1', '10.0.0.1', '1', '10.0.0.2', '104', 'tcp', '-', '-5', '1', 'SF')),
      /^The orig_bytes on line 9 \(“-5”\) is not a count\.$/,
    ],
    [
      'a connection before any header',
      'C1\t10.0.0.1\n',
      /^This file is not a Zeek conn\.log .*line 1 starts with “C1\?10\.0\.0\.1”\.$/,
    ],
    ['binary', '\u0000\u0001MZ\u0090', /^This file is not a Zeek conn\.log/],
    [
      'a header without the fields a connection needs',
      '#separator \\x09\n#fields\tts\tuid\n',
      /^The #fields header on line 2 has no id\.orig_h, id\.resp_h, id\.resp_p, proto, so it is not a Zeek conn\.log/,
    ],
    ['an empty file', '\n\n', /^This file is empty, so it is not a Zeek conn\.log/],
    [
      'a service that is no protocol name',
      tsv(row('1793692800', 'C1', '10.0.0.1', '1', '10.0.0.2', '104', 'tcp', '<script>', '1', '1', 'SF')),
      /^The service on line 9 \(“<script>”\) is not a list of protocol names\.$/,
    ],
  ])('refuses %s in one sentence naming the line', (_, text, message) => {
    expect(refused(text)).toMatch(message);
  });

  it('caps the length of a line, even one that never ends', () => {
    const reader = new ZeekConnReader(() => undefined);
    reader.write(`${HEADER}\n`);
    expect(() => reader.write('1'.repeat(ZEEK_LIMITS.lineChars + 1))).toThrow(
      /^This file is larger than an import allows: line 9 is longer than 16 KB, which no conn\.log line is\.$/,
    );
  });

  it('caps the number of lines', () => {
    const saved = ZEEK_LIMITS.lines;
    ZEEK_LIMITS.lines = 20;
    try {
      expect(refused(fixture('clinic-conn.log'))).toBe(
        'This file is larger than an import allows: more than 20 lines.',
      );
    } finally {
      ZEEK_LIMITS.lines = saved;
    }
  });
});

describe('Zeek conn.log, JSON lines', () => {
  it('reads the same connections as the TSV log', () => {
    const json = parseZeekConnLog(fixture('clinic-conn.json'));
    expect(json.summary).toMatchObject({ format: 'json', connections: 23, truncatedLastLine: false });
    expect(json.connections).toEqual(parseZeekConnLog(fixture('clinic-conn.log')).connections);
  });

  it('reads ISO 8601 times and nested "id" objects', () => {
    const line = JSON.stringify({
      ts: '2026-11-03T08:00:00.250000Z',
      id: { orig_h: '2001:db8::1', orig_p: 5000, resp_h: '2001:DB8::2', resp_p: 443 },
      proto: 'tcp',
      service: 'ssl',
      conn_state: 'SF',
    });
    const [c] = parseZeekConnLog(`${line}\n`).connections;
    expect(c).toMatchObject({ ts: 1793692800.25, origHost: '2001:db8::1', respHost: '2001:db8::2', service: ['ssl'] });
  });

  it.each([
    [
      'a broken object',
      '{"ts":1793692800,"id.orig_h":"10.0.0.1",\n{"x":1}\n',
      /^Line 1 is not a JSON object, so this JSON conn\.log is broken or was cut short\.$/,
    ],
    [
      'an array',
      '{"ts":1,"conn_state":"SF","id.orig_h":"10.0.0.1","id.resp_h":"10.0.0.2","id.resp_p":1,"proto":"tcp"}\n[1,2]\n',
      /^Line 2 is not a JSON object/,
    ],
    [
      'a dns.log',
      '{"ts":1793692800,"id.orig_h":"10.0.0.1","id.resp_h":"10.0.0.2","id.resp_p":53,"proto":"udp","query":"x"}\n',
      /^Line 1 has no conn_state, which every conn\.log line has, so this is another Zeek log\.$/,
    ],
    [
      'an object as an address',
      '{"ts":1793692800,"conn_state":"SF","id.orig_h":{"a":1},"id.resp_h":"10.0.0.2","id.resp_p":53,"proto":"udp"}\n',
      /^“\?” on line 1 is not an IP address\.$/,
    ],
    [
      'no responder port',
      '{"ts":1793692800,"conn_state":"SF","id.orig_h":"10.0.0.1","id.resp_h":"10.0.0.2","proto":"udp"}\n',
      /^Line 1 has no id\.resp_p, which every connection has\.$/,
    ],
  ])('refuses %s in one sentence naming the line', (_, text, message) => {
    expect(refused(text)).toMatch(message);
  });
});
