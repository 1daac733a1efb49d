/**
 * An asset list exported by the clinic's MSP, as CSV: decoded whatever its encoding
 * (UTF-8 with or without a byte-order mark, else Windows-1252), split by papaparse
 * (commas, semicolons or tabs; quoted fields), then mapped column by column to asset
 * fields the assessor picks. Headers are only ever strings in an array: a column named
 * `__proto__` is a name like any other.
 */
import Papa from 'papaparse';
import { medicalVendors } from '../reference/medicalSignatures';
import { osSupport } from '../reference/osLifecycle';
import { ImportError } from './importErrors';
import { checkProposal } from './proposalCheck';
import { parseCidr, formatCidr } from '../model/cidr';
import { plainValue } from './nmapXml';
import { osFamilyOf } from './osFamily';
import { csvFieldLabels, csvFields, type CsvField, type CsvMapping } from './csvFields';
import type { KindSuggestion, ProposedAsset } from './proposedInventory';

export { csvFields, csvFieldLabels, type CsvField, type CsvMapping } from './csvFields';

export interface CsvTable {
  encoding: 'UTF-8' | 'Windows-1252';
  headers: string[];
  rows: string[][];
  /** The cells control characters were dropped from, as [row, column] (at most a few thousand). */
  dropped?: [number, number][];
}

export { explainMapping, guessMapping, mappingReasons, type MappingExplained } from './csvColumns';

const MAX_ROWS = 100_000;
const MAX_COLUMNS = 200;
const MAX_DROPPED = 5000;

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvTable['encoding'] } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'Windows-1252' };
  }
}

export function parseCsv(bytes: Uint8Array): CsvTable {
  const { text, encoding } = decodeCsv(bytes);
  if (text.includes('\u0000')) throw new ImportError('not-csv', 'it holds binary data');
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
    preview: MAX_ROWS + 1,
  });
  const [head, ...rows] = parsed.data;
  if (!head || head.length < 2 || !rows.length)
    throw new ImportError('not-csv', 'it needs a header row and at least one row, in two or more columns');
  const width = Math.min(head.length, MAX_COLUMNS);
  const dropped: [number, number][] = [];
  const cell = (value: string | undefined, row: number, col: number) => {
    const plain = plainValue(value);
    if (plain.dropped && dropped.length < MAX_DROPPED) dropped.push([row, col]);
    return plain.text;
  };
  return {
    encoding,
    headers: head.slice(0, width).map((h, i) => plainValue(h).text || `Column ${i + 1}`),
    rows: rows.slice(0, MAX_ROWS).map((r, row) => Array.from({ length: width }, (_, col) => cell(r[col], row, col))),
    ...(dropped.length ? { dropped } : {}),
  };
}

/** The same export from the same source has the same headers: its mapping is remembered under this key. */
export function sourceKey(headers: string[]): string {
  return `csv:${headers.map((h) => h.trim().toLowerCase()).join('|')}`.slice(0, 2000);
}

const medicalWords =
  /infusion|pump|ultrasound|x-?ray|ecg|ekg|monitor|ventilator|dicom|pacs|modality|analy[sz]er|scanner|defib/i;

const networkWords =
  /\b(switch|router|firewall|fortigate|fortios|catalyst|nexus|ios-xe|junos|pan-os|meraki|ubiquiti|unifi|access point|sonicwall)\b/i;

function suggestKind(vendor: string, model: string, os: string): KindSuggestion {
  const maker = medicalVendors.find((v) => vendor.toLowerCase().includes(v.toLowerCase()));
  if (maker) return { kind: 'medical-device', reason: `made by ${maker}` };
  const word = medicalWords.exec(`${model} ${vendor}`);
  if (word) return { kind: 'medical-device', reason: `its model says “${word[0]}”` };
  const network = networkWords.exec(`${model} ${vendor} ${os}`);
  if (network) return { kind: 'network-device', reason: `its model or system says “${network[0]}”` };
  const printer = /\b(printer|laserjet|officejet|mfp|label printer|zebra)\b/i.exec(`${model} ${vendor}`);
  if (printer) return { kind: 'iot', reason: `a printer (“${printer[0]}”)` };
  if (/server|\bwin(dows)? ?20(03|08|12|16|19|22|25)\b/i.test(os)) return { kind: 'server', reason: `runs ${os}` };
  const storage = /\b(nas|synology|qnap|dsm|storage)\b/i.exec(`${vendor} ${model} ${os}`);
  if (storage) return { kind: 'server', reason: `a storage server (“${storage[0]}”)` };
  return { kind: 'workstation', reason: 'nothing in the row says otherwise' };
}

