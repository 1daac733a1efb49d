export { EvidencePanel } from './EvidencePanel';
export { RecordEvidence } from './RecordEvidence';
export { AnswerEvidence, FindingEvidence } from './FindingEvidence';
