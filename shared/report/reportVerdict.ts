/**
 * The report's "Connecting to the parent's network": the integration verdict, the
 * blockers and conditions with their owners and findings, and the compromise check with
 * each indicator and its state.
 */
import { compromiseCheckOptions } from '../checklists/sections/compromise';
import { integrationVerdict, verdictLabels, type Verdict } from '../integration/verdict';
import { indicatorStateText } from '../integration/indicatorClearance';
import { ownerLabels, severityLabels } from '../model/finding';
import { indicatorKindLabels } from '../model/indicator';
import { packLabel } from '../reference/contentPack';
import type { AssessedFinding } from '../rules/assessedFindings';
import type { RuleContext } from '../rules/ruleTypes';

export interface ReportVerdict {
  verdict: Verdict;
  /** "No-go", "Conditional", "Go". */
  label: string;
  headline: string;
  /** The pack the verdict is judged under. */
  judgedUnder: string;
  blockers: { text: string; reason: string }[];
  conditions: {
    text: string;
    owner: string;
    severity: string;
    reason: string;
    remediation: string;
    /** The findings' distinct titles, each with its count. */
    findings: string[];
    findingCount: number;
  }[];
  /** Accepted must-fix findings: not conditions, said so the team knows. */
  mustFixAccepted: number;
  checks: { check: string; done: boolean }[];
  indicators: { kind: string; machine: string; description: string; source: string; state: string }[];
}

/** Distinct titles, each with how many findings carry it: "Operating system past end of support (12)". */
export function titleCounts(titles: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const t of titles) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([t, n]) => (n > 1 ? `${t} (${n})` : t));
}

export function reportVerdict(findings: readonly AssessedFinding[], context: RuleContext): ReportVerdict {
  const v = integrationVerdict(findings, context);
  const titles = new Map(findings.map((f) => [f.key, f.title] as const));
  return {
    verdict: v.verdict,
    label: verdictLabels[v.verdict],
    headline: v.headline,
    judgedUnder: packLabel(context.pack),
    blockers: v.blockers.map((b) => ({ text: b.text, reason: b.reason })),
    conditions: v.conditions.map((c) => ({
      text: c.text,
      owner: ownerLabels[c.owner],
      severity: severityLabels[c.severity],
      reason: c.reason,
      remediation: c.remediation,
      findings: titleCounts(c.findingKeys.map((k) => titles.get(k) ?? k)),
      findingCount: c.findingKeys.length,
    })),
    mustFixAccepted: v.counts.mustFixAccepted,
    checks: compromiseCheckOptions.map((o) => ({ check: o.label, done: !v.checksNotDone.includes(o.label) })),
    indicators: context.indicators.map((i) => ({
      kind: indicatorKindLabels[i.data.kind],
      machine: i.data.assetId ? context.nameOf(i.data.assetId) : 'No particular machine',
      description: i.data.description,
      source: i.data.source === 'scan' ? 'Scan' : 'Assessor',
      state: indicatorStateText(i.data),
    })),
  };
}
