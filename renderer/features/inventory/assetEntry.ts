/** Fast entry of assets: what the next new asset keeps, and what may be set on many at once. */
import type { Asset } from '../../../shared/model/asset';

/** Kept from the asset just saved with Enter: what the next device in the room most likely shares. */
export const assetSticky: readonly (keyof Asset)[] = [
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

/** Set on many ticked assets at once; never a name, an address or a serial, which are one machine's own. */
export const assetBulk: readonly (keyof Asset)[] = [
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
  'lastSecurityUpdate',
  'lastUpdateBuild',
  'esuCoverage',
  'patchable',
  'patchedBy',
  'vendorSupportEnds',
  'networkId',
  'connection',
  'safeToScan',
  'vendorManaged',
  'storesPatientData',
  'transmitsPatientData',
  'defaultCredentialsChanged',
];
