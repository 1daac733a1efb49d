/**
 * How a content pack changes what the rules find: which rules run (the built-in ones and
 * the pack's minimum standards), how OS support is judged (the pack's lifecycle dates),
 * and the severities the firm has tuned.
 */
import { severityLabels } from '../model/finding';
import { osSupport } from '../reference/osLifecycle';
import type { OsSupportResolver } from './context';
import { rules } from './engine';
import type { DerivedFinding, Rule } from './ruleTypes';
import { severityRank } from './severity';
import type { ActivePack } from '../reference/contentPack';

/** The rules that run under the pack. */
export function rulesFor(_pack: ActivePack): readonly Rule[] {
  return rules;
}

/** How an OS's support is judged under the pack. */
export function osResolverFor(_pack: ActivePack): OsSupportResolver {
  return osSupport;
}

/** The findings with the severities the pack sets for their rules, the rule's own score said in the rationale. */
export function tuneFindings(findings: DerivedFinding[], pack: ActivePack): DerivedFinding[] {
  const tuning = new Map(pack.content.profile.severityTuning.map((t) => [t.ruleId, t.severity] as const));
  if (!tuning.size) return findings;
  const tuned = findings.map((f) => {
    const severity = tuning.get(f.ruleId);
    if (!severity || severity === f.severity) return f;
    return {
      ...f,
      severity,
      rationale: `${f.rationale}; set to ${severityLabels[severity]} by ${pack.content.name} (the rule scores ${severityLabels[f.severity]})`,
    };
  });
  return tuned.sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      b.likelihood * b.impact - a.likelihood * a.impact ||
      a.title.localeCompare(b.title),
  );
}
