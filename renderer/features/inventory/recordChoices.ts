/**
 * The records a form can point to (networks, assets, applications, vendor links) by id
 * and name, and the name of any flow end, built-in zones included.
 */
import type { Application } from '../../../shared/model/application';
import type { Asset } from '../../../shared/model/asset';
import type { Network } from '../../../shared/model/network';
import type { VendorAccess } from '../../../shared/model/vendorAccess';
import { builtInZoneNames } from '../../../shared/topology/pathText';

export interface Choice {
  id: string;
  label: string;
}

export interface RecordChoices {
  networks: Choice[];
  assets: Choice[];
  applications: Choice[];
  vendorLinks: Choice[];
  /** Any record's or built-in zone's name; "Deleted record" for an id no longer there. */
  nameOf(id: string): string;
}

interface Row<T> {
  id: string;
  data: T;
}

export const networkName = (d: Network) => d.name || d.subnet || 'Unnamed network';
export const assetName = (d: Asset) => d.name || [d.vendor, d.model].filter(Boolean).join(' ') || 'Unnamed asset';
export const vendorLinkName = (d: VendorAccess) =>
  [d.vendor || 'Unnamed vendor link', d.tool].filter(Boolean).join(' · ');
export const applicationName = (d: Application) =>
  [d.name || 'Unnamed application', d.version].filter(Boolean).join(' ');

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label);

export function recordChoices(records: {
  networks: Row<Network>[];
  assets: Row<Asset>[];
  applications: Row<Application>[];
  vendorLinks: Row<VendorAccess>[];
}): RecordChoices {
  const networks = records.networks.map((r) => ({ id: r.id, label: networkName(r.data) })).sort(byLabel);
  const assets = records.assets.map((r) => ({ id: r.id, label: assetName(r.data) })).sort(byLabel);
  const applications = records.applications.map((r) => ({ id: r.id, label: applicationName(r.data) })).sort(byLabel);
  const vendorLinks = records.vendorLinks.map((r) => ({ id: r.id, label: vendorLinkName(r.data) })).sort(byLabel);
  const names = new Map<string, string>(Object.entries(builtInZoneNames));
  for (const list of [networks, assets, applications, vendorLinks]) for (const c of list) names.set(c.id, c.label);
  return { networks, assets, applications, vendorLinks, nameOf: (id) => names.get(id) ?? 'Deleted record' };
}

export const noChoices: RecordChoices = recordChoices({ networks: [], assets: [], applications: [], vendorLinks: [] });
