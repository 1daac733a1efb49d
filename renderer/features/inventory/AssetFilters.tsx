import { useId } from 'react';
import type { Asset } from '../../../shared/model/asset';
import type { Network } from '../../../shared/model/network';
import { osSupport } from '../../../shared/reference/osLifecycle';
import { osText } from '../../../shared/rules/context';
import { assetKindOptions, networkPurposeOptions } from './inventoryKinds';

export interface AssetFilterState {
  kind: string;
  os: string;
  purpose: string;
}

export const noAssetFilter: AssetFilterState = { kind: '', os: '', purpose: '' };

/** For example "unsupported OS on a clinical network": kind, OS support and the network's purpose. */
export function assetMatches(
  filter: AssetFilterState,
  asset: Asset,
  networks: ReadonlyMap<string, Network>,
  onDate: string,
): boolean {
  if (filter.kind && asset.kind !== filter.kind) return false;
  if (filter.os && osSupport(osText(asset) || ' ', onDate).status !== filter.os) return false;
  if (filter.purpose && (asset.networkId ? networks.get(asset.networkId)?.purpose : undefined) !== filter.purpose)
    return false;
  return true;
}

export function AssetFilters({
  value,
  onChange,
}: {
  value: AssetFilterState;
  onChange: (v: AssetFilterState) => void;
}) {
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value })}>
          <option value="">All kinds</option>
          {assetKindOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-os`}>OS support</label>
        <select id={`${id}-os`} value={value.os} onChange={(e) => onChange({ ...value, os: e.target.value })}>
          <option value="">Any</option>
          <option value="unsupported">Unsupported</option>
          <option value="extended-only">Extended support only</option>
          <option value="supported">Supported</option>
          <option value="unknown">Unknown</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-purpose`}>On a network for</label>
        <select
          id={`${id}-purpose`}
          value={value.purpose}
          onChange={(e) => onChange({ ...value, purpose: e.target.value })}
        >
          <option value="">Any network</option>
          {networkPurposeOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
