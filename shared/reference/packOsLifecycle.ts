/**
 * The OS lifecycle table as a content pack updates it: a product the app knows (by the
 * id the resolver gives it) takes the pack's dates and source; a product the app does
 * not know is recognised by its name in the OS text (case-insensitive, whole words, the
 * longest name first), so a firm can add a release that came out after the app shipped.
 */
import { resolveOs, supportStatus, type OsProduct, type OsSupportStatus } from './osLifecycle';
import { windowsClient, windowsEmbedded, windowsLtsc, windowsServer } from './osLifecycleTable';
import type { PackOsProduct } from './packTables';

const builtInIds = new Set([...windowsClient, ...windowsLtsc, ...windowsEmbedded, ...windowsServer].map((p) => p.id));
/** Ids the resolver makes up from the text (a Windows 10 release, an Ubuntu version). */
const derivedId = /^(windows-1[01]-|win-1[01]-|ubuntu-|rhel-|centos-|debian-|macos-)/;

export const isBuiltInOsId = (id: string) => builtInIds.has(id) || derivedId.test(id);

const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim()} `;

/** The pack's dates and source on the product (the resolver's own, for a known id): the pack's paid end replaces the app's, or removes it. */
function asProduct(entry: PackOsProduct, packName: string, base?: OsProduct): OsProduct {
  const { id, name, family, end, paidEnd, source } = entry;
  const { id: baseId, name: baseName, family: baseFamily } = base ?? { id, name, family };
  return {
    id: baseId,
    name: baseName,
    family: baseFamily,
    end,
    ...(paidEnd ? { paidEnd } : {}),
    dateBasis: 'published',
    source: source ? `${source} (from ${packName})` : packName,
  };
}

export type OsResolver = (osText: string, onDate: string) => OsSupportStatus;

/** The resolver under the pack's table; the built-in one when the pack has none. */
export function packOsResolver(entries: readonly PackOsProduct[], packName: string): OsResolver {
  const byId = new Map(entries.map((e) => [e.id, e] as const));
  const added = entries
    .filter((e) => !isBuiltInOsId(e.id))
    .filter((e) => words(e.name).trim())
    .map((e) => ({ entry: e, name: words(e.name).trim() }))
    .sort((a, b) => b.name.length - a.name.length)
    // The whole name, its last word a version prefix at most: "Rocky Linux 9" names "Rocky Linux 9.4", not "Rocky Linux 90".
    .map((a) => ({ ...a, pattern: new RegExp(` ${a.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[ .])`) }));
  return (osText, onDate) => {
    const text = words(osText);
    const named = added.find((a) => a.pattern.test(text));
    const builtIn = resolveOs(osText);
    const updated = builtIn ? byId.get(builtIn.id) : undefined;
    // The app's own reading wins where it names a release; a product the firm added wins over a guess without one.
    const product =
      builtIn && !builtIn.releaseUnknown
        ? updated
          ? asProduct(updated, packName, builtIn)
          : builtIn
        : named
          ? asProduct(named.entry, packName)
          : builtIn;
    return product ? supportStatus(product, onDate) : { status: 'unknown', label: 'OS not recognised' };
  };
}
