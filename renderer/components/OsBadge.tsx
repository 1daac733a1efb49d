import type { Asset } from '../../shared/model/asset';
import { osSupport } from '../../shared/reference/osLifecycle';
import { osText } from '../../shared/rules/context';
import type { OsSupport } from '../../shared/rules/ruleTypes';

const styles = {
  supported: 'badge-supported',
  'extended-only': 'badge-medium',
  unsupported: 'badge-critical',
  unknown: 'badge-muted',
} as const;
const words = {
  supported: 'Supported',
  'extended-only': 'Extended support only',
  unsupported: 'Unsupported',
  unknown: 'Unknown',
} as const;

/** Shorter, for a table column. */
const shortWords = { ...words, 'extended-only': 'Extended only' } as const;

/** An end-of-support status as a badge a person can read at a glance; the label says since or until when. */
export function SupportBadge({ support, compact = false }: { support: OsSupport; compact?: boolean }) {
  return (
    <span className={`badge ${styles[support.status]}`} title={support.label}>
      {(compact ? shortWords : words)[support.status]}
    </span>
  );
}

/** End-of-support status of an asset's OS on the assessment date. */
export function OsBadge({ asset, onDate, compact = false }: { asset: Asset; onDate: string; compact?: boolean }) {
  const text = osText(asset);
  return text ? <SupportBadge support={osSupport(text, onDate)} compact={compact} /> : null;
}
