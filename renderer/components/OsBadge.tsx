import type { Asset } from '../../shared/model/asset';
import { osSupport } from '../../shared/reference/osLifecycle';
import { osText } from '../../shared/rules/context';

const styles = { supported: 'badge-supported', 'extended-only': 'badge-medium', unsupported: 'badge-critical', unknown: 'badge-muted' } as const;
const words = { supported: 'Supported', 'extended-only': 'Extended support only', unsupported: 'Unsupported', unknown: 'Unknown' } as const;

/** End-of-support status of an asset's OS on the assessment date, as a badge a person can read at a glance. */
export function OsBadge({ asset, onDate }: { asset: Asset; onDate: string }) {
  const text = osText(asset);
  if (!text) return null;
  const support = osSupport(text, onDate);
  return (
    <span className={`badge ${styles[support.status]}`} title={support.label}>
      {words[support.status]}
    </span>
  );
}
