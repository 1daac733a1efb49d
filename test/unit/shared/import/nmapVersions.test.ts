import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureFile } from '../../../support/fixtureFiles';
import { nmapToInventory } from '../../../../shared/import/nmapToInventory';
import { NmapXmlReader, parseNmapXml, type NmapHost } from '../../../../shared/import/nmapXml';

const read = (name: string) => readFileSync(fixtureFile('nmap', name), 'utf8');
const proposed = (text: string) => nmapToInventory(parseNmapXml(text).hosts, '2026-11-28').assets;
const byIp = (text: string) => new Map(proposed(text).map((a) => [a.ipAddress, a]));

/** One host of the old layout (classes beside the match), as nmap 4.x and 5.x wrote it. */
const oldLayout = (os: string) =>
  `<?xml version="1.0"?><nmaprun scanner="nmap" version="4.76" xmloutputversion="1.02"><host><status state="up"/>` +
  `<address addr="10.0.0.1" addrtype="ipv4"/><hostnames><hostname name="gw.clinic.local" type="PTR"/></hostnames>` +
  `<ports><port protocol="tcp" portid="23"><state state="open"/><service name="telnet"/></port></ports>` +
  `<os>${os}</os></host></nmaprun>`;

describe('nmap files from 4.x to 7.9x, written by nmap itself', () => {
  it('nmap 4.68 (layout 1.02): each match keeps its own name and takes its classes for kind and family', () => {
    const text = read('ruby-nmap_scan_4.68.xml');
    expect(parseNmapXml(text).scan.version).toBe('4.68');
    const hosts = byIp(text);
    expect(hosts.size).toBe(10);
    expect(hosts.get('192.168.5.1')).toMatchObject({
      macAddress: '00:1D:7E:EF:2A:E5',
      vendor: 'Cisco-Linksys',
      osGuess: { name: 'Netgear WGR614v6 wireless broadband router', accuracy: 100 },
      osFamily: 'embedded',
      kind: { kind: 'network-device', reason: 'nmap sees a wap' },
      openPorts: ['443/tcp https'],
    });
    expect(hosts.get('192.168.5.104')).toMatchObject({
      osGuess: { name: 'Apple Mac OS X 10.5 - 10.5.2 (Leopard) (Darwin 9.0.0b5 - 9.2.0)' },
      osFamily: 'macos',
      kind: { kind: 'workstation' },
    });
    expect(hosts.get('192.168.5.106')?.remoteAccess).toContain('RDP on 3389/tcp');
    // Classes and no match: named once, not "Microsoft Windows Windows 2003" or "Apple embedded".
    expect(hosts.get('192.168.5.148')?.osGuess?.name).toBe('Microsoft Windows 2003');
    expect(hosts.get('192.168.5.125')).toMatchObject({
      osGuess: { name: 'Apple (embedded)' },
      kind: { kind: 'iot', reason: 'nmap sees a phone' },
    });
  });

  it('nmap 5.21 (layout 1.03): no doubled names such as "Linux Linux 2.6.X" beside the real matches', () => {
    const host = parseNmapXml(read('os_scan5.xml')).hosts.find((h) => h.ipv4 === '192.168.1.1');
    expect(host?.os.map((m) => [m.name, m.classes[0]?.type, m.classes[0]?.family])).toEqual([
      ['Chumby Internet radio', 'media device', 'embedded'],
      ['Linux 2.6.9 - 2.6.30', 'general purpose', 'Linux'],
    ]);
    expect(byIp(read('os_scan5.xml')).get('192.168.1.1')?.kind).toEqual({
      kind: 'iot',
      reason: 'nmap sees a media device',
    });
  });

  it('an old-layout Cisco router is "Cisco 2821 router", a network device on embedded firmware, not "Cisco IOS 12.X"', () => {
    const [router] = proposed(
      oldLayout(
        '<osclass type="router" vendor="Cisco" osfamily="IOS" osgen="12.X" accuracy="100"/>' +
          '<osmatch name="Cisco 2821 router (IOS 12.4)" accuracy="100" line="4410"/>',
      ),
    );
    expect(router).toMatchObject({
      osGuess: { name: 'Cisco 2821 router (IOS 12.4)' },
      osFamily: 'embedded',
      kind: { kind: 'network-device', reason: 'nmap sees a router' },
    });
  });

  it('nmap 5.51 with classes and no match: one name per class, without repeating the vendor', () => {
    const [host] = parseNmapXml(read('1_os_banner_scripts.xml')).hosts;
    expect(host?.os.slice(0, 3).map((m) => m.name)).toEqual(['Netgear (embedded)', 'Linux 2.6.X', 'Linux 2.4.X']);
  });

  it('nmap 7.91 (python-libnmap) and 7.93 (run here against a local listener)', () => {
    expect(parseNmapXml(read('dionaea_scan.xml')).scan.version).toBe('7.91');
    const honeypot = proposed(read('dionaea_scan.xml'))[0];
    expect(honeypot).toMatchObject({ ipAddress: '172.28.1.3', macAddress: '02:42:AC:1C:01:03' });
    expect(honeypot?.openPorts.slice(0, 3)).toEqual(['21/tcp ftp', '23/tcp telnet', '42/tcp tcpwrapped']);
    expect(honeypot?.remoteAccess).toContain('Telnet on 23/tcp');
    const text = read('nmap-7.93-localhost.xml');
    expect(parseNmapXml(text).scan.version).toBe('7.93');
    expect(proposed(text)).toEqual([
      expect.objectContaining({
        name: 'localhost',
        ipAddress: '127.0.0.1',
        osGuess: expect.objectContaining({ name: 'Linux 5.0 - 5.2', accuracy: 97 }),
        osFamily: 'linux',
        kind: { kind: 'server', reason: 'a general-purpose Linux system' },
        openPorts: ['880/tcp http'],
      }),
    ]);
  });
});

describe('a control byte in one value', () => {
  const withHostname = (name: string) =>
    read('2_hosts_version.xml').replace(/<hostname name="[^"]*"/, `<hostname name="${name}"`);

  it.each([
    ['as a character reference, as nmap writes it', 'recep&#x1;tion-pc'],
    ['as a raw byte', 'recep\u0001tion-pc'],
  ])('%s: is dropped from that hostname and noted, and the scan is read', (_how, name) => {
    const { hosts } = parseNmapXml(withHostname(name));
    expect(hosts).toHaveLength(2);
    const host = hosts.find((h) => h.hostnames.includes('reception-pc'));
    expect(host?.notes).toEqual(['control characters dropped from its hostname']);
    expect(hosts.filter((h) => h.notes.length)).toHaveLength(1);
    const asset = nmapToInventory([host!], '2026-11-28').assets[0];
    expect(asset).toMatchObject({ name: 'reception-pc', notes: ['control characters dropped from its hostname'] });
  });

  it('is dropped the same when the reference is cut between two pieces of the stream', () => {
    const text = withHostname('recep&#x1;tion-pc');
    const hosts: NmapHost[] = [];
    const reader = new NmapXmlReader((h) => hosts.push(h));
    for (let i = 0; i < text.length; i += 3) reader.write(text.slice(i, i + 3));
    reader.close();
    expect(hosts.find((h) => h.notes.length)?.hostnames[0]).toBe('reception-pc');
  });

  it('other broken XML is still refused', () => {
    expect(() => parseNmapXml(withHostname('a<b'))).toThrow(/broken/);
  });
});
