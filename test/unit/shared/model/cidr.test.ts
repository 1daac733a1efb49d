import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  contains,
  formatCidr,
  formatIpv4,
  overlapOf,
  overlaps,
  parseCidr,
  parseIpv4,
  rangeSize,
} from '../../../../shared/model/cidr';

const cidr = (text: string) => {
  const range = parseCidr(text);
  if (!range) throw new Error(`not a prefix: ${text}`);
  return range;
};

const arbitraryRange = fc
  .tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 32 }))
  .map(([ip, prefix]) => cidr(`${formatIpv4(ip)}/${prefix}`));

describe('parsing IPv4 prefixes', () => {
  it('reads a prefix, a bare address as a /32 and a host with its prefix as its network', () => {
    expect(formatCidr(cidr('10.20.0.0/16'))).toBe('10.20.0.0/16');
    expect(formatCidr(cidr(' 192.168.1.7 '))).toBe('192.168.1.7/32');
    expect(formatCidr(cidr('10.0.0.2/24'))).toBe('10.0.0.0/24');
    expect(formatCidr(cidr('0.0.0.0/0'))).toBe('0.0.0.0/0');
    expect(cidr('255.255.255.255/32')).toEqual({ first: 2 ** 32 - 1, last: 2 ** 32 - 1, prefix: 32 });
    expect(rangeSize(cidr('172.16.4.0/22'))).toBe(1024);
  });

  it('refuses what is not IPv4 CIDR', () => {
    for (const bad of [
      '',
      'VLAN 20',
      '10.0.0/24',
      '10.0.0.256/24',
      '10.0.0.0/33',
      '10.0.0.0/',
      '10.0.0.0/24/1',
      '010.0.0.1',
      'fd00::/8',
      '10.0.0.0/-1',
    ])
      expect(parseCidr(bad), bad).toBeNull();
    expect(parseIpv4('1.2.3')).toBeNull();
  });

  it('formats what it parses back to the same address', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n) => parseIpv4(formatIpv4(n)) === n));
  });
});

describe('overlap', () => {
  it('finds the shared addresses of nested prefixes, and none of disjoint ones', () => {
    expect(formatCidr(overlapOf(cidr('10.0.0.0/8'), cidr('10.20.30.0/24'))!)).toBe('10.20.30.0/24');
    expect(formatCidr(overlapOf(cidr('192.168.1.0/24'), cidr('192.168.0.0/16'))!)).toBe('192.168.1.0/24');
    expect(overlapOf(cidr('192.168.1.0/24'), cidr('192.168.2.0/24'))).toBeNull();
    expect(overlaps(cidr('172.16.0.0/12'), cidr('172.32.0.0/16'))).toBe(false);
    expect(overlaps(cidr('172.16.0.0/12'), cidr('172.31.255.255'))).toBe(true);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(arbitraryRange, arbitraryRange, (a, b) => {
        expect(overlapOf(a, b)).toEqual(overlapOf(b, a));
      }),
    );
  });

  it('gives a range both hold, and holds whenever they share an address', () => {
    fc.assert(
      fc.property(arbitraryRange, arbitraryRange, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (a, b, ip) => {
        const shared = overlapOf(a, b);
        const inBoth = a.first <= ip && ip <= a.last && b.first <= ip && ip <= b.last;
        if (inBoth) expect(shared).not.toBeNull();
        if (shared) {
          expect(contains(a, shared) && contains(b, shared)).toBe(true);
          const inShared = shared.first <= ip && ip <= shared.last;
          expect(inShared).toBe(inBoth);
        }
      }),
    );
  });

  it('a range contains every prefix of it, and overlaps what it contains', () => {
    fc.assert(
      fc.property(arbitraryRange, fc.integer({ min: 0, max: 32 }), (a, extra) => {
        const inner = cidr(`${formatIpv4(a.first)}/${Math.min(32, a.prefix + extra)}`);
        expect(contains(a, inner)).toBe(true);
        expect(overlapOf(a, inner)).toEqual(inner);
      }),
    );
  });
});
