import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureFile } from '../../../support/fixtureFiles';
import { ImportError } from '../../../../shared/import/importErrors';
import { NmapXmlReader, parseNmapXml, type NmapHost } from '../../../../shared/import/nmapXml';

const read = (name: string) => readFileSync(fixtureFile('nmap', name), 'utf8');

function failure(work: () => unknown): string {
  try {
    work();
    return 'parsed';
  } catch (error) {
    return error instanceof ImportError ? error.code : `unexpected ${String(error)}`;
  }
}

describe('nmap XML written by nmap itself', () => {
  it.each([
    ['os_scan6.xml', '6.40-2', 256, 3],
    ['os_scan5.xml', '5.21', 256, 4],
    ['full_sudo6.xml', '6.40-2', 256, 4],
    ['fullscan.xml', '6.40-2', 256, 2],
    ['1_os_banner_scripts.xml', '5.51', 1, 1],
    ['2_hosts_version.xml', '5.51', 2, 2],
    ['dionaea_scan.xml', '7.91', 1, 1],
  ])('%s: every host, up or down', (file, version, hosts, up) => {
    const parsed = parseNmapXml(read(file));
    expect(parsed.scan.version).toBe(version);
    expect(parsed.hosts).toHaveLength(hosts);
    expect(parsed.hosts.filter((h) => h.up)).toHaveLength(up);
  });

  it('reads addresses, the MAC vendor, open ports with services, and OS matches with their classes (layout 1.04)', () => {
    const host = parseNmapXml(read('os_scan6.xml')).hosts.find((h) => h.ipv4 === '192.168.1.5');
    expect(host).toMatchObject({ up: true, mac: '00:1F:3C:87:66:50', macVendor: 'Intel Corporate' });
    expect(host?.ports.map((p) => [p.port, p.state, p.service])).toEqual([
      [2869, 'open', 'icslap'],
      [5357, 'open', 'wsdapi'],
    ]);
    expect(host?.os[1]).toEqual({
      name: 'Microsoft Windows 7 Professional',
      accuracy: 100,
      classes: [{ vendor: 'Microsoft', family: 'Windows', generation: '7', type: 'general purpose', accuracy: 100 }],
    });
  });

  it('reads OS classes of the old layout (1.03), where they sit directly under <os>', () => {
    const hosts = parseNmapXml(read('os_scan5.xml')).hosts.filter((h) => h.up && h.os.length);
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.flatMap((h) => h.os.flatMap((m) => m.classes.map((c) => c.family)))).toContain('Windows');
  });

  it('gives the same hosts fed one character or one kilobyte at a time', () => {
    const text = read('full_sudo6.xml');
    const whole = parseNmapXml(text).hosts;
    for (const size of [1, 7, 1024]) {
      const hosts: NmapHost[] = [];
      const reader = new NmapXmlReader((h) => hosts.push(h));
      for (let i = 0; i < text.length; i += size) reader.write(text.slice(i, i + size));
      reader.close();
      expect(hosts).toEqual(whole);
    }
  });
});

describe('hostile and broken input', () => {
  it('refuses a DOCTYPE with an external entity (the corpus sample)', () => {
    expect(failure(() => parseNmapXml(read('defused_et_local_includer.xml')))).toBe('xml-doctype');
  });

  it('refuses "billion laughs" before expanding anything, fast', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE nmaprun [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><nmaprun>&lol9;</nmaprun>`;
    expect(failure(() => parseNmapXml(laughs))).toBe('xml-doctype');
  });

  it('imports nothing from a file cut short, and says where it broke', () => {
    const text = read('os_scan6.xml');
    const cut = text.slice(0, Math.floor(text.length * 0.6));
    const seen: NmapHost[] = [];
    const reader = new NmapXmlReader((h) => seen.push(h));
    reader.write(cut);
    expect(() => reader.close()).toThrow(/cut short.*line \d+/);
  });

  it('says when a file is not an nmap scan at all', () => {
    expect(
      failure(() =>
        parseNmapXml('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      ),
    ).toBe('not-nmap');
    expect(failure(() => parseNmapXml(''))).toBe('not-nmap');
    expect(failure(() => parseNmapXml('name,ip\nPC-1,10.0.0.1'))).toBe('not-nmap');
    expect(failure(() => parseNmapXml('\u0000\u0001binary'))).toBe('not-nmap');
    // A control character XML forbids, inside a real scan, is dropped from its value: the scan is read.
    expect(
      parseNmapXml('<nmaprun><host><address addr="\u0000" addrtype="ipv4"/></host></nmaprun>').hosts[0]?.ipv4,
    ).toBe('');
  });

  // (A hostname longer than DNS allows is refused instead, naming the host: see importMessages.test.ts.)
  it('keeps junk in every field as capped plain text', () => {
    const junk = `&lt;script&gt;alert(1)&lt;/script&gt;&#9;\u0085\u009f${'A'.repeat(100_000)}`;
    const xml = `<nmaprun version="7"><host><status state="up"/><address addr="${junk}" addrtype="ipv4"/><address addr="aa:bb" addrtype="mac" vendor="${junk}"/><hostnames><hostname name="${junk.slice(0, 255)}"/></hostnames><ports><port protocol="tcp" portid="__proto__"><state state="open"/><service name="${junk}" product="x"/></port></ports></host></nmaprun>`;
    const [host] = parseNmapXml(xml).hosts;
    expect(host?.ipv4.length).toBeLessThanOrEqual(1000);
    expect(host?.ipv4).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(host?.ipv4.startsWith('<script>alert(1)</script>')).toBe(true);
    expect(host?.ports[0]?.port).toBe(0);
    expect(host?.mac).toBe('AA:BB');
    expect(Object.getPrototypeOf(host)).toBe(Object.prototype);
  });
});
