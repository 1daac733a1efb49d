/**
 * IP addresses as a traffic log writes them, IPv4 and IPv6: whether a text is one, its
 * canonical form (so "FE80:0::1" and "fe80::1" are the same host), whether it lies on
 * the public internet, and whether it names no single host (broadcast, multicast).
 */
import { parseCidr, parseIpv4, type Ipv4Range } from '../model/cidr';

const HEXTET = /^[0-9a-f]{1,4}$/;

/** An IPv6 address as its eight numbers, or null when it is not one (an embedded IPv4 tail is allowed). */
function ipv6Groups(text: string): number[] | null {
  const t = text.toLowerCase();
  if (t.length > 45 || !t.includes(':')) return null;
  const halves = t.split('::');
  if (halves.length > 2) return null;
  const part = (s: string): number[] | null => {
    if (!s) return [];
    const out: number[] = [];
    const pieces = s.split(':');
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4(piece);
        if (v4 === null) return null;
        out.push(Math.floor(v4 / 65536), v4 % 65536);
      } else if (HEXTET.test(piece)) out.push(parseInt(piece, 16));
      else return null;
    }
    return out;
  };
  const head = part(halves[0] ?? '');
  const tail = halves.length === 2 ? part(halves[1] ?? '') : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  if (head.length + tail.length > 7) return null;
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

export function isIpAddress(text: string): boolean {
  return parseIpv4(text) !== null || ipv6Groups(text) !== null;
}

/** One spelling per address: IPv4 as is, IPv6 as eight full groups; '' when not an address. */
export function canonicalIp(text: string): string {
  const t = text.trim();
  if (parseIpv4(t) !== null) return t;
  const groups = ipv6Groups(t);
  return groups ? groups.map((g) => g.toString(16).padStart(4, '0')).join(':') : '';
}

// Not the public internet: RFC 1918 and 6598 space, loopback, link-local, documentation, benchmarking, reserved.
const NOT_PUBLIC_V4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/3',
].map((c) => parseCidr(c) as Ipv4Range);
const MULTICAST_V4 = parseCidr('224.0.0.0/4') as Ipv4Range;

/** On the public internet: global unicast, neither private nor reserved. */
export function isPublicIp(text: string): boolean {
  const v4 = parseIpv4(text);
  if (v4 !== null) return !NOT_PUBLIC_V4.some((r) => v4 >= r.first && v4 <= r.last);
  const groups = ipv6Groups(text);
  const [first = 0, second = 0] = groups ?? [];
  // Global unicast is 2000::/3, less the documentation prefix 2001:db8::/32.
  return groups !== null && first >= 0x2000 && first <= 0x3fff && !(first === 0x2001 && second === 0x0db8);
}

/** Names no single host: IPv4 limited broadcast or multicast, IPv6 multicast, or the unspecified address. */
export function isGroupAddress(text: string): boolean {
  const v4 = parseIpv4(text);
  if (v4 !== null) return v4 === 0xffffffff || v4 === 0 || (v4 >= MULTICAST_V4.first && v4 <= MULTICAST_V4.last);
  const groups = ipv6Groups(text);
  return groups !== null && ((groups[0] ?? 0) >= 0xff00 || groups.every((g) => g === 0));
}
