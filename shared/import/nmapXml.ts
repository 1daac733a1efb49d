/**
 * Reads nmap's XML output (`-oX`, with `-O` and `-sV`) as a stream, with saxes: pieces
 * of any size go in, hosts come out as each `</host>` closes, so a 50 MB scan never sits
 * in memory whole. Hostile input is refused rather than interpreted: any DOCTYPE but
 * nmap's bare one (no entity can be declared: no external entity, no "billion laughs"), a root that
 * is not `nmaprun`, and a file that ends early, which imports nothing and says where it
 * broke. Every string is capped and stripped of control characters.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { plainTooLong } from '../model/plainIssues';
import { ImportError } from './importErrors';

export interface NmapPort {
  protocol: string;
  port: number;
  state: string;
  service: string;
  product: string;
  version: string;
}

export interface NmapOsClass {
  vendor: string;
  family: string;
  generation: string;
  type: string;
  accuracy: number;
}

export interface NmapOsMatch {
  name: string;
  accuracy: number;
  classes: NmapOsClass[];
}

export interface NmapHost {
  up: boolean;
  ipv4: string;
  ipv6: string;
  mac: string;
  macVendor: string;
  hostnames: string[];
  ports: NmapPort[];
  os: NmapOsMatch[];
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

/** A value from the file as plain text: no control characters, at most 1,000 characters. */
export function cleanText(value: string | undefined): string {
  if (!value) return '';
  return value
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .trim()
    .slice(0, MAX_TEXT);
}

const number = (value: string | undefined) => {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
};

function emptyHost(): NmapHost {
  return { up: false, ipv4: '', ipv6: '', mac: '', macVendor: '', hostnames: [], ports: [], os: [] };
}

/** A streaming reader: `write` pieces, then `close`; hosts reach `onHost` as they complete. */
export class NmapXmlReader {
  private readonly parser = new SaxesParser({ xmlns: false, position: true });
  private host: NmapHost | null = null;
  private port: NmapPort | null = null;
  private osMatch: NmapOsMatch | null = null;
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
          host.macVendor = cleanText(a.vendor);
        }
        return;
      case 'hostname':
        if (!host || !a.name) return;
        this.checkHostname(a.name);
        if (host.hostnames.length < 20) host.hostnames.push(cleanText(a.name));
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
            product: cleanText(a.product),
            version: cleanText([a.version, a.extrainfo].filter(Boolean).join(' ')),
          });
        return;
      case 'osmatch':
        if (host && host.os.length < MAX_OS_MATCHES)
          this.osMatch = { name: cleanText(a.name), accuracy: number(a.accuracy), classes: [] };
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
        // Old layout (XML output 1.03): classes sit directly under <os>, with no match around them.
        if (this.osMatch) this.osMatch.classes.push(osClass);
        else if (host.os.length < MAX_OS_MATCHES)
          host.os.push({
            name: [osClass.vendor, osClass.family, osClass.generation].filter(Boolean).join(' '),
            accuracy: osClass.accuracy,
            classes: [osClass],
          });
        return;
      }
      default:
    }
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
    } else if (name === 'host' && this.host) {
      this.hosts += 1;
      const done = this.host;
      this.host = null;
      this.onHost(done);
    }
  }

  write(text: string): void {
    if (this.failure) throw this.failure;
    this.parser.write(text);
  }

  /** Ends the input: a file cut short fails here, saying where. */
  close(): NmapScan {
    if (this.failure) throw this.failure;
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
