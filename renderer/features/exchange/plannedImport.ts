/** A file opened and planned for import: what importing it would do, and who signed it. */
import type { BundleManifest } from '../../../shared/bundle/bundleContent';
import type { SignerInfo } from '../../../shared/bundle/readBundle';
import type { ImportPlan } from '../../db/importExport';

export interface Planned {
  name: string;
  manifest: BundleManifest;
  plan: ImportPlan;
  signer?: SignerInfo & { trusted: boolean; own: boolean };
}
