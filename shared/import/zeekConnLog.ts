/**
 * Reads a Zeek `conn.log` as a stream, in either of the two layouts Zeek writes: TSV
 * with its `#separator`, `#fields`, `#types` … header lines (rotated logs concatenated
 * are fine: each header starts afresh), or JSON, one object per line
 * (`LogAscii::use_json=T`, flat "id.orig_h" keys or nested "id", `ts` as epoch seconds
 * or ISO 8601). Each connection goes to the callback as soon as its line is read; no
 * line is kept. Bounded: characters, lines and line length are capped, and a value
 * that is not what Zeek writes stops the import with one sentence naming the line. A
 * last line without its newline (a log copied while Zeek was still writing) is dropped
 * and reported, not refused.
 */
import { ImportError } from './importErrors';
import { isIpAddress } from './ipAddress';

export interface ZeekConnection {
  /** Seconds since the epoch. */
  ts: number;
  origHost: string;
  respHost: string;
  respPort: number;
  /** "tcp", "udp", "icmp", or what Zeek calls an unknown transport. */
  proto: string;
  /** Zeek's protocol names for the connection ("ssl", "gssapi,smb"), lower case; empty when none was detected. */
  service: string[];
  /** Zeek's connection state ("SF", "S0", "REJ" …), '' when the log has none. */
  state: string;
  /** Payload bytes both ways; 0 when unset. */
  bytes: number;
  /** The responder sent packets back (from the connection state, else from `resp_pkts`). */
  answered: boolean;
}

export interface ZeekReadSummary {
  format: 'tsv' | 'json';
  lines: number;
  connections: number;
  /** The last line had no newline and could not be read: the file was cut short while written. */
  truncatedLastLine: boolean;
}

export const ZEEK_LIMITS = {
  /** Characters read in all (after decompression). */
  chars: 1024 * 1024 * 1024,
  lines: 5_000_000,
  lineChars: 16 * 1024,
};

const REQUIRED = ['ts', 'id.orig_h', 'id.resp_h', 'id.resp_p', 'proto'] as const;
/** States in which the responder never answered: the attempt proves no path (a firewall may have dropped it). */
const UNANSWERED = new Set(['S0', 'REJ', 'RSTOS0', 'SH']);
const NOT_CONN = 'is not a Zeek conn.log (TSV with a #fields header, or JSON lines)';
// Far past any capture: a timestamp beyond it is not a Zeek time.
const LAST_TS = Date.UTC(2200, 0, 1) / 1000;

