/**
 * What changed between two assessments of one clinic, as plain data: the comparison
 * screen shows it and a report can lay it out without knowing how it was worked out.
 * "Prior" is the earlier visit, "current" the one being compared with it.
 */
import type { Asset } from '../model/asset';
import type { FindingSource } from '../model/finding';
import type { EffectiveStatus } from '../rules/findingStatus';
import type { OsSupport } from '../rules/ruleTypes';
import type { Severity } from '../rules/severity';
import type { Regression } from './regressions';
import type { UnconfirmedCounts } from './reviewedRecords';

export interface AssessmentRef {
  id: string;
  title: string;
  /** The date findings and OS support were judged on: the start date, or the fallback day. */
  date: string;
}

export interface FindingSummary {
  /** The derived finding's key in its own assessment. */
  key: string;
  ruleId: string;
  title: string;
  /** Area label, such as "Endpoints and OS". */
  area: string;
  severity: Severity;
  /** The rule's own rating: not `severity` where the assessor's override is in force. */
  ruleSeverity: Severity;
  detail: string;
  /** The assessor's decision in that assessment. */
  status: EffectiveStatus;
  /** A rule's finding, or the assessor's own. */
  source: FindingSource;
}

export type SeverityChange = 'raised' | 'lowered' | 'unchanged';

export interface PersistingFinding {
  before: FindingSummary;
  after: FindingSummary;
  severityChange: SeverityChange;
  /** Same records or answers; or, for a finding about a group, some of the same records. */
  matchedOn: 'same-evidence' | 'overlapping-evidence';
}

export interface FindingChanges {
  /** Found now, not on the prior visit. */
  new: FindingSummary[];
  /** Found on the prior visit, no longer derived from what is recorded now. */
  resolved: FindingSummary[];
  persisting: PersistingFinding[];
  /** Resolved on the prior visit (with the retest), found again now. */
  regressions: Regression[];
}

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface RecordSummary {
  id: string;
  name: string;
}

export interface RecordChange {
  priorId: string;
  currentId: string;
  name: string;
  /** Which identity paired the two records: "serial number", "MAC address", "name"… */
  matchedBy: string;
  fields: FieldChange[];
}

export interface RecordChanges<S extends RecordSummary = RecordSummary, C extends RecordChange = RecordChange> {
  added: S[];
  removed: S[];
  changed: C[];
  unchanged: number;
}

/** Better: towards supported; worse: towards unsupported; unclear: one side is not known. */
export type SupportTrend = 'better' | 'worse' | 'same' | 'unclear';

export interface AssetSummary extends RecordSummary {
  kind: Asset['kind'];
  /** OS version and edition as recorded, or "" when none. */
  os: string;
  support: OsSupport;
}

export interface OsChange {
  before: string;
  after: string;
  /** Each judged on its own assessment's date, as the findings are. */
  supportBefore: OsSupport;
  supportAfter: OsSupport;
  trend: SupportTrend;
}

export interface AssetChange extends RecordChange {
  /** Present when the OS text or its end-of-support status changed. */
  os?: OsChange;
}

export interface AssessmentComparison {
  prior: AssessmentRef;
  current: AssessmentRef;
  findings: FindingChanges;
  assets: RecordChanges<AssetSummary, AssetChange>;
  networks: RecordChanges;
  vendorLinks: RecordChanges;
  links: RecordChanges;
  applications: RecordChanges;
  /** Who may open connections to whom (model v2); a network's older "can reach" fields count as flows. */
  flows: RecordChanges;
  /** Records carried from the last visit and still to confirm: left out of everything above. */
  unconfirmed: UnconfirmedCounts;
  /** A few sentences saying what changed, for a report's summary. */
  summary: string[];
}
