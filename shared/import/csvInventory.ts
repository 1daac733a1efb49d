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
import { cleanText } from './nmapXml';
import type { KindSuggestion, ProposedAsset } from './proposedInventory';

export const csvFields = ['name', 'ipAddress', 'macAddress', 'os', 'vendor', 'model', 'serial', 'location'] as const;
export type CsvField = (typeof csvFields)[number];
export const csvFieldLabels: Record<CsvField, string> = {
  name: 'Name',
  ipAddress: 'IP address',
  macAddress: 'MAC address',
  os: 'Operating system',
  vendor: 'Vendor',
  model: 'Model',
  serial: 'Serial number',
  location: 'Location',
};

/** Which column (by index) holds each asset field; a field left out is not imported. */
export type CsvMapping = Partial<Record<CsvField, number>>;

export interface CsvTable {
  encoding: 'UTF-8' | 'Windows-1252';
  headers: string[];
  rows: string[][];
}

const MAX_ROWS = 100_000;
const MAX_COLUMNS = 200;

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
  return {
    encoding,
    headers: head.slice(0, width).map((h, i) => cleanText(h) || `Column ${i + 1}`),
    rows: rows.slice(0, MAX_ROWS).map((r) => Array.from({ length: width }, (_, i) => cleanText(r[i]))),
  };
}

const headerHints: [CsvField, RegExp][] = [
  ['macAddress', /\bmac\b|physical/i],
  ['ipAddress', /\bip\b|ipv4|address/i],
  ['os', /\bos\b|operating|platform/i],
  ['serial', /serial|s\/n|service tag/i],
  ['vendor', /vendor|manufacturer|make|brand/i],
  ['model', /model|product/i],
  ['location', /location|room|site|department/i],
  ['name', /name|host/i],
  ['name', /device|computer|asset/i],
];

/** A first guess at the mapping from the header names. */
export function guessMapping(headers: string[]): CsvMapping {
  const mapping: CsvMapping = {};
  const used = new Set<number>();
  for (const [field, pattern] of headerHints) {
    if (mapping[field] !== undefined) continue;
    const index = headers.findIndex((h, i) => !used.has(i) && pattern.test(h));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

/** The same export from the same source has the same headers: its mapping is remembered under this key. */
export function sourceKey(headers: string[]): string {
  return `csv:${headers.map((h) => h.trim().toLowerCase()).join('|')}`.slice(0, 2000);
}

const medicalWords =
  /infusion|pump|ultrasound|x-?ray|ecg|ekg|monitor|ventilator|dicom|pacs|modality|analy[sz]er|scanner|defib/i;

function suggestKind(vendor: string, model: string, os: string): KindSuggestion {
  const maker = medicalVendors.find((v) => vendor.toLowerCase().includes(v.toLowerCase()));
  if (maker) return { kind: 'medical-device', reason: `made by ${maker}` };
  const word = medicalWords.exec(`${model} ${vendor}`);
  if (word) return { kind: 'medical-device', reason: `its model says “${word[0]}”` };
  if (/server/i.test(os)) return { kind: 'server', reason: `runs ${os}` };
  const storage = /\b(nas|synology|qnap|dsm|storage)\b/i.exec(`${vendor} ${model} ${os}`);
  if (storage) return { kind: 'server', reason: `a storage server (“${storage[0]}”)` };
  return { kind: 'workstation', reason: 'nothing in the row says otherwise' };
}

const osFamilyOf = (os: string): ProposedAsset['osFamily'] =>
  !os
    ? 'unknown'
    : /windows/i.test(os)
      ? 'windows'
      : /linux|ubuntu|debian|red hat|rhel|centos/i.test(os)
        ? 'linux'
        : /mac ?os|os x/i.test(os)
          ? 'macos'
          : 'other';

/**
 * The rows as proposed assets, through the mapping; rows with neither name nor address are
 * left out. `firstRow` is the index of `table.rows[0]` in the whole list, so a value the
 * inventory cannot hold is refused naming its row as the file counts it (the header is row 1).
 */
export function csvToProposed(table: CsvTable, mapping: CsvMapping, onDate: string, firstRow = 0): ProposedAsset[] {
  const cell = (row: string[], field: CsvField) =>
    mapping[field] === undefined ? '' : (row[mapping[field] ?? -1] ?? '');
  return table.rows.flatMap((row, index) => {
    const [name, ip, mac, os, vendor, model] = (
      ['name', 'ipAddress', 'macAddress', 'os', 'vendor', 'model'] as const
    ).map((f) => cell(row, f));
    if (!name && !ip && !mac) return [];
    const subnet = /^(\d{1,3}\.\d{1,3}\.\d{1,3})\.\d{1,3}$/.exec(ip ?? '');
    return [
      checkProposal(
        {
          name: name || ip || mac || 'Unnamed device',
          hostname: name ?? '',
          ipAddress: ip ?? '',
          macAddress: (mac ?? '').toUpperCase(),
          vendor: vendor ?? '',
          osFamily: osFamilyOf(os ?? ''),
          ...(os ? { osGuess: { name: os, accuracy: 100, support: osSupport(os, onDate) } } : {}),
          kind: suggestKind(vendor ?? '', model ?? '', os ?? ''),
          remoteAccess: [],
          openPorts: [],
          subnet: subnet ? `${subnet[1]}.0/24` : '',
          extra: { model: model ?? '', serial: cell(row, 'serial'), location: cell(row, 'location') },
        },
        `device on row ${firstRow + index + 2}`,
      ),
    ];
  });
}
