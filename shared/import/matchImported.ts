/**
 * Re-importing a newer scan updates the assets it already knows instead of adding them
 * twice: a proposed asset matches an existing one by MAC address, else by IP address
 * and name together; each existing asset matches at most once. A match lists the
 * fields the import would change. A host nmap found no name for is named by its address,
 * so "IP and name" also finds it again.
 */
import { emptyAsset, type Asset } from '../model/asset';
import type { WithId } from '../model/withId';
import type { ProposedAsset } from './proposedInventory';

export interface FieldUpdate {
  field: 'ipAddress' | 'macAddress' | 'vendor' | 'osVersion' | 'osFamily' | 'remoteAccess';
  label: string;
  before: string;
  after: string;
}

export interface ImportRow {
  proposed: ProposedAsset;
  existing?: {
    id: string;
    name: string;
    matchedBy: 'MAC address' | 'IP address and name' | 'IP address, confirmed in the review';
  };
  /**
   * A recorded device at the same IP address with no MAC to tell them apart: probably the
   * same device (recorded by hand, named by the clinic); the assessor confirms.
   */
  possible?: { id: string; name: string };
  /** Recorded devices that use the same IP address with another MAC: an address clash to look into. */
  clashes: string[];
  updates: FieldUpdate[];
}

const macKey = (mac: string) => mac.toUpperCase().replace(/[^0-9A-F]/g, '');
const hostKey = (name: string) => name.trim().toLowerCase().split('.')[0] ?? '';

function updatesFor(asset: Asset, p: ProposedAsset): FieldUpdate[] {
  const out: FieldUpdate[] = [];
  const change = (field: FieldUpdate['field'], label: string, after: string, onlyIfEmpty = false) => {
    const before = String(asset[field] ?? '');
    if (after && after !== before && (!onlyIfEmpty || !before)) out.push({ field, label, before, after });
  };
  change('ipAddress', 'IP address', p.ipAddress);
  change('macAddress', 'MAC address', p.macAddress, true);
  change('vendor', 'Vendor', p.vendor, true);
  if (p.osGuess) change('osVersion', 'OS version', p.osGuess.name);
  if (asset.osFamily === 'unknown' && p.osFamily !== 'unknown') change('osFamily', 'OS family', p.osFamily);
  if (p.openPorts.length) change('remoteAccess', 'Remote access listening', p.remoteAccess.join(', ') || '', false);
  return out;
}

export function matchImported(proposed: ProposedAsset[], existing: WithId<Asset>[]): ImportRow[] {
  const byMac = new Map<string, WithId<Asset>>();
  for (const a of existing) if (macKey(a.data.macAddress)) byMac.set(macKey(a.data.macAddress), a);
  const byIpAndName = new Map<string, WithId<Asset>>();
  for (const a of existing)
    if (a.data.ipAddress && a.data.name) byIpAndName.set(`${a.data.ipAddress.trim()}|${hostKey(a.data.name)}`, a);
  const byIp = new Map<string, WithId<Asset>[]>();
  for (const a of existing)
    if (a.data.ipAddress.trim()) byIp.set(a.data.ipAddress.trim(), [...(byIp.get(a.data.ipAddress.trim()) ?? []), a]);
  const taken = new Set<string>();
  return proposed.map((p) => {
    const mac = macKey(p.macAddress);
    let match: WithId<Asset> | undefined = mac ? byMac.get(mac) : undefined;
    let matchedBy: NonNullable<ImportRow['existing']>['matchedBy'] = 'MAC address';
    if (!match || taken.has(match.id)) {
      match = p.ipAddress ? byIpAndName.get(`${p.ipAddress}|${hostKey(p.hostname || p.name)}`) : undefined;
      matchedBy = 'IP address and name';
    }
    if (match && !taken.has(match.id)) {
      taken.add(match.id);
      return {
        proposed: p,
        existing: { id: match.id, name: match.data.name, matchedBy },
        clashes: [],
        updates: updatesFor(match.data, p),
      };
    }
    const sameIp = (p.ipAddress ? (byIp.get(p.ipAddress) ?? []) : []).filter((a) => !taken.has(a.id));
    const possible = sameIp.find((a) => !macKey(a.data.macAddress) || !mac);
    const clashes = sameIp.filter((a) => a !== possible).map((a) => a.data.name || a.data.ipAddress);
    if (possible) {
      taken.add(possible.id);
      return {
        proposed: p,
        possible: { id: possible.id, name: possible.data.name || possible.data.ipAddress },
        clashes,
        updates: updatesFor(possible.data, p),
      };
    }
    return { proposed: p, clashes, updates: [] };
  });
}

/** The row as it will be saved: a possible match the assessor confirmed becomes a match; one they refused, a new device. */
export function settleRow(row: ImportRow, sameDevice: boolean): ImportRow {
  if (!row.possible) return row;
  if (!sameDevice) return { proposed: row.proposed, clashes: [...row.clashes, row.possible.name], updates: [] };
  return {
    ...row,
    existing: { id: row.possible.id, name: row.possible.name, matchedBy: 'IP address, confirmed in the review' },
  };
}

/** A new asset from a proposal; the suggested kind only when the assessor accepted it. */
export function assetFromProposal(
  p: ProposedAsset,
  assessmentId: string,
  networkId: string | null,
  acceptKind: boolean,
): Asset {
  return {
    ...emptyAsset(assessmentId),
    name: p.name,
    kind: acceptKind ? p.kind.kind : 'workstation',
    ipAddress: p.ipAddress,
    macAddress: p.macAddress,
    vendor: p.vendor,
    osFamily: p.osFamily,
    osVersion: p.osGuess?.name ?? '',
    remoteAccess: p.remoteAccess.join(', ').slice(0, 500),
    networkId,
    ...(p.extra ? { model: p.extra.model, serial: p.extra.serial, location: p.extra.location } : {}),
  };
}

/** The patch a matched asset gets: the chosen updates, as field values. */
export function patchFromUpdates(updates: FieldUpdate[]): Partial<Asset> {
  return Object.fromEntries(updates.map((u) => [u.field, u.after])) as Partial<Asset>;
}
