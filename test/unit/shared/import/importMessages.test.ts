/** Every way a hostile or broken import file fails says so in one plain sentence that names where. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvToProposed, guessMapping, parseCsv } from '../../../../shared/import/csvInventory';
import { nmapToInventory } from '../../../../shared/import/nmapToInventory';
import { parseNmapXml } from '../../../../shared/import/nmapXml';
import { parseSpeedTest } from '../../../../shared/import/speedTest';
import { parseBundleContent } from '../../../../shared/bundle/bundleContent';
import { fixtureFile } from '../../../support/fixtureFiles';
import { expectPlainSentence, thrownMessage } from '../../../support/plainSentence';

const utf8 = (text: string) => new TextEncoder().encode(text);
const scan = (hosts: string) =>
  `<?xml version="1.0"?>\n<!DOCTYPE nmaprun>\n<nmaprun scanner="nmap" args="nmap -O -sV -oX scan.xml 10.0.0.0/24" version="7.94">\n${hosts}\n</nmaprun>\n`;
const host = (ip: string, extra = '') =>
  `<host><status state="up"/><address addr="${ip}" addrtype="ipv4"/>${extra}</host>`;
const readScan = (text: string) => nmapToInventory(parseNmapXml(text).hosts, '2026-06-01');
const readCsv = (text: string) => {
  const table = parseCsv(utf8(text));
  return csvToProposed(table, guessMapping(table.headers), '2026-06-01');
};

describe('nmap XML', () => {
  it.each([
    [
      'a 200,000-character hostname',
      scan(
        `${host('10.0.0.1')}\n${host('10.0.0.2', `<hostnames><hostname name="${'a'.repeat(200_000)}" type="PTR"/></hostnames>`)}`,
      ),
      /^The hostname in host 2 \(line 5\) is 200,000 characters long; at most 255 are allowed\.$/,
    ],
    [
      'a 5,000-character MAC vendor',
      scan(host('10.0.0.1', `<address addr="00:11:22:33:44:55" addrtype="mac" vendor="${'V'.repeat(5000)}"/>`)),
      /^The vendor of the device from host 1 is at least 1,000 characters long; at most 200 are allowed\.$/,
    ],
    [
      'a hostname longer than a device name',
      scan(host('10.0.0.9', `<hostnames><hostname name="${'b'.repeat(240)}" type="PTR"/></hostnames>`)),
      /^The device name of the device from host 1 is 240 characters long; at most 200 are allowed\.$/,
    ],
    [
      'an OS guess longer than the inventory holds',
      scan(host('10.0.0.9', `<os><osmatch name="${'Windows '.repeat(40)}" accuracy="98"/></os>`)),
      /^The operating system of the device from host 1 is \d+ characters long; at most 100 are allowed\.$/,
    ],
    [
      'XML cut short',
      scan(host('10.0.0.1')).slice(0, 150),
      /^This XML file is broken or was cut short \(at line \d+: .+\), so nothing was imported\.$/,
    ],
    [
      'bad XML',
      scan('<host><status state="up"></host>'),
      /^This XML file is broken or was cut short \(at line 4: .+\), so nothing was imported\.$/,
    ],
    ['not XML at all', 'MZ\u0090\u0000 binary', /^This is not an nmap XML scan \(nmap -oX\): .+\.$/],
    ['another XML file', '<?xml version="1.0"?><svg></svg>', /^This is not an nmap XML scan \(nmap -oX\): .+\.$/],
    ['a DOCTYPE with entities', readFileSync(fixtureFile('nmap', 'defused_et_local_includer.xml'), 'utf8'), /DOCTYPE/],
  ])('%s', (_, text, expected) => {
    const message = thrownMessage(() => readScan(text));
    expect(message).toMatch(expected);
    expectPlainSentence(message);
  });
});

describe('CSV inventories', () => {
  it.each([
    [
      'a 200,000-character name',
      `Hostname,IP\nPC-1,10.0.0.1\n${'h'.repeat(200_000)},10.0.0.2\n`,
      /^The device name of the device on row 3 is at least 1,000 characters long; at most 200 are allowed\.$/,
    ],
    [
      'a name longer than a device name',
      `Hostname,IP\nPC-1,10.0.0.1\nPC-2,10.0.0.2\n${'n'.repeat(300)},10.0.0.3\n`,
      /^The device name of the device on row 4 is 300 characters long; at most 200 are allowed\.$/,
    ],
    [
      'a serial number too long',
      `Hostname,Serial\nPC-1,${'9'.repeat(250)}\n`,
      /^The serial number of the device on row 2 is 250 characters long; at most 200 are allowed\.$/,
    ],
    ['one column only', 'Hostname\nPC-1\n', /^This does not look like a CSV inventory: .+\.$/],
    ['a header and no rows', 'Hostname,IP\n', /^This does not look like a CSV inventory: .+\.$/],
    [
      'binary data',
      '\u0000\u0001PK\u0003\u0004,,\n',
      /^This does not look like a CSV inventory: it holds binary data\.$/,
    ],
  ])('%s', (_, text, expected) => {
    const message = thrownMessage(() => readCsv(text));
    expect(message).toMatch(expected);
    expectPlainSentence(message);
  });

  it('counts rows across the pieces the app reads them in', () => {
    const table = parseCsv(
      utf8(
        `Hostname,IP\n${Array.from({ length: 600 }, (_, i) => `PC-${i},10.0.${Math.floor(i / 250)}.${i % 250}`).join('\n')}\n`,
      ),
    );
    table.rows[550] = ['x'.repeat(201), '10.9.9.9'];
    const message = thrownMessage(() =>
      csvToProposed({ ...table, rows: table.rows.slice(500, 1000) }, guessMapping(table.headers), '2026-06-01', 500),
    );
    expect(message).toBe('The device name of the device on row 552 is 201 characters long; at most 200 are allowed.');
  });
});

describe('speed tests', () => {
  const ookla = {
    type: 'result',
    ping: { latency: 12 },
    download: { bandwidth: 2_000_000 },
    upload: { bandwidth: 500_000 },
    isp: 'Valley DSL',
  };
  it.each([
    [
      'not JSON',
      '{"type": "result", ',
      /^This is not an iperf3 \(-J\) or speedtest CLI JSON result: it is not JSON\.$/,
    ],
    ['JSON of another kind', '[1,2,3]', /^This is not an iperf3 \(-J\) or speedtest CLI JSON result\.$/],
    [
      'a speed as text',
      JSON.stringify({ ...ookla, download: { bandwidth: 'fast' } }),
      /^The bandwidth of the Ookla speed test result should be a number, not text \(“fast”\)\.$/,
    ],
    [
      'a negative latency',
      JSON.stringify({ ...ookla, ping: { latency: -5 } }),
      /^The latency of the Ookla speed test result is -5; it must be at least 0\.$/,
    ],
    [
      'an ISP name of 200,000 characters',
      JSON.stringify({ ...ookla, isp: 'i'.repeat(200_000) }),
      /^The ISP name in the speed test is 200,000 characters long; at most 200 are allowed\.$/,
    ],
    [
      'iperf3 without its summary',
      JSON.stringify({ start: {}, end: {} }),
      /^This is not an iperf3 \(-J\) or speedtest CLI JSON result: the iperf3 run has no summary\.$/,
    ],
    ['more than 20 MiB', `"${'x'.repeat(21 * 1024 * 1024)}"`, /^This file is larger than an import allows: .+\.$/],
  ])('%s', (_, text, expected) => {
    const message = thrownMessage(() => parseSpeedTest(text));
    expect(message).toMatch(expected);
    expectPlainSentence(message);
  });
});

describe('assessment file contents', () => {
  it.each([
    ['not JSON', '{"manifest":'],
    ['JSON of another kind', '[]'],
    ['a manifest of the wrong type', JSON.stringify({ manifest: 'x'.repeat(100_000), records: {} })],
  ])('%s', (_, text) => {
    const message = thrownMessage(() => parseBundleContent(text));
    expect(message).not.toBe('(nothing thrown)');
    expectPlainSentence(message);
  });
});
