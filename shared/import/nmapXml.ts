/**
 * Reads nmap's XML output (`-oX`, with `-O` and `-sV`) as a stream, with saxes: pieces
 * of any size go in, hosts come out as each `</host>` closes, so a 50 MB scan never sits
 * in memory whole. Hostile input is refused rather than interpreted: any DOCTYPE but
 * nmap's bare one (no entity can be declared: no external entity, no "billion laughs"), a root that
 * is not `nmaprun`, and a file that ends early, which imports nothing and says where it
 * broke. Every string is capped and stripped of control characters: a control byte in one
 * value (nmap writes a hostname's as a character reference XML does not allow) is dropped
 * from that value and noted on its host, never a reason to refuse the scan.
 *
 * Both OS layouts are read: matches holding their classes (XML output 1.04 and later), and
 * the older one (1.03 and before, nmap 4.x to 5.x) where the classes sit beside the matches;
 * there each match keeps its own name and takes the classes that fit it.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { plainTooLong } from '../model/plainIssues';
import { ImportError } from './importErrors';
import { settleOldLayout } from './nmapOsLayout';
import type { NmapOsClass, NmapOsMatch } from './nmapOs';

export interface NmapPort {
  protocol: string;
  port: number;
  state: string;
  service: string;
  product: string;
  version: string;
}

export type { NmapOsClass, NmapOsMatch } from './nmapOs';

export interface NmapHost {
  up: boolean;
  ipv4: string;
  ipv6: string;
  mac: string;
  macVendor: string;
  hostnames: string[];
  ports: NmapPort[];
  os: NmapOsMatch[];
  /** What reading the host changed, in the assessor's words ("control characters dropped from its hostname"). */
  notes: string[];
}

export interface NmapScan {
  version: string;
  args: string;
  started: string;
}

/** The most text kept of any value read from a file (scan or CSV); longer is cut. */
export const MAX_TEXT = 1000;
/** A DNS name is at most 253 characters; a little slack for a trailing dot and the like. */
const MAX_HOSTNAME = 255;
const MAX_PORTS_PER_HOST = 70_000;
const MAX_OS_MATCHES = 20;

// Control characters, raw or as the numeric references XML 1.0 forbids (nmap writes "&#x1;").
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const CHAR_REF = /&#(x[0-9a-f]{1,6}|\d{1,7});/gi;
const codeOf = (n: string) => (n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : Number(n));
const isControl = (code: number) =>
  (code < 0x20 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code <= 0x9f);

/** A value from the file as plain text and whether control characters were dropped from it; line breaks and tabs become spaces. */
export function plainValue(value: string | undefined): { text: string; dropped: boolean } {
  if (!value) return { text: '', dropped: false };
  const kept = markControls(value).replaceAll(MARK, '');
  return {
    text: kept
      .replace(/[\t\n\r]+/g, ' ')
      .trim()
      .slice(0, MAX_TEXT),
    dropped: kept.length !== value.length,
  };
}

/** A value from the file as plain text: no control characters, at most 1,000 characters. */
export const cleanText = (value: string | undefined): string => plainValue(value).text;

// XML forbids control characters, so they reach the parser as this private-use mark, which plainValue drops and notes.
const MARK = '\uE000';
const markControls = (text: string) =>
  text.replace(RAW_CONTROL, MARK).replace(CHAR_REF, (ref, n: string) => (isControl(codeOf(n)) ? MARK : ref));
