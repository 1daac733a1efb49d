import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareValues, nextSort, queryWords, sortedFiltered } from '../../../../renderer/components/sortFilter';
import { noReviewFilter, reviewMatches } from '../../../../renderer/features/inventory/importReviewFilter';
import { matchImported } from '../../../../shared/import/matchImported';
import { nmapToInventory } from '../../../../shared/import/nmapToInventory';
import { parseNmapXml } from '../../../../shared/import/nmapXml';
import { emptyAsset } from '../../../../shared/model/asset';
import { fixtureFile } from '../../../support/fixtureFiles';

interface Host {
  name: string;
  ip: string;
  os?: string;
}

const hosts: Host[] = [
  { name: 'host-10', ip: '10.0.0.10', os: 'Windows 7' },
  { name: 'host-9', ip: '10.0.0.9', os: 'Linux' },
  { name: 'Reception', ip: '10.0.0.100' },
  { name: 'host-100', ip: '10.0.1.2', os: 'windows 10' },
];
const text = (h: Host) => [h.name, h.ip, h.os].join(' ');
const names = (order: number[]) => order.map((i) => hosts[i]!.name);

describe('sortedFiltered', () => {
  it('keeps every row in its own order without a search, filter or sort', () => {
    expect(sortedFiltered(hosts, { text, query: '' })).toEqual([0, 1, 2, 3]);
    expect(sortedFiltered(hosts, { text, query: '   ' })).toEqual([0, 1, 2, 3]);
  });

  it('matches every word of the search, in any case and order, anywhere in the row', () => {
    expect(names(sortedFiltered(hosts, { text, query: 'WINDOWS' }))).toEqual(['host-10', 'host-100']);
    expect(names(sortedFiltered(hosts, { text, query: '10 windows host-100' }))).toEqual(['host-100']);
    expect(sortedFiltered(hosts, { text, query: 'macos' })).toEqual([]);
  });

  it('applies the further filter with each row and its position', () => {
    const seen: number[] = [];
    const order = sortedFiltered(hosts, {
      text,
      query: 'host',
      keep: (h, i) => {
        seen.push(i);
        return h.os !== undefined && i !== 0;
      },
    });
    expect(names(order)).toEqual(['host-9', 'host-100']);
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it('sorts names and IP addresses by their numbers, not character by character', () => {
    const byName = sortedFiltered(hosts, { text, query: '', sortValue: (h) => h.name });
    expect(names(byName)).toEqual(['host-9', 'host-10', 'host-100', 'Reception']);
    const byIp = sortedFiltered(hosts, { text, query: '', sortValue: (h) => h.ip, direction: 'descending' });
    expect(byIp.map((i) => hosts[i]!.ip)).toEqual(['10.0.1.2', '10.0.0.100', '10.0.0.10', '10.0.0.9']);
  });

  it('puts blank values last in both directions, and keeps equal rows in their order', () => {
    const up = sortedFiltered(hosts, { text, query: '', sortValue: (h) => h.os });
    // Case aside, Windows 7 comes before Windows 10.
    expect(names(up)).toEqual(['host-9', 'host-10', 'host-100', 'Reception']);
    const down = sortedFiltered(hosts, { text, query: '', sortValue: (h) => h.os, direction: 'descending' });
    expect(names(down)).toEqual(['host-100', 'host-10', 'host-9', 'Reception']);
    const ties = sortedFiltered(hosts, { text, query: '', sortValue: () => 'same', direction: 'descending' });
    expect(ties).toEqual([0, 1, 2, 3]);
  });

  it('sorts numbers as numbers', () => {
    expect([5, 40, 300].sort((a, b) => compareValues(a, b))).toEqual([5, 40, 300]);
    expect(compareValues(2, 10, 'descending')).toBeGreaterThan(0);
    expect(compareValues(null, 'a')).toBe(1);
    expect(compareValues(undefined, '')).toBe(0);
  });

  it('sorts ten thousand rows and finds the last of them', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ name: `host-${i}`, ip: `10.20.${i >> 8}.${i & 255}` }));
    const order = sortedFiltered(many, { text, query: '', sortValue: (h) => h.ip, direction: 'descending' });
    expect(order).toHaveLength(10_000);
    expect(many[order[0]!]!.name).toBe('host-9999');
    expect(sortedFiltered(many, { text, query: 'host-9999' })).toEqual([9999]);
  });
});

describe('nextSort and queryWords', () => {
  it('sorts a new column ascending, then turns the same column around', () => {
    const first = nextSort(undefined, 'host');
    expect(first).toEqual({ column: 'host', direction: 'ascending' });
    const second = nextSort(first, 'host');
    expect(second).toEqual({ column: 'host', direction: 'descending' });
    expect(nextSort(second, 'host')).toEqual(first);
    expect(nextSort(second, 'ip')).toEqual({ column: 'ip', direction: 'ascending' });
  });

  it('splits a search into lower-case words', () => {
    expect(queryWords('  CT  Console\t1 ')).toEqual(['ct', 'console', '1']);
  });
});

describe('the scan review filters', () => {
  // A real scan (three hosts up), one of which the inventory already holds.
  const { assets } = nmapToInventory(
    parseNmapXml(readFileSync(fixtureFile('nmap', 'os_scan6.xml'), 'utf8')).hosts,
    '2026-11-30',
  );
  const router = assets.find((a) => a.ipAddress === '192.168.1.1')!;
  const rows = matchImported(assets, [
    { id: 'r1', data: { ...emptyAsset('a1'), name: 'Router', macAddress: router.macAddress } },
  ]);
  const shown = (filter: Partial<typeof noReviewFilter>, chosen = (i: number) => i !== 0) =>
    rows.flatMap((row, i) =>
      reviewMatches({ ...noReviewFilter, ...filter }, row, chosen(i)) ? [row.proposed.ipAddress] : [],
    );

  it('shows every host without a filter, and splits new hosts from those already recorded', () => {
    expect(shown({})).toHaveLength(3);
    expect(shown({ status: 'matched' })).toEqual(['192.168.1.1']);
    expect(shown({ status: 'new' }).sort()).toEqual(['192.168.1.3', '192.168.1.5']);
  });

  it('filters by the import choice, remote access and the suggested kind', () => {
    const first = rows[0]!.proposed.ipAddress;
    expect(shown({ status: 'left-out' })).toEqual([first]);
    expect(shown({ status: 'chosen' })).not.toContain(first);
    expect(shown({ status: 'remote' }).sort()).toEqual(['192.168.1.1', '192.168.1.3']);
    expect(shown({ kind: router.kind.kind })).toContain('192.168.1.1');
    expect(shown({ kind: 'medical-device' })).toEqual([]);
  });
});
