/**
 * The findings as the assessor stands behind them: the rules' findings with the
 * assessor's overrides and decisions applied, and the assessor's own findings beside
 * them, all in one list every view, comparison and report reads.
 *
 * An override holds while the facts it was made on hold (findingFacts.ts); when they
 * change, the rule's rating stands again and the override is flagged for review.
 */
import { ASSESSOR_RULE_ID, type Area, type Finding, type FindingSource, type Owner } from '../model/finding';
import type { WithId } from '../model/withId';
import { findingFacts } from './findingFacts';
import { effectiveStatus, type EffectiveStatus } from './findingStatus';
import type { DerivedFinding } from './ruleTypes';
import { scoreSeverity, severityRank, type Severity } from './severity';

export interface RatingOverride {
  kind: 'severity' | 'not-applicable';
  /** The assessor's severity, for kind 'severity'. */
  severity: Severity | null;
  reason: string;
  by: string;
  at: string;
  /** The facts changed since it was made: the rule's rating stands until the assessor looks again. */
  needsReview: boolean;
}

export interface AssessedFinding extends DerivedFinding {
  source: FindingSource;
  /** The rule's own rating (for the assessor's finding, the assessor's). */
  ruleSeverity: Severity;
  /** An override of the rule's rating, in force or due for review. */
  override: RatingOverride | null;
  status: EffectiveStatus;
  /** The stored record behind it: the decision or override, or the assessor's finding itself. */
  record: WithId<Finding> | undefined;
}

/** The key an assessor's finding is known by. */
export const assessorFindingKey = (recordId: string) => `${ASSESSOR_RULE_ID}:${recordId}`;

function overrideOf(finding: DerivedFinding, decision: Finding | undefined): RatingOverride | null {
  if (!decision || decision.override === '') return null;
  return {
    kind: decision.override,
    severity: decision.override === 'severity' && decision.overrideSeverity ? decision.overrideSeverity : null,
    reason: decision.overrideReason,
    by: decision.overrideBy,
    at: decision.overrideAt,
    needsReview: decision.overrideBasis !== findingFacts(finding),
  };
}

function ruleFinding(finding: DerivedFinding, record: WithId<Finding> | undefined, onDate: string): AssessedFinding {
  const override = overrideOf(finding, record?.data);
  const inForce = override && !override.needsReview ? override : null;
  return {
    ...finding,
    severity: inForce?.severity ?? finding.severity,
    source: 'rule',
    ruleSeverity: finding.severity,
    override,
    status: inForce?.kind === 'not-applicable' ? 'not-applicable' : effectiveStatus(record?.data, onDate),
    record,
  };
}

/** The assessor's own finding, scored on the same likelihood × impact scale as a rule's. */
function assessorFinding(record: WithId<Finding>, onDate: string): AssessedFinding {
  const d = record.data;
  const { likelihood, impact, severity } = scoreSeverity({ likelihood: d.likelihood, impact: d.impact }, []);
  const scored = `likelihood ${likelihood} × impact ${impact}`;
  return {
    key: d.key || assessorFindingKey(record.id),
    ruleId: ASSESSOR_RULE_ID,
    area: (d.area || 'governance') as Area,
    title: d.title,
    detail: d.detail,
    severity,
    likelihood,
    impact,
    rationale: d.rationale ? `${d.rationale} (${scored})` : scored,
    records: d.evidence,
    questions: d.questions,
    remediation: d.recommendation,
    owner: (d.ownerType || 'clinic') as Owner,
    paths: [],
    source: 'assessor',
    ruleSeverity: severity,
    override: null,
    status: effectiveStatus(d, onDate),
    record,
  };
}

export function assessFindings(
  derived: readonly DerivedFinding[],
  records: readonly WithId<Finding>[],
  onDate: string,
): AssessedFinding[] {
  const byKey = new Map(records.filter((r) => r.data.source !== 'assessor').map((r) => [r.data.key, r] as const));
  return [
    ...derived.map((f) => ruleFinding(f, byKey.get(f.key), onDate)),
    ...records.filter((r) => r.data.source === 'assessor').map((r) => assessorFinding(r, onDate)),
  ].sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      b.likelihood * b.impact - a.likelihood * a.impact ||
      a.title.localeCompare(b.title) ||
      a.key.localeCompare(b.key),
  );
}
