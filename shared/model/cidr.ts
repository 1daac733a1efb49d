/**
 * IPv4 prefixes as assessors and address plans write them: "10.20.0.0/16", a bare
 * address as a /32, and a host written with its prefix ("10.0.0.2/24") as the network
 * it sits in (10.0.0.0/24). Whether two prefixes overlap, and the addresses they share.
 */

export interface Ipv4Range {
  /** The network address as an unsigned 32-bit number. */
  first: number;
  /** The last address of the range (the broadcast address), unsigned. */
  last: number;
  prefix: number;
}

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** An IPv4 address to its unsigned 32-bit number, or null when it is not one. */
export function parseIpv4(text: string): number | null {
  const parts = text.trim().split('.');
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

export function formatIpv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/** A prefix ("10.0.0.0/8", "192.168.1.7/24", "172.16.0.1") to its range, or null when it is not IPv4 CIDR. */
export function parseCidr(text: string): Ipv4Range | null {
  const [address, prefixText, ...rest] = text.trim().split('/');
  if (rest.length || address === undefined) return null;
  if (prefixText !== undefined && !/^(3[0-2]|[12]?\d)$/.test(prefixText.trim())) return null;
  const ip = parseIpv4(address);
  if (ip === null) return null;
  const prefix = prefixText === undefined ? 32 : Number(prefixText);
  const size = 2 ** (32 - prefix);
  const first = Math.floor(ip / size) * size;
  return { first, last: first + size - 1, prefix };
}

/** "10.0.0.0/24": the range as its network and prefix length. */
export function formatCidr(range: Ipv4Range): string {
  return `${formatIpv4(range.first)}/${range.prefix}`;
}

/** The addresses two ranges share, as a range, or null when they share none. */
export function overlapOf(a: Ipv4Range, b: Ipv4Range): Ipv4Range | null {
  if (a.first > b.last || b.first > a.last) return null;
  // Two prefixes that overlap are nested: the shared addresses are the smaller one.
  return a.prefix >= b.prefix ? a : b;
}

export function overlaps(a: Ipv4Range, b: Ipv4Range): boolean {
  return overlapOf(a, b) !== null;
}

/** Whether `outer` holds every address of `inner`. */
export function contains(outer: Ipv4Range, inner: Ipv4Range): boolean {
  return outer.first <= inner.first && inner.last <= outer.last;
}

/** How many addresses a range holds. */
export const rangeSize = (range: Ipv4Range) => range.last - range.first + 1;
