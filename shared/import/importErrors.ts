/** Every way reading a scanner or inventory file can fail, each as one sentence for the assessor. */
export type ImportErrorCode =
  | 'xml-doctype'
  | 'xml-broken'
  | 'not-nmap'
  | 'too-large'
  | 'not-csv'
  | 'not-speed-test'
  | 'speed-test-failed'
  | 'bad-value';

/** A detail from the file or a parser, fit to sit inside a sentence: one line, no trailing stop, bounded. */
const clause = (detail: string) => {
  const line = detail
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:]+$/, '');
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
};

const messages: Record<ImportErrorCode, (detail?: string) => string> = {
  'xml-doctype': () =>
    'This file declares a DOCTYPE with entities or an external reference, which nmap never writes, so it was refused unread.',
  'xml-broken': (d) =>
    `This XML file is broken or was cut short${d ? ` (${clause(d)})` : ''}, so nothing was imported.`,
  'not-nmap': (d) => `This is not an nmap XML scan (nmap -oX)${d ? `: ${clause(d)}` : ''}.`,
  'too-large': (d) => `This file is larger than an import allows${d ? `: ${clause(d)}` : ''}.`,
  'not-csv': (d) => `This does not look like a CSV inventory${d ? `: ${clause(d)}` : ''}.`,
  'not-speed-test': (d) => `This is not an iperf3 (-J) or speedtest CLI JSON result${d ? `: ${clause(d)}` : ''}.`,
  // The tool's own words, so the assessor sees why the run measured nothing ("unable to connect to server").
  'speed-test-failed': (d) => `The speed test itself failed${d ? ` (“${clause(d)}”)` : ''}, so nothing was saved.`,
  // The detail is already the whole sentence (from plainIssue): what is wrong, and where.
  'bad-value': (d) => d ?? 'A value in this file is not valid, so nothing was imported.',
};

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    detail?: string,
  ) {
    super(messages[code](detail));
    this.name = 'ImportError';
  }
}
