/**
 * Which entries of CISA's Known Exploited Vulnerabilities catalogue name a recorded
 * device: the entry's vendor must be the asset's vendor and one of the product names it
 * lists must appear, word for word, in the asset's model, device type, firmware or (for
 * appliances) OS text. Broad products ("Windows", "Office", "Chrome") are never matched:
 * every PC would match them and the finding would say nothing a patch rule does not.
 */
import type { Asset } from '../model/asset';
import type { KevEntry } from '../reference/packTables';

const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;

/** Products too broad to tell one machine from another. */
const broadProducts = [
  /^windows\b/,
  /^win32k$/,
  /^internet explorer$/,
  /^(office|word|excel|outlook)$/,
  /^multiple products$/,
  /^(chrome|chromium|chromium v8|edge)$/,
  /^(ios|ipados|macos|ios and ipados|android|linux kernel|kernel)$/,
  /^(java se|java|\.net framework|flash player)$/,
];
/** Product words that name no product on their own ("Citrix … Gateway"). */
const genericNames = new Set([
  'gateway',
  'gateways',
  'server',
  'router',
  'routers',
  'firewall',
  'vpn',
  'appliance',
  'appliances',
  'firmware',
  'devices',
  'multiple devices',
]);

/** The product names an entry lists: "Connect Secure, Policy Secure, and ZTA Gateways" → connect secure, policy secure, zta gateways. */
export function productNames(product: string): string[] {
  const whole = words(product).trim();
  if (broadProducts.some((re) => re.test(whole))) return [];
  const abbreviations = [...product.matchAll(/\(([^)]+)\)/g)].map((m) => m[1] ?? '');
  const parts = product
    .replace(/\([^)]*\)/g, ' ')
    .split(/,|\band\b|\//i)
    .concat(abbreviations)
    .map((p) => words(p).trim())
    .filter((p) => p.length >= 3 && !genericNames.has(p));
  return [...new Set(parts)];
}

const vendorKey = (vendor: string) =>
  words(vendor)
    .replace(/\b(inc|ltd|llc|corp|corporation|co|gmbh)\b/g, ' ')
    .trim();

/** The entry's vendor is the asset's: one names the other ("SonicWall" and "SonicWall Inc."). */
export function sameVendor(entry: KevEntry, asset: Asset): boolean {
  const kev = vendorKey(entry.vendorProject);
  const mine = vendorKey(asset.vendor);
  return !!kev && !!mine && (` ${mine} `.includes(` ${kev} `) || ` ${kev} `.includes(` ${mine} `));
}

/** Kinds of asset a KEV entry is matched against: appliances and devices, whose product the assessor records. */
const matchedKinds = new Set<Asset['kind']>(['network-device', 'medical-device', 'server', 'iot']);

/** The text a product name is looked for in: a server's OS is left out (its named products are the point, not Windows). */
function productText(asset: Asset): string {
  const own = [asset.model, asset.deviceType, asset.firmware, asset.name];
  return words((asset.kind === 'server' ? own : [...own, asset.osVersion, asset.osEdition]).join(' '));
}

/** The catalogue's entries that name this asset. */
export function kevEntriesFor(asset: Asset, entries: readonly KevEntry[]): KevEntry[] {
  if (!matchedKinds.has(asset.kind) || !asset.vendor.trim()) return [];
  const text = productText(asset);
  return entries.filter(
    (e) => sameVendor(e, asset) && productNames(e.product).some((name) => text.includes(` ${name} `)),
  );
}
