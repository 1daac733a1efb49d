import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureFile } from '../../../support/fixtureFiles';
import {
  csvToProposed,
  explainMapping,
  guessMapping,
  parseCsv,
  type CsvField,
} from '../../../../shared/import/csvInventory';

const read = (name: string) => parseCsv(readFileSync(fixtureFile('csv', name)));

/** The mapping as header names, the reasons, and the rows as the review proposes them. */
function imported(name: string) {
  const table = read(name);
  const explained = explainMapping(table.headers, table.rows);
  const columns = Object.fromEntries(
    Object.entries(explained.mapping).map(([field, col]) => [field, table.headers[col]]),
  ) as Partial<Record<CsvField, string>>;
  const rows = csvToProposed(table, explained.mapping, '2026-11-28').map((a) => ({
    name: a.name,
    ip: a.ipAddress,
    subnet: a.subnet,
    mac: a.macAddress,
    os: a.osGuess?.name ?? '',
    support: a.osGuess?.support.status,
    family: a.osFamily,
    serial: a.extra?.serial,
    location: a.extra?.location,
    kind: a.kind.kind,
  }));
  return { columns, rows, ...explained };
}

const expectedColumns: [string, Partial<Record<CsvField, string>>][] = [
  [
    'intune-devices.csv',
    {
      name: 'Device name',
      ipAddress: 'WiFiIPv4Address',
      macAddress: 'Wi-Fi MAC',
      os: 'OS',
      osVersion: 'OS version',
      serial: 'Serial number',
      vendor: 'Manufacturer',
      model: 'Model',
    },
  ],
  [
    'lansweeper-assets.csv',
    {
      name: 'AssetName',
      ipAddress: 'IPAddress',
      macAddress: 'MACAddress',
      os: 'OS',
      serial: 'Serialnumber',
      vendor: 'Manufacturer',
      model: 'Model',
      location: 'Location',
    },
  ],
  [
    'pdq-inventory.csv',
    {
      name: 'Name',
      ipAddress: 'IP Address',
      macAddress: 'MAC Address',
      os: 'OS Name',
      osVersion: 'OS Version',
      serial: 'Serial Number',
      vendor: 'Manufacturer',
      model: 'Model',
    },
  ],
  [
    'snipe-it-assets.csv',
    {
      name: 'Asset Name',
      ipAddress: 'IP Address',
      macAddress: 'MAC Address',
      serial: 'Serial',
      vendor: 'Manufacturer',
      model: 'Model',
      location: 'Location',
    },
  ],
  [
    'netbox-devices.csv',
    {
      name: 'Name',
      ipAddress: 'IP Address',
      os: 'Platform',
      serial: 'Serial number',
      vendor: 'Manufacturer',
      model: 'Type',
      location: 'Location',
    },
  ],
  [
    'glpi-computers.csv',
    {
      name: 'Name',
      ipAddress: 'Networking - IP',
      os: 'Operating System - Name',
      serial: 'Serial number',
      vendor: 'Manufacturer',
      model: 'Model',
      location: 'Location',
    },
  ],
];

