import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureFile } from '../../../support/fixtureFiles';
import { emptyAsset } from '../../../../shared/model/asset';
import { assetFromProposal, matchImported, patchFromUpdates, settleRow } from '../../../../shared/import/matchImported';
import { nmapToInventory, proposeAsset } from '../../../../shared/import/nmapToInventory';
import { parseNmapXml, type NmapHost } from '../../../../shared/import/nmapXml';

const scan = (name: string) => parseNmapXml(readFileSync(fixtureFile('nmap', name), 'utf8')).hosts;
const host = (over: Partial<NmapHost>): NmapHost => ({
  up: true,
  ipv4: '10.1.2.3',
  ipv6: '',
  mac: '',
  macVendor: '',
  hostnames: [],
  ports: [],
  os: [],
  notes: [],
  ...over,
});
const port = (n: number, service = '') => ({
  protocol: 'tcp',
  port: n,
  state: 'open',
  service,
  product: '',
  version: '',
});

describe('scanned hosts as proposed inventory', () => {
  it('proposes one asset per live host and a network per /24, from a real nmap -O scan', () => {
    const { assets, networks } = nmapToInventory(scan('os_scan6.xml'), '2026-11-28');
    expect(assets).toHaveLength(3);
    expect(networks).toEqual([{ subnet: '192.168.1.0/24', hosts: 3 }]);
    const router = assets.find((a) => a.ipAddress === '192.168.1.1');
    expect(router).toMatchObject({
      macAddress: '6C:2E:85:19:AF:00',
      vendor: 'Sagemcom',
      kind: { kind: 'network-device', reason: 'nmap sees a wap' },
    });
    expect(router?.remoteAccess).toEqual(['Telnet on 23/tcp']);
    const pc = assets.find((a) => a.ipAddress === '192.168.1.5');
    expect(pc?.osFamily).toBe('windows');
    expect(pc?.osGuess?.support.status).toBe('unsupported');
  });

  it('suggests a medical device from DICOM, HL7 or the maker of the network card, saying why', () => {
    expect(proposeAsset(host({ ports: [port(104)] }), '2026-11-28').kind).toEqual({
      kind: 'medical-device',
      reason: 'listens for DICOM',
    });
    expect(proposeAsset(host({ ports: [port(2575, 'hl7')] }), '2026-11-28').kind.reason).toBe('listens for HL7');
    expect(proposeAsset(host({ macVendor: 'GE Healthcare' }), '2026-11-28').kind).toEqual({
      kind: 'medical-device',
      reason: 'network card made by GE Healthcare',
    });
    expect(proposeAsset(host({ ports: [port(3389, 'ms-wbt-server'), port(5938)] }), '2026-11-28').remoteAccess).toEqual(
      ['RDP on 3389/tcp', 'TeamViewer on 5938/tcp'],
    );
  });

  it('names a host by its short hostname, else its address', () => {
    expect(proposeAsset(host({ hostnames: ['pacs-01.clinic.local'] }), '2026-11-28').name).toBe('pacs-01');
    expect(proposeAsset(host({}), '2026-11-28').name).toBe('10.1.2.3');
  });
});

describe('re-importing a newer scan', () => {
  it('updates the assets it knows, by MAC then by IP and hostname, and never duplicates them', () => {
    const proposed = nmapToInventory(scan('os_scan6.xml'), '2026-11-28').assets;
    const existing = [
      {
        id: 'a1',
        data: { ...emptyAsset('x'), name: 'router', macAddress: '6c-2e-85-19-af-00', ipAddress: '192.168.1.254' },
      },
      { id: 'a2', data: { ...emptyAsset('x'), name: 'other', ipAddress: '192.168.1.5' } },
    ];
    const rows = matchImported(proposed, existing);
    const router = rows.find((r) => r.proposed.ipAddress === '192.168.1.1');
    expect(router?.existing).toEqual({ id: 'a1', name: 'router', matchedBy: 'MAC address' });
    expect(router?.updates.map((u) => [u.label, u.before, u.after])).toContainEqual([
      'IP address',
      '192.168.1.254',
      '192.168.1.1',
    ]);
    // Same IP, another name, and no MAC on record to compare: offered as a possible match, for the assessor to confirm.
    const same = rows.find((r) => r.proposed.ipAddress === '192.168.1.5');
    expect(same?.existing).toBeUndefined();
    expect(same?.possible).toEqual({ id: 'a2', name: 'other' });
    expect(settleRow(same!, true).existing).toMatchObject({
      id: 'a2',
      matchedBy: 'IP address, confirmed in the review',
    });
    expect(settleRow(same!, false)).toMatchObject({ updates: [], clashes: ['other'] });
    expect(rows.filter((r) => r.existing)).toHaveLength(1);
    expect(patchFromUpdates(router?.updates ?? [])).toMatchObject({ ipAddress: '192.168.1.1' });
  });

  it('flags a clash when the address is recorded for a device with another MAC', () => {
    const [p] = nmapToInventory([host({ ipv4: '10.1.1.40', mac: 'AA:AA:AA:AA:AA:01' })], '2026-11-28').assets;
    const [row] = matchImported(
      [p!],
      [
        {
          id: 'x1',
          data: { ...emptyAsset('x'), name: 'XRAY-ACQ', ipAddress: '10.1.1.40', macAddress: 'BB:BB:BB:BB:BB:02' },
        },
      ],
    );
    expect(row).toMatchObject({ clashes: ['XRAY-ACQ'], updates: [] });
    expect(row?.existing ?? row?.possible).toBeUndefined();
  });

  it('finds a host without MAC or hostname again by its address, which named it', () => {
    const [p] = nmapToInventory([host({ ipv4: '10.9.9.9' })], '2026-11-28').assets;
    const rows = matchImported(
      [p!],
      [{ id: 'a9', data: { ...emptyAsset('x'), name: '10.9.9.9', ipAddress: '10.9.9.9' } }],
    );
    expect(rows[0]?.existing).toEqual({ id: 'a9', name: '10.9.9.9', matchedBy: 'IP address and name' });
  });

  it('turns an accepted proposal into a valid asset', () => {
    const p = proposeAsset(host({ ports: [port(104)], mac: 'AA:BB:CC:00:11:22' }), '2026-11-28');
    expect(assetFromProposal(p, 'assessment-1', null, true)).toMatchObject({
      kind: 'medical-device',
      macAddress: 'AA:BB:CC:00:11:22',
      assessmentId: 'assessment-1',
    });
    expect(assetFromProposal(p, 'assessment-1', null, false).kind).toBe('workstation');
  });
});
