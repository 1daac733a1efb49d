import { describe, expect, it } from 'vitest';
import { scanGuidance, type ScanWindow } from '../../../../shared/checklists/scanGuidance';
import { emptyAsset, type Asset } from '../../../../shared/model/asset';
import type { Network } from '../../../../shared/model/network';

const A = '00000000-0000-4000-8000-000000000001';
const network = (id: string, name: string, subnet: string, purpose: Network['purpose']) => ({
  id,
  data: {
    assessmentId: A,
    name,
    vlan: null,
    subnet,
    purpose,
    connectsTo: [],
    internetAccess: null,
    firewalled: null,
    reachableFromParent: null,
    notes: '',
    carriedFrom: '',
    originId: '',
    confirmation: 'confirmed' as const,
  },
});
const asset = (id: string, networkId: string, ip: string, data: Partial<Asset>) => ({
  id,
  data: { ...emptyAsset(A), networkId, ipAddress: ip, ...data },
});

const networks = [
  network('imaging', 'Imaging', '10.20.30.0/24', 'corporate'),
  network('office', 'Front office', '10.20.10.7/24', 'corporate'),
  network('guest', 'Guest Wi-Fi', '192.168.50.0/24', 'guest'),
  network('lab', 'Lab', '', 'clinical'),
];
const assets = [
  asset('us', 'imaging', '10.20.30.15', { kind: 'workstation', deviceType: 'Ultrasound', name: 'US-1' }),
  asset('pump', 'imaging', '10.20.30.40', { kind: 'medical-device', safeToScan: null }),
  asset('cleared', 'imaging', '10.20.30.41', { kind: 'medical-device', safeToScan: true }),
  asset('printer', 'office', '10.20.10.50', { kind: 'iot', safeToScan: null }),
  asset('pc', 'office', '10.20.10.23; rm -rf ~', { kind: 'workstation' }),
  asset('listed', 'office', '10.20.10.60', { kind: 'workstation' }),
];
const agreed: ScanWindow = { agreed: true, window: 'Sunday 02:00–05:00', excludedAssetIds: ['listed'] };
const forbidden = /(^|\s)(-O|-sV|-A|-sC|--script\S*)(\s|$)/;

describe('scan guidance per zone', () => {
  const [imaging, office, guest, lab] = scanGuidance(networks, assets, agreed);

  it('a zone with medical or imaging devices: passive capture first, a slow ARP discovery, no OS, version or script probes', () => {
    expect(imaging?.approach).toBe('passive');
    const commands = imaging?.commands.map((c) => c.command) ?? [];
    expect(commands[0]).toMatch(/^sudo zeek -C -i eth1 LogAscii::use_json=T/);
    expect(commands[1]).toMatch(/^sudo tcpdump .* -s 96 .* net 10\.20\.30\.0\/24$/);
    expect(commands).toContain("printf '%s\\n' 10.20.30.40 > imaging-exclude.txt");
    expect(commands.at(-1)).toBe(
      'sudo nmap -sn -PR -n --max-rate 10 --scan-delay 200ms --excludefile imaging-exclude.txt -oX imaging-discovery.xml 10.20.30.0/24',
    );
    for (const c of commands) expect(c).not.toMatch(forbidden);
    expect(imaging?.commands.at(-1)?.reason).toContain('Only in the agreed window (Sunday 02:00–05:00).');
    expect(imaging?.why).toContain('never -O, -sV, -A or scripts');
  });

  it('an office zone: a fuller scan in the agreed window, with the devices the checklist lists excluded', () => {
    expect(office?.approach).toBe('full');
    expect(office?.excluded).toEqual(['10.20.10.60']);
    expect(office?.commands.map((c) => c.command)).toEqual([
      "printf '%s\\n' 10.20.10.60 > front-office-exclude.txt",
      'sudo nmap -sS -sV -O --top-ports 1000 -T3 --max-retries 2 -n --excludefile front-office-exclude.txt -oX front-office.xml 10.20.10.0/24',
    ]);
  });

  it('an office zone with a device marked not safe to scan is treated as fragile, the device excluded', () => {
    const notSafe = assets.map((a) => (a.id === 'printer' ? { ...a, data: { ...a.data, safeToScan: false } } : a));
    const [, fragile] = scanGuidance(networks, notSafe, agreed);
    expect(fragile?.approach).toBe('passive');
    expect(fragile?.excluded).toEqual(['10.20.10.50', '10.20.10.60']);
    expect(fragile?.commands.map((c) => c.command).join('\n')).not.toMatch(forbidden);
  });

  it('an office zone with no agreed window gets no active command', () => {
    const [, noWindow] = scanGuidance(networks, assets, { agreed: false, window: '', excludedAssetIds: [] });
    expect(noWindow?.commands).toEqual([]);
    expect(noWindow?.why).toContain('only in an agreed window: agree one first');
  });

  it("a guest zone: nothing scanned, a slow isolation check towards the clinic's zones", () => {
    expect(guest?.approach).toBe('isolation-check');
    expect(guest?.commands.map((c) => c.command)).toEqual(['nmap -sn -n --max-rate 5 10.20.30.0/24 10.20.10.0/24']);
  });

  it('a zone without a subnet gets no command, and says why', () => {
    expect(lab).toMatchObject({ approach: 'none', commands: [] });
    expect(lab?.why).toContain('No subnet is recorded');
  });

  it('a clinical zone with nothing recorded yet is still treated as fragile', () => {
    const [clinical] = scanGuidance([network('c', 'Clinical', '10.9.0.0/24', 'clinical')], [], agreed);
    expect(clinical?.approach).toBe('passive');
    expect(clinical?.commands.map((c) => c.command).join('\n')).not.toMatch(forbidden);
  });
});
