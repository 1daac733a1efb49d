/** Fast entry of assets: what the next new asset keeps, and what may be set on many at once. */
import type { Asset } from '../../../shared/model/asset';
import type { InventoryTab } from './inventoryTab';

/** Copies of an asset: numbered names, and what identifies one machine left blank. */
export const assetCopy: NonNullable<InventoryTab<'asset'>['copy']> = {
  name: 'name',
  clear: { ipAddress: '', macAddress: '', serial: '' },
  cleared: 'addresses and serial numbers',
};

/** What devices of one batch share: what they are, where they stand, what they run and where they connect. */
const shared: readonly (keyof Asset)[] = [
  'kind',
  'deviceType',
  'vendor',
  'model',
  'criticality',
  'location',
  'physicalExposure',
  'osFamily',
  'osVersion',
  'osEdition',
  'patchedBy',
  'networkId',
  'connection',
];

/** Kept from the asset just saved with Enter: what the next device in the room most likely shares. */
export const assetSticky = shared;

/** Set on many ticked assets at once; never a name, an address or a serial, which are one machine's own. */
export const assetBulk: readonly (keyof Asset)[] = [
  ...shared,
  'lastSecurityUpdate',
  'lastUpdateBuild',
  'esuCoverage',
  'esuUntil',
  'patchable',
  'vendorSupportEnds',
  'safeToScan',
  'vendorManaged',
  'storesPatientData',
  'transmitsPatientData',
  'defaultCredentialsChanged',
];
