/**
 * Runs every rule over an assessment's facts and scores what they find. Pure and
 * fast enough to run on every change, so findings stay live.
 */
import { addressRules } from './addressRules';
import { agentRules } from './agentRules';
import { compromiseRules } from './compromiseRules';
import { deviceRules } from './deviceRules';
import { endpointRules } from './endpointRules';
import { identityRules } from './identityRules';
import { networkRules } from './networkRules';
import type { DerivedFinding, Rule, RuleContext } from './ruleTypes';
import { serviceRules } from './serviceRules';
import { topologyRules } from './topologyRules';
import { scoreSeverity, severityRank } from './severity';
import { vendorRules } from './vendorRules';

export const rules: readonly Rule[] = [
  ...endpointRules,
  ...deviceRules,
  ...networkRules,
  ...topologyRules,
  ...vendorRules,
  ...serviceRules,
  ...addressRules,
  ...agentRules,
  ...compromiseRules,
  ...identityRules,
];

export function evaluateRules(context: RuleContext, ruleSet: readonly Rule[] = rules): DerivedFinding[] {
  const findings: DerivedFinding[] = [];
  for (const rule of ruleSet) {
    for (const hit of rule.evaluate(context)) {
      const { likelihood, impact, severity } = scoreSeverity(rule.base, hit.factors);
      const basis = hit.records.length ? [...hit.records].sort().join(',') : hit.questions.join(',');
      findings.push({
        key: `${rule.id}:${basis}`,
        ruleId: rule.id,
        area: rule.area,
        title: rule.title,
        detail: hit.detail,
        severity,
        likelihood,
        impact,
        rationale: rationale(
          hit.factors.map((f) => f.label),
          likelihood,
          impact,
        ),
        records: hit.records,
        questions: hit.questions,
        remediation: hit.extraRemediation ? `${rule.remediation} ${hit.extraRemediation}` : rule.remediation,
        owner: rule.owner ?? 'clinic',
        paths: hit.paths ?? [],
      });
    }
  }
  return findings.sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      b.likelihood * b.impact - a.likelihood * a.impact ||
      a.title.localeCompare(b.title),
  );
}

function rationale(factors: string[], likelihood: number, impact: number): string {
  const scored = `likelihood ${likelihood} × impact ${impact}`;
  return factors.length ? `${factors.join(' × ')} (${scored})` : scored;
}
