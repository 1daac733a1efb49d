export { EvidencePanel } from './EvidencePanel';
export { RecordEvidence } from './RecordEvidence';
