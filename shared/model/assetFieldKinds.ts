/**
 * Which asset fields apply to which kind of asset, so the form asks a PC about its
 * updates and a medical device about its clearance, not each about everything. A field
 * not listed applies to every kind. A value already entered stays shown even where the
 * field does not apply (the form never hides data).
 */
import type { Asset, AssetKind } from './asset';

const devices: readonly AssetKind[] = ['medical-device', 'network-device', 'iot'];
const computers: readonly AssetKind[] = ['workstation', 'server', 'medical-device'];

export const assetFieldKinds: Partial<Record<keyof Asset, readonly AssetKind[]>> = {
  deviceType: devices,
  firmware: devices,
  clearedOn: ['medical-device'],
  regulatoryBlocksUpgrade: ['medical-device'],
  agentsAllowed: ['medical-device'],
  esuCoverage: computers,
  esuUntil: computers,
  attachedToAssetId: ['medical-device', 'iot'],
  attachedVia: ['medical-device', 'iot'],
  safeToScan: ['server', ...devices],
  defaultCredentialsChanged: ['server', ...devices],
  hostsApplicationIds: computers,
};

/** Whether the form asks about `field` for an asset of this kind. */
export function assetFieldApplies(field: keyof Asset, kind: AssetKind | undefined): boolean {
  const kinds = assetFieldKinds[field];
  return !kinds || kind === undefined || kinds.includes(kind);
}
