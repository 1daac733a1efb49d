/** Every way reading a scanner or inventory file can fail, each with a message for the assessor. */
export type ImportErrorCode = 'xml-doctype' | 'xml-broken' | 'not-nmap' | 'too-large' | 'not-csv' | 'not-speed-test';

const messages: Record<ImportErrorCode, string> = {
  'xml-doctype': 'This file declares a DOCTYPE with entities or an external reference, which nmap never writes; it was refused unread.',
  'xml-broken': 'This XML file is broken or was cut short, so nothing was imported.',
  'not-nmap': 'This is not an nmap XML scan (nmap -oX).',
  'too-large': 'This file is larger than an import allows.',
  'not-csv': 'This does not look like a CSV inventory.',
  'not-speed-test': 'This is not an iperf3 (-J) or speedtest CLI JSON result.',
};

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    detail?: string,
  ) {
    super(detail ? `${messages[code]} (${detail})` : messages[code]);
    this.name = 'ImportError';
  }
}
