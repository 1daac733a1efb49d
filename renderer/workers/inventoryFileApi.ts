/**
 * Reads an nmap XML scan (or a CSV inventory) off the UI thread; the scan as a stream: the
 * bytes are decoded a megabyte at a time and fed to the streaming reader, so a 50 MB scan
 * never exists as one string, and progress goes out as it reads. What inventoryFile.worker.ts exposes.
 */
import { parseCsv, type CsvTable } from '../../shared/import/csvInventory';
import {
  networksOf,
  proposeAsset,
  type ProposedAsset,
  type ProposedNetwork,
} from '../../shared/import/nmapToInventory';
import { NmapXmlReader, type NmapScan } from '../../shared/import/nmapXml';
import { checkProposal } from '../../shared/import/proposalCheck';
import { failPlainly, type PageCallback, type Progress } from './workerTask';
import type { ResolveContext } from '../../shared/import/zeekFlows';
import { readZeekLog, type ZeekResult } from './zeekLogRead';

export interface ScanResult {
  scan: NmapScan;
  hostsScanned: number;
  assets: ProposedAsset[];
  networks: ProposedNetwork[];
}

const FAILED = 'The file could not be read, so nothing was imported.';
const SLICE = 1024 * 1024;

function readNmap(bytes: Uint8Array, onDate: string, progress: Progress): ScanResult {
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
    progress('Reading the scan…', Math.min(bytes.byteLength, offset + SLICE), bytes.byteLength);
  }
  reader.write(decoder.decode());
  const scan = reader.close();
  return { scan, hostsScanned: reader.hosts, assets, networks: networksOf(assets) };
}

export const scanApi = {
  /** The devices and networks an nmap XML scan proposes, as of `onDate`. */
  readNmap: (bytes: Uint8Array, onDate: string, progress: PageCallback<Progress>): Promise<ScanResult> =>
    failPlainly(FAILED, async () => readNmap(bytes, onDate, progress)),
  /** A CSV inventory's table, whatever its encoding and delimiter. */
  readCsv: (bytes: Uint8Array): Promise<CsvTable> => failPlainly(FAILED, async () => parseCsv(bytes)),
  /** A Zeek conn.log (TSV or JSON, or a .gz of either) as observed flows between what `context` records. */
  readZeek: (bytes: Uint8Array, context: ResolveContext, progress: PageCallback<Progress>): Promise<ZeekResult> =>
    failPlainly(FAILED, () => readZeekLog(bytes, context, progress)),
};
