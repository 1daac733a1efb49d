/**
 * Findings new, resolved and persisting between two visits. A derived finding's key is
 * its rule and the ids of the records it rests on, and ids differ between assessments,
 * so the prior finding's records are first translated to the current records they were
 * matched with. Two findings are the same when rule, translated records and questions
 * agree; failing that, a finding about a group (say, the machines whose OS is not
 * identified) persists when the group shares a record, or when neither rests on records.
 */
import { ASSESSOR_RULE_ID, areaLabels } from '../model/finding';
import type { Finding } from '../model/finding';
import type { WithId } from '../model/withId';
import type { AssessedFinding } from '../rules/assessedFindings';
import { severityRank } from '../rules/severity';
import type { FindingChanges, FindingSummary, PersistingFinding, SeverityChange } from './comparisonTypes';
import { findRegressions } from './regressions';

export interface EvaluatedFindings {
  /** The findings with the assessor's overrides and decisions, the assessor's own included. */
  findings: AssessedFinding[];
  date: string;
  /** The stored decisions, so a finding resolved then and found again later is a regression. */
  decisions?: readonly WithId<Finding>[];
}

interface Entry {
  finding: AssessedFinding;
  records: string[];
  summary: FindingSummary;
}

function entries(side: EvaluatedFindings, translate: (id: string) => string): Entry[] {
  return side.findings.map((f) => ({
    finding: f,
    records: f.records.map(translate),
    summary: {
      key: f.key,
      ruleId: f.ruleId,
      title: f.title,
      area: areaLabels[f.area],
      severity: f.severity,
      ruleSeverity: f.ruleSeverity,
      detail: f.detail,
      status: f.status,
      source: f.source,
    },
  }));
}

/** The assessor's findings all carry one rule id; their title tells them apart. */
const identity = (e: Entry) =>
  `${e.finding.ruleId}|${[...e.records].sort().join(',')}|${e.finding.questions.join(',')}` +
  (e.finding.ruleId === ASSESSOR_RULE_ID ? `|${e.finding.title.trim().toLowerCase()}` : '');
const overlaps = (a: Entry, b: Entry) =>
  a.finding.ruleId === b.finding.ruleId &&
  (a.finding.ruleId !== ASSESSOR_RULE_ID ||
    a.finding.title.trim().toLowerCase() === b.finding.title.trim().toLowerCase()) &&
  (a.records.length === 0 && b.records.length === 0 ? true : a.records.some((r) => b.records.includes(r)));

function severityChange(before: FindingSummary, after: FindingSummary): SeverityChange {
  const delta = severityRank[before.severity] - severityRank[after.severity];
  return delta > 0 ? 'raised' : delta < 0 ? 'lowered' : 'unchanged';
}

const bySeverity = (a: FindingSummary, b: FindingSummary) =>
  severityRank[a.severity] - severityRank[b.severity] ||
  a.title.localeCompare(b.title) ||
  a.detail.localeCompare(b.detail);

export function compareFindings(
  prior: EvaluatedFindings,
  current: EvaluatedFindings,
  priorToCurrent: ReadonlyMap<string, string>,
): FindingChanges {
  const before = entries(prior, (id) => priorToCurrent.get(id) ?? `prior:${id}`);
  const after = entries(current, (id) => id);
  const taken = new Set<Entry>();
  const byIdentity = new Map<string, Entry[]>();
  for (const a of after) byIdentity.set(identity(a), [...(byIdentity.get(identity(a)) ?? []), a]);
  const persisting: PersistingFinding[] = [];
  const pair = (b: Entry, a: Entry | undefined, matchedOn: PersistingFinding['matchedOn']): boolean => {
    if (!a) return false;
    persisting.push({
      before: b.summary,
      after: a.summary,
      severityChange: severityChange(b.summary, a.summary),
      matchedOn,
    });
    taken.add(a);
    return true;
  };
  const unmatched = before.filter(
    (b) =>
      !pair(
        b,
        byIdentity.get(identity(b))?.find((a) => !taken.has(a)),
        'same-evidence',
      ),
  );
  const resolved = unmatched.filter(
    (b) =>
      !pair(
        b,
        after.find((a) => !taken.has(a) && overlaps(a, b)),
        'overlapping-evidence',
      ),
  );
  return {
    new: after
      .filter((a) => !taken.has(a))
      .map((a) => a.summary)
      .sort(bySeverity),
    resolved: resolved.map((b) => b.summary).sort(bySeverity),
    persisting: persisting.sort((x, y) => bySeverity(x.after, y.after)),
    regressions: findRegressions(prior.decisions ?? [], current.findings, priorToCurrent),
  };
}