/**
 * The device's address from a cell: the first IPv4 address in it ("10.0.0.5 127.0.0.1" as
 * GLPI lists several), and its subnet: the written prefix of a CIDR value ("10.0.0.2/24"
 * from NetBox gives 10.0.0.2 on 10.0.0.0/24), else the /24 around it.
 */
export function addressOf(cell: string): { ip: string; subnet: string; note?: string } {
  const tokens = cell.split(/[\s,;|]+/).filter(Boolean);
  const v4 = tokens.find((t) => parseCidr(t) !== null && !t.startsWith('127.'));
  if (!v4) return { ip: tokens[0] ?? '', subnet: '' };
  const [ip = v4, prefix] = v4.split('/');
  const range = parseCidr(prefix === undefined ? `${ip}/24` : v4);
  const subnet = range ? formatCidr(range) : '';
  return prefix === undefined ? { ip, subnet } : { ip, subnet, note: `read from ${v4}: subnet ${subnet}` };
}

/**
 * The OS name with its version when the export keeps them apart (Intune's "OS" says
 * "Windows", its "OS version" 10.0.19045.3803): end of support is judged on the build.
 */
export function withVersion(os: string, version: string): string {
  if (!version || !os) return os || '';
  return os.includes(version) ? os : `${os} ${version}`;
}

/** A MAC as the inventory writes them: "AA:BB:CC:DD:EE:FF", whatever the export's separators. */
export function macOf(cell: string): string {
  const hex = cell.replace(/[^0-9a-f]/gi, '');
  return hex.length === 12 && /^[0-9a-f:.\- ]+$/i.test(cell.trim())
    ? hex.toUpperCase().replace(/(..)(?!$)/g, '$1:')
    : cell.toUpperCase();
}

/**
 * The rows as proposed assets, through the mapping; rows with neither name nor address are
 * left out. `firstRow` is the index of `table.rows[0]` in the whole list, so a value the
 * inventory cannot hold is refused naming its row as the file counts it (the header is row 1).
 */
export function csvToProposed(table: CsvTable, mapping: CsvMapping, onDate: string, firstRow = 0): ProposedAsset[] {
  const cell = (row: string[], field: CsvField) =>
    mapping[field] === undefined ? '' : (row[mapping[field] ?? -1] ?? '');
  const dropped = new Set((table.dropped ?? []).map(([r, c]) => `${r}:${c}`));
  return table.rows.flatMap((row, index) => {
    const [name, ipCell, mac, osName, version, vendor, model] = (
      ['name', 'ipAddress', 'macAddress', 'os', 'osVersion', 'vendor', 'model'] as const
    ).map((f) => cell(row, f));
    const os = withVersion(osName ?? '', version ?? '');
    if (!name && !ipCell && !mac) return [];
    const { ip, subnet, note } = addressOf(ipCell ?? '');
    const cleaned = csvFields.filter(
      (f) => mapping[f] !== undefined && dropped.has(`${firstRow + index}:${mapping[f]}`),
    );
    const notes = [
      ...(note ? [note] : []),
      ...cleaned.map((f) => `control characters dropped from its ${csvFieldLabels[f].toLowerCase()}`),
    ];
    return [
      checkProposal(
        {
          name: name || ip || mac || 'Unnamed device',
          hostname: name ?? '',
          ipAddress: ip,
          macAddress: macOf(mac ?? ''),
          vendor: vendor ?? '',
          osFamily: osFamilyOf(os ?? ''),
          ...(os ? { osGuess: { name: os, accuracy: 100, support: osSupport(os, onDate) } } : {}),
          kind: suggestKind(vendor ?? '', model ?? '', os ?? ''),
          remoteAccess: [],
          openPorts: [],
          subnet,
          ...(notes.length ? { notes } : {}),
          extra: { model: model ?? '', serial: cell(row, 'serial'), location: cell(row, 'location') },
        },
        `device on row ${firstRow + index + 2}`,
      ),
    ];
  });
}
