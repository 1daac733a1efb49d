/// <reference lib="webworker" />
/**
 * Reads an nmap XML scan (or a CSV inventory) off the UI thread; the scan as a stream: the bytes are decoded a
 * megabyte at a time and fed to the streaming reader, so a 50 MB scan never exists as
 * one string, and progress goes out as it reads.
 */
import { parseCsv, type CsvTable } from '../../shared/import/csvInventory';
import { ImportError } from '../../shared/import/importErrors';
import {
  networksOf,
  proposeAsset,
  type ProposedAsset,
  type ProposedNetwork,
} from '../../shared/import/nmapToInventory';
import { NmapXmlReader, type NmapScan } from '../../shared/import/nmapXml';
import { checkProposal } from '../../shared/import/proposalCheck';
import { plainError } from '../../shared/model/plainIssues';

export type ScanTask = { kind: 'nmap'; bytes: Uint8Array; onDate: string } | { kind: 'csv'; bytes: Uint8Array };

export interface ScanResult {
  scan: NmapScan;
  hostsScanned: number;
  assets: ProposedAsset[];
  networks: ProposedNetwork[];
}

export type ScanMessage =
  | { kind: 'progress'; label: string; done: number; total: number }
  | { kind: 'done'; result: ScanResult }
  | { kind: 'table'; table: CsvTable }
  | { kind: 'error'; message: string; code?: string };

const SLICE = 1024 * 1024;
const post = (message: ScanMessage) => (self as unknown as Worker).postMessage(message);

function readNmap(bytes: Uint8Array, onDate: string): void {
  // Each host becomes its proposal as soon as it closes: the parsed host is not kept.
  const assets: ProposedAsset[] = [];
  const reader: NmapXmlReader = new NmapXmlReader((host) => {
    if (host.up)
      assets.push(
        checkProposal(proposeAsset(host, onDate), `device from host ${reader.hosts} (ending on line ${reader.line})`),
      );
  });
  const decoder = new TextDecoder('utf-8');
  for (let offset = 0; offset < bytes.byteLength; offset += SLICE) {
    reader.write(decoder.decode(bytes.subarray(offset, offset + SLICE), { stream: true }));
    post({
      kind: 'progress',
      label: 'Reading the scan…',
      done: Math.min(bytes.byteLength, offset + SLICE),
      total: bytes.byteLength,
    });
  }
  reader.write(decoder.decode());
  const scan = reader.close();
  post({ kind: 'done', result: { scan, hostsScanned: reader.hosts, assets, networks: networksOf(assets) } });
}

self.onmessage = (event: MessageEvent<ScanTask>) => {
  const task = event.data;
  try {
    if (task.kind === 'nmap') readNmap(task.bytes, task.onDate);
    else post({ kind: 'table', table: parseCsv(task.bytes) });
  } catch (error) {
    post({
      kind: 'error',
      message: plainError(error, 'The file could not be read, so nothing was imported.'),
      ...(error instanceof ImportError ? { code: error.code } : {}),
    });
  }
};
