/**
 * A machine's support status as it is, not only as the vendor's calendar says: paid
 * extended updates count only where the machine is enrolled and installing them, and
 * where a vendor publishes no end date (Apple) the last update installed decides.
 */
import type { Asset } from '../model/asset';
import type { OsSupportStatus } from '../reference/osLifecycle';
import type { OsSupport } from './ruleTypes';

/** Updates older than this are not "recent": a monthly patch cycle missed three times. */
export const STALE_UPDATE_DAYS = 90;

const age = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export function effectiveSupport(asset: Asset, vendor: OsSupportStatus, onDate: string): OsSupport {
  const product = vendor.product;
  const policy = product?.dateBasis === 'policy' ? product.source : undefined;
  const base: OsSupport = {
    status: vendor.status,
    label: vendor.label,
    ...(vendor.since ? { since: vendor.since } : {}),
    ...(policy ? { basis: policy } : {}),
  };
  const last = asset.lastSecurityUpdate;
  const recent = last !== '' && age(last, onDate) <= STALE_UPDATE_DAYS;

  if (vendor.status === 'extended-only') {
    if (asset.esuCoverage === 'not-enrolled')
      return {
        ...base,
        status: 'unsupported',
        label: `Free updates ended ${vendor.since ?? ''}; not enrolled in paid extended updates`,
      };
    if (asset.esuCoverage === 'unknown')
      return {
        ...base,
        esuUnconfirmed: true,
        label: `Free updates ended ${vendor.since ?? ''}; enrolment in paid extended updates not confirmed`,
      };
    if (asset.esuUntil && asset.esuUntil < onDate)
      return {
        ...base,
        status: 'unsupported',
        label: `Enrolment in extended updates ended ${asset.esuUntil}`,
        basis: 'extended-update enrolment lapsed',
      };
    if (last && !recent)
      return {
        ...base,
        status: 'unsupported',
        label: `Enrolled in extended updates, but the newest update installed is from ${last}`,
        basis: 'enrolled, but updates are not being installed: unsupported in effect',
      };
    return {
      ...base,
      label: `Free updates ended ${vendor.since ?? ''}; enrolled in paid extended updates until ${asset.esuUntil || vendor.until || 'a date not recorded'}${last ? `, last update ${last}` : ''}`,
    };
  }
  if (policy && vendor.status === 'unsupported' && recent) {
    return {
      ...base,
      status: 'supported',
      label: `Out of the vendor's usual support window, but an update from ${last} is installed`,
      basis: `${policy}; the last security update installed (${last}) shows it is still patched`,
    };
  }
  return base;
}
