import type { EvidenceTarget } from '../../../shared/model/evidence';
import { EvidencePanel } from './EvidencePanel';

/** The inventory kinds evidence can be attached to, as evidence targets. */
const targets: Partial<Record<string, EvidenceTarget>> = { asset: 'asset', vendorAccess: 'vendorAccess' };

/** The "Evidence" section at the end of an inventory record's form, for the kinds that take evidence. */
export function RecordEvidence({ type, id, record }: { type: string; id: string; record: object }) {
  const target = targets[type];
  const assessmentId = (record as { assessmentId?: unknown }).assessmentId;
  if (!target || typeof assessmentId !== 'string') return null;
  return <EvidencePanel place={{ assessmentId, target, targetId: id }} />;
}