const bad = (sentence: string) => new ImportError('bad-value', sentence);
const shown = (value: string) => {
  const printable = value.replace(/\p{Cc}/gu, '?');
  return printable.length > 40 ? `${printable.slice(0, 39)}…` : printable;
};
/** Zeek escapes separators and unprintable bytes as \xHH. */
const unescape = (value: string) =>
  value.replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export class ZeekConnReader {
  private format: 'tsv' | 'json' | undefined;
  private separator = '\t';
  private unset = '-';
  private empty = '(empty)';
  private fields: string[] | undefined;
  private index = new Map<string, number>();
  private tail = '';
  private chars = 0;
  lines = 0;
  connections = 0;

  constructor(private readonly onConnection: (connection: ZeekConnection) => void) {}

  write(chunk: string): void {
    this.chars += chunk.length;
    if (this.chars > ZEEK_LIMITS.chars)
      throw new ImportError('too-large', `more than ${ZEEK_LIMITS.chars / 1024 ** 3} GB of log text`);
    const text = this.tail + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      this.line(text.slice(start, end));
      start = end + 1;
    }
    this.tail = text.slice(start);
    if (this.tail.length > ZEEK_LIMITS.lineChars) this.tooLong(this.lines + 1);
  }

  close(): ZeekReadSummary {
    let truncatedLastLine = false;
    // A file of one line without a newline is read as it is; a cut-off last line after others is dropped.
    if (this.tail.trim() && !this.format) this.line(this.tail);
    else if (this.tail.trim())
      try {
        this.line(this.tail);
      } catch {
        truncatedLastLine = true;
      }
    this.tail = '';
    if (!this.format) throw bad(`This file is empty, so it ${NOT_CONN}.`);
    return { format: this.format, lines: this.lines, connections: this.connections, truncatedLastLine };
  }

  private tooLong(line: number): never {
    throw new ImportError(
      'too-large',
      `line ${line.toLocaleString('en-US')} is longer than ${ZEEK_LIMITS.lineChars / 1024} KB, which no conn.log line is`,
    );
  }

  private line(raw: string): void {
    this.lines += 1;
    const n = this.lines;
    if (n > ZEEK_LIMITS.lines)
      throw new ImportError('too-large', `more than ${ZEEK_LIMITS.lines.toLocaleString('en-US')} lines`);
    if (raw.length > ZEEK_LIMITS.lineChars) this.tooLong(n);
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!line.trim()) return;
    if (!this.format) {
      if (line.startsWith('#')) this.format = 'tsv';
      else if (line.trimStart().startsWith('{')) this.format = 'json';
      else throw bad(`This file ${NOT_CONN}: line ${n} starts with “${shown(line)}”.`);
    }
    if (this.format === 'json') return this.jsonLine(line, n);
    if (line.startsWith('#')) return this.header(line, n);
    this.tsvLine(line, n);
  }

  private header(line: string, n: number): void {
    if (line.startsWith('#separator ')) {
      const separator = unescape(line.slice('#separator '.length));
      if (separator.length !== 1) throw bad(`The #separator on line ${n} is not one character.`);
      this.separator = separator;
      this.fields = undefined;
      return;
    }
    const [key = '', ...values] = line.slice(1).split(this.separator);
    const value = values.join(this.separator);
    if (key === 'path' && value !== 'conn')
      throw bad(`This is a Zeek ${shown(value)} log (line ${n} says #path ${shown(value)}), not a conn.log.`);
    if (key === 'unset_field') this.unset = value;
    if (key === 'empty_field') this.empty = value;
    if (key === 'fields') {
      if (values.length > 200) throw bad(`The #fields header on line ${n} names more than 200 fields.`);
      const missing = REQUIRED.filter((f) => !values.includes(f));
      if (missing.length) throw bad(`The #fields header on line ${n} has no ${missing.join(', ')}, so it ${NOT_CONN}.`);
      this.fields = values;
      this.index = new Map(values.map((f, i) => [f, i] as const));
    }
  }

  private tsvLine(line: string, n: number): void {
    const fields = this.fields;
    if (!fields) throw bad(`Line ${n} holds a connection before any #fields header, so this ${NOT_CONN}.`);
    const values = line.split(this.separator);
    if (values.length !== fields.length)
      throw bad(`Line ${n} has ${values.length} fields where the #fields header names ${fields.length}.`);
    const get = (field: string): string | undefined => {
      const i = this.index.get(field);
      const value = i === undefined ? undefined : values[i];
      return value === undefined || value === this.unset ? undefined : value === this.empty ? '' : unescape(value);
    };
    this.emit(n, get);
  }

  private jsonLine(line: string, n: number): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw bad(`Line ${n} is not a JSON object, so this JSON conn.log is broken or was cut short.`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw bad(`Line ${n} is not a JSON object, so this JSON conn.log is broken or was cut short.`);
    const record = parsed as Record<string, unknown>;
    const nested = typeof record.id === 'object' && record.id !== null ? (record.id as Record<string, unknown>) : {};
    if (!('conn_state' in record))
      throw bad(`Line ${n} has no conn_state, which every conn.log line has, so this is another Zeek log.`);
    const get = (field: string): string | undefined => {
      const value = field.startsWith('id.') ? (record[field] ?? nested[field.slice(3)]) : record[field];
      if (value === undefined || value === null) return undefined;
      if (Array.isArray(value)) return value.map(String).join(',');
      return typeof value === 'object' ? '?' : String(value);
    };
    this.emit(n, get);
  }

  private emit(n: number, get: (field: string) => string | undefined): void {
    const required = (field: (typeof REQUIRED)[number]) => {
      const value = get(field);
      if (value === undefined || value === '') throw bad(`Line ${n} has no ${field}, which every connection has.`);
      return value;
    };
    const ts = readTime(required('ts'));
    if (ts === null) throw bad(`The time on line ${n} (“${shown(required('ts'))}”) is not a Zeek timestamp.`);
    const origHost = required('id.orig_h').toLowerCase();
    const respHost = required('id.resp_h').toLowerCase();
    for (const host of [origHost, respHost])
      if (!isIpAddress(host)) throw bad(`“${shown(host)}” on line ${n} is not an IP address.`);
    const respPort = Number(required('id.resp_p'));
    if (!Number.isInteger(respPort) || respPort < 0 || respPort > 65535)
      throw bad(`The port on line ${n} (“${shown(required('id.resp_p'))}”) is not a port number.`);
    const proto = required('proto').toLowerCase();
    if (!/^[a-z0-9_]{1,24}$/.test(proto))
      throw bad(`The protocol on line ${n} (“${shown(proto)}”) is not one Zeek writes.`);
    const serviceText = (get('service') ?? '').toLowerCase();
    const service = serviceText ? serviceText.split(',').map((s) => s.trim()) : [];
    if (serviceText.length > 100 || service.some((s) => !/^[a-z0-9_-]{1,32}$/.test(s)))
      throw bad(`The service on line ${n} (“${shown(serviceText)}”) is not a list of protocol names.`);
    const state = (get('conn_state') ?? '').toUpperCase();
    if (!/^[A-Z0-9]{0,8}$/.test(state))
      throw bad(`The connection state on line ${n} (“${shown(state)}”) is not one Zeek writes.`);
    const bytes = count(get('orig_bytes'), n, 'orig_bytes') + count(get('resp_bytes'), n, 'resp_bytes');
    const respPackets = get('resp_pkts');
    const answered = state
      ? !UNANSWERED.has(state)
      : respPackets === undefined || count(respPackets, n, 'resp_pkts') > 0;
    this.connections += 1;
    this.onConnection({ ts, origHost, respHost, respPort, proto, service, state, bytes, answered });
  }
}

function count(value: string | undefined, n: number, field: string): number {
  if (value === undefined || value === '') return 0;
  const number = Number(value);
  if (!/^\d{1,16}$/.test(value) || !Number.isSafeInteger(number))
    throw bad(`The ${field} on line ${n} (“${shown(value)}”) is not a count.`);
  return number;
}

/** Epoch seconds ("1793779200.123456") or ISO 8601 (JSON::TS_ISO8601), as seconds; null when neither. */
function readTime(value: string): number | null {
  const seconds = /^\d{1,12}(\.\d{1,9})?$/.test(value) ? Number(value) : Date.parse(value) / 1000;
  if (!/^\d/.test(value) || !Number.isFinite(seconds) || seconds < 0 || seconds > LAST_TS) return null;
  return seconds;
}

/** A whole conn.log held as text (tests, small files): every connection, and what was read. */
export function parseZeekConnLog(text: string): { connections: ZeekConnection[]; summary: ZeekReadSummary } {
  const connections: ZeekConnection[] = [];
  const reader = new ZeekConnReader((c) => connections.push(c));
  reader.write(text);
  return { connections, summary: reader.close() };
}
