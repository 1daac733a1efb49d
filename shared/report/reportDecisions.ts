/**
 * The report's register of decisions: risks accepted (who is responsible, why, until
 * when, who decided), findings resolved (who fixed them and the retest), and the
 * regressions since the last visit (resolved then, found again).
 */
import type { Regression } from '../compare/regressions';
import { ownerLabels, type Finding } from '../model/finding';
import type { WithId } from '../model/withId';
import type { AssessedFinding } from '../rules/assessedFindings';
import { acceptanceExpiry } from '../rules/decisionRules';
import { severityRank, type Severity } from '../rules/severity';

export interface AcceptedRiskRow {
  title: string;
  severity: Severity;
  owner: string;
  reason: string;
  until: string;
  decidedBy: string;
  decidedAt: string;
}

export interface ResolutionRow {
  title: string;
  severity: Severity;
  fixedBy: string;
  retestCheck: string;
  retestDate: string;
  retestBy: string;
  decidedBy: string;
  decidedAt: string;
}

export interface DecisionRegister {
  accepted: AcceptedRiskRow[];
  resolutions: ResolutionRow[];
  /** Against the last visit; null when the report compares with none. */
  regressions: Regression[] | null;
}

const bySeverity = (a: { severity: Severity; title: string }, b: { severity: Severity; title: string }) =>
  severityRank[a.severity] - severityRank[b.severity] || a.title.localeCompare(b.title);

export function decisionRegister(
  findings: readonly AssessedFinding[],
  decisions: readonly WithId<Finding>[],
  regressions: Regression[] | null,
): DecisionRegister {
  const accepted = findings.flatMap((f) => {
    const d = f.record?.data;
    if (f.status !== 'accepted' || !d) return [];
    const until = acceptanceExpiry(d);
    return [
      {
        title: f.title,
        severity: f.severity,
        owner: d.owner,
        reason: d.statusNote,
        until,
        decidedBy: d.decidedBy,
        decidedAt: d.decidedAt,
      },
    ];
  });
  const current = new Map(findings.map((f) => [f.record?.id, f] as const));
  const resolutions = decisions
    .filter((r) => r.data.status === 'resolved')
    .map(({ id, data: d }) => ({
      title: current.get(id)?.title ?? d.title,
      severity: current.get(id)?.severity ?? d.severity,
      fixedBy: d.ownerType ? ownerLabels[d.ownerType] : 'Not recorded',
      retestCheck: d.retestCheck,
      retestDate: d.retestDate,
      retestBy: d.retestBy,
      decidedBy: d.decidedBy,
      decidedAt: d.decidedAt,
    }));
  return { accepted: accepted.sort(bySeverity), resolutions: resolutions.sort(bySeverity), regressions };
}