describe('inventory exports of real tools, by their real headers', () => {
  it.each(expectedColumns)('%s: each field reads the column that holds it', (file, columns) => {
    expect(imported(file).columns).toEqual(columns);
  });

  it('Intune: the Wi-Fi IPv4 column, not the primary user email address; "OS", not "OS version"', () => {
    const { rows, reasons, passedOver } = imported('intune-devices.csv');
    expect(reasons.ipAddress).toBe('header contains “IP” and 100 % of values are IPv4 addresses');
    expect(reasons.os).toBe('exact header');
    expect(passedOver).toContainEqual({
      column: 'Primary user email address',
      field: 'ipAddress',
      reason: 'values are email addresses, not IP addresses',
    });
    expect(passedOver).toContainEqual({
      column: 'OS version',
      field: 'os',
      reason: 'values are version numbers (10.0.19045.3803), not OS names',
    });
    expect(rows[0]).toEqual({
      name: 'FRONTDESK-01',
      ip: '192.168.10.21',
      subnet: '192.168.10.0/24',
      mac: '0A:1B:2C:3D:4E:01',
      os: 'Windows 10.0.19045.3803',
      // Judged on the build from "OS version": Windows 10 22H2.
      support: 'extended-only',
      family: 'windows',
      serial: '5CG1234ABC',
      location: '',
      kind: 'workstation',
    });
    expect(rows[2]).toMatchObject({
      name: 'RECEPTION-IPAD',
      ip: '',
      subnet: '',
      os: 'iOS/iPadOS 17.1.2',
      family: 'macos',
    });
  });

  it('Lansweeper: its joined-up column names, and "Win 2012 R2" a Windows server', () => {
    const { rows } = imported('lansweeper-assets.csv');
    expect(rows.map((r) => [r.name, r.ip, r.subnet, r.os, r.family, r.kind, r.location])).toEqual([
      ['CLINIC-DC01', '10.12.0.5', '10.12.0.0/24', 'Win 2012 R2', 'windows', 'server', 'Server closet'],
      ['XRAY-ACQ', '10.12.4.20', '10.12.4.0/24', 'Win 7 Pro', 'windows', 'workstation', 'Radiology'],
      ['PRN-FRONT', '10.12.1.40', '10.12.1.0/24', '', 'unknown', 'iot', 'Reception'],
    ]);
  });

  it('PDQ Inventory: "OS Name" over "OS Version", dashes in MACs read as colons', () => {
    const { rows, passedOver } = imported('pdq-inventory.csv');
    expect(passedOver.map((p) => p.column)).toEqual(['OS Version', 'Host Name']);
    expect(rows[1]).toEqual({
      name: 'LAB-ANALYZER-PC',
      ip: '10.30.5.7',
      subnet: '10.30.5.0/24',
      mac: '00:0B:AB:AA:05:07',
      os: 'Microsoft Windows 10 Enterprise LTSC 10.0.17763',
      support: 'supported',
      family: 'windows',
      serial: 'AVT2019X44',
      location: '',
      kind: 'workstation',
    });
  });

  it('Snipe-IT: "Location", not "Default Location"; "Checked Out To" is a person', () => {
    const { rows } = imported('snipe-it-assets.csv');
    expect(rows[0]).toMatchObject({
      name: 'US-ROOM3',
      location: 'Exam Room 3',
      serial: 'LQE-554123',
      kind: 'medical-device',
    });
  });

  it('NetBox: a CIDR value gives the address and its subnet; "Location" wins over "Site"', () => {
    const { rows, passedOver } = imported('netbox-devices.csv');
    expect(passedOver).toContainEqual({
      column: 'Site',
      field: 'location',
      reason: '“Location” was chosen for locations (exact header)',
    });
    expect(rows.map((r) => [r.name, r.ip, r.subnet, r.family, r.kind, r.location])).toEqual([
      ['core-sw-01', '10.0.0.2', '10.0.0.0/24', 'embedded', 'network-device', 'Server closet'],
      ['fw-01', '10.0.0.1', '10.0.0.0/24', 'embedded', 'network-device', 'Server closet'],
      ['pacs-01', '10.0.8.10', '10.0.8.0/23', 'windows', 'server', 'Imaging'],
    ]);
    const notes = csvToProposed(
      read('netbox-devices.csv'),
      guessMapping(read('netbox-devices.csv').headers),
      '2026-11-28',
    ).map((a) => a.notes);
    expect(notes[2]).toEqual(['read from 10.0.8.10/23: subnet 10.0.8.0/23']);
  });

  it('GLPI: semicolons, "Operating System - Name", several addresses in one cell (the first that is not loopback)', () => {
    const { rows } = imported('glpi-computers.csv');
    expect(rows.map((r) => [r.name, r.ip, r.subnet, r.os, r.family])).toEqual([
      ['NURSE-STATION-1', '10.50.1.14', '10.50.1.0/24', 'Microsoft Windows 10 Professionnel', 'windows'],
      ['ECG-CART-PC', '10.50.2.31', '10.50.2.0/24', 'Win 10 Pro', 'windows'],
    ]);
  });
});

describe('values that do not fit a field are never mapped to it', () => {
  it('a column of emails is not an IP address, whatever its header', () => {
    const headers = ['Hostname', 'Address'];
    expect(guessMapping(headers, [['PC-1', 'dana@clinic.example']])).toEqual({ name: 0 });
    expect(guessMapping(headers, [['PC-1', '10.0.0.4']])).toEqual({ name: 0, ipAddress: 1 });
  });

  it('IPv6 addresses fit an address column; times and MACs, which look like them, do not', () => {
    const headers = ['Hostname', 'Address'];
    const rows = (values: string[]) => values.map((v, i) => [`PC-${i}`, v]);
    expect(guessMapping(headers, rows(['fe80::1c2b:3ff:fe4a:1', '2001:db8::5/64']))).toEqual({ name: 0, ipAddress: 1 });
    expect(guessMapping(headers, rows(['08:12:45', '17:30:00']))).toEqual({ name: 0 });
    expect(guessMapping(headers, rows(['00:1a:2b:3c:4d:5e', '00:1a:2b:3c:4d:5f']))).toEqual({ name: 0 });
  });

  it('a MAC column must hold MAC addresses', () => {
    expect(
      guessMapping(
        ['Name', 'MAC'],
        [
          ['PC-1', 'unknown'],
          ['PC-2', 'n/a'],
        ],
      ),
    ).toEqual({ name: 0 });
  });

  it('one control byte in one cell is dropped from that cell and noted on its device, the rest read', () => {
    const table = parseCsv(new TextEncoder().encode('Hostname,IP\nrecep\u0007tion,10.0.0.5\nlab,10.0.0.6\n'));
    const [first, second] = csvToProposed(table, guessMapping(table.headers, table.rows), '2026-11-28');
    expect(first).toMatchObject({ name: 'reception', notes: ['control characters dropped from its name'] });
    expect(second?.notes).toBeUndefined();
  });
});