// A reference cut at the end of a piece waits for the next piece.
const PARTIAL_REF = /&(#[0-9a-fx]{0,8})?$/i;

const number = (value: string | undefined) => {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
};

function emptyHost(): NmapHost {
  return { up: false, ipv4: '', ipv6: '', mac: '', macVendor: '', hostnames: [], ports: [], os: [], notes: [] };
}

/** A streaming reader: `write` pieces, then `close`; hosts reach `onHost` as they complete. */
export class NmapXmlReader {
  private readonly parser = new SaxesParser({ xmlns: false, position: true });
  private host: NmapHost | null = null;
  private port: NmapPort | null = null;
  private osMatch: NmapOsMatch | null = null;
  /** Classes of the old layout, beside the matches of the `<os>` being read. */
  private looseClasses: NmapOsClass[] = [];
  private carry = '';
  private sawRoot = false;
  private failure: ImportError | null = null;
  scan: NmapScan = { version: '', args: '', started: '' };
  hosts = 0;

  constructor(private readonly onHost: (host: NmapHost) => void) {
    // nmap writes a bare <!DOCTYPE nmaprun>; anything more (an internal subset, an external id) could declare entities.
    this.parser.on('doctype', (doctype) => {
      if (doctype.trim() !== 'nmaprun') this.fail(new ImportError('xml-doctype'));
    });
    this.parser.on('opentag', (tag) => this.open(tag as SaxesTagPlain));
    this.parser.on('closetag', (tag) => this.closeTag(tag.name));
    this.parser.on('error', (error) =>
      this.fail(
        new ImportError('xml-broken', `at line ${this.parser.line}: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`),
      ),
    );
  }

  private fail(error: ImportError): void {
    // Whatever breaks before the root element opened is not a broken scan but some other file.
    this.failure ??=
      this.sawRoot || error.code === 'xml-doctype' ? error : new ImportError('not-nmap', 'it is not XML nmap wrote');
    throw this.failure;
  }

  private open(tag: SaxesTagPlain): void {
    const a = tag.attributes as Record<string, string>;
    if (!this.sawRoot) {
      if (tag.name !== 'nmaprun')
        this.fail(new ImportError('not-nmap', `it starts with <${cleanText(tag.name).slice(0, 40)}>`));
      this.sawRoot = true;
      this.scan = { version: cleanText(a.version), args: cleanText(a.args), started: cleanText(a.startstr) };
      return;
    }
    const host = this.host;
    switch (tag.name) {
      case 'host':
        this.host = emptyHost();
        this.looseClasses = [];
        return;
      case 'status':
        if (host) host.up = a.state === 'up';
        return;
      case 'address':
        if (!host) return;
        if (a.addrtype === 'ipv4') host.ipv4 = cleanText(a.addr);
        else if (a.addrtype === 'ipv6') host.ipv6 = cleanText(a.addr);
        else if (a.addrtype === 'mac') {
          host.mac = cleanText(a.addr).toUpperCase();
          host.macVendor = this.text(a.vendor, 'its MAC vendor');
        }
        return;
      case 'hostname':
        if (!host || !a.name) return;
        this.checkHostname(a.name);
        if (host.hostnames.length < 20) host.hostnames.push(this.text(a.name, 'its hostname'));
        return;
      case 'port':
        if (host && host.ports.length < MAX_PORTS_PER_HOST)
          this.port = {
            protocol: cleanText(a.protocol),
            port: number(a.portid),
            state: '',
            service: '',
            product: '',
            version: '',
          };
        return;
      case 'state':
        if (this.port) this.port.state = cleanText(a.state);
        return;
      case 'service':
        if (this.port)
          Object.assign(this.port, {
            service: cleanText(a.name),
            product: this.text(a.product, `the product on port ${this.port.port}`),
            version: cleanText([a.version, a.extrainfo].filter(Boolean).join(' ')),
          });
        return;
      case 'osmatch':
        if (host && host.os.length < MAX_OS_MATCHES)
          this.osMatch = { name: this.text(a.name, 'its OS match'), accuracy: number(a.accuracy), classes: [] };
        return;
      case 'osclass': {
        if (!host) return;
        const osClass = {
          vendor: cleanText(a.vendor),
          family: cleanText(a.osfamily),
          generation: cleanText(a.osgen),
          type: cleanText(a.type),
          accuracy: number(a.accuracy),
        };
        // Old layout (XML output 1.03): classes sit directly under <os>, beside the matches; settled at </os>.
        if (this.osMatch) this.osMatch.classes.push(osClass);
        else if (this.looseClasses.length < MAX_OS_MATCHES) this.looseClasses.push(osClass);
        return;
      }
      default:
    }
  }

  /** A value of the host being read, as plain text; control characters dropped from it are noted on the host. */
  private text(value: string | undefined, what: string): string {
    const { text, dropped } = plainValue(value);
    const note = `control characters dropped from ${what}`;
    if (dropped && this.host && !this.host.notes.includes(note)) this.host.notes.push(note);
    return text;
  }

  /** A hostname longer than DNS allows is not one: the file is refused, saying where and how long, rather than cut. */
  private checkHostname(name: string): void {
    if (name.length > MAX_HOSTNAME)
      this.fail(
        new ImportError(
          'bad-value',
          plainTooLong(`hostname in host ${this.hosts + 1} (line ${this.parser.line})`, name.length, MAX_HOSTNAME),
        ),
      );
  }

  /** The line the reader has reached. */
  get line(): number {
    return this.parser.line;
  }

  private closeTag(name: string): void {
    if (name === 'port' && this.port && this.host) {
      this.host.ports.push(this.port);
      this.port = null;
    } else if (name === 'osmatch' && this.osMatch && this.host) {
      this.host.os.push(this.osMatch);
      this.osMatch = null;
    } else if (name === 'os' && this.host) {
      this.host.os = settleOldLayout(this.host.os, this.looseClasses, MAX_OS_MATCHES);
      this.looseClasses = [];
    } else if (name === 'host' && this.host) {
      this.hosts += 1;
      const done = this.host;
      this.host = null;
      this.onHost(done);
    }
  }

  write(text: string): void {
    if (this.failure) throw this.failure;
    const joined = this.carry + text;
    const partial = PARTIAL_REF.exec(joined);
    this.carry = partial ? partial[0] : '';
    this.parser.write(markControls(partial ? joined.slice(0, partial.index) : joined));
  }

  /** Ends the input: a file cut short fails here, saying where. */
  close(): NmapScan {
    if (this.failure) throw this.failure;
    if (this.carry) this.parser.write(this.carry);
    if (!this.sawRoot) throw new ImportError('not-nmap', 'it holds no XML element');
    this.parser.close();
    return this.scan;
  }
}

/** Parses a whole scan held as text (tests, small files). */
export function parseNmapXml(text: string): { scan: NmapScan; hosts: NmapHost[] } {
  const hosts: NmapHost[] = [];
  const reader = new NmapXmlReader((h) => hosts.push(h));
  reader.write(text);
  return { scan: reader.close(), hosts };
}
