/** What each record of the topology is called in findings, paths and checklist explanations. */
import type { Application } from '../model/application';
import type { Asset } from '../model/asset';
import type { Network } from '../model/network';
import type { VendorAccess } from '../model/vendorAccess';
import { builtInZoneNames } from './pathText';
import type { WithId } from '../model/withId';

export interface NamedRecords {
  networks: readonly WithId<Network>[];
  assets: readonly WithId<Asset>[];
  vendorLinks: readonly WithId<VendorAccess>[];
  applications?: readonly WithId<Application>[];
}

/** A name for every record and built-in zone; `missing` for an id that is not among them. */
export function recordNamer(records: NamedRecords, missing: string): (id: string) => string {
  const names = new Map<string, string>(Object.entries(builtInZoneNames));
  for (const a of records.assets)
    names.set(
      a.id,
      a.data.name.trim() ||
        [a.data.vendor, a.data.model].filter(Boolean).join(' ').trim() ||
        a.data.deviceType ||
        a.data.kind,
    );
  for (const n of records.networks) names.set(n.id, n.data.name.trim() || n.data.subnet || 'Unnamed network');
  for (const v of records.vendorLinks)
    names.set(
      v.id,
      `${v.data.vendor.trim() || 'Vendor'} ${v.data.method === 'vpn' ? 'VPN' : v.data.method === 'modem' ? 'modem' : v.data.tool.trim() || 'remote access'}`,
    );
  for (const a of records.applications ?? []) names.set(a.id, a.data.name.trim() || 'Application');
  return (id) => names.get(id) ?? missing;
}
