/**
 * How a content pack changes what the rules find: which rules run (the built-in ones,
 * the pack's minimum standards, and the KEV check when it carries the catalogue), how OS
 * support is judged (the pack's lifecycle dates), and the severities the firm has tuned.
 */
import { severityLabels } from '../model/finding';
import { osSupport } from '../reference/osLifecycle';
import { packOsResolver } from '../reference/packOsLifecycle';
import type { OsSupportResolver } from './context';
import { rules } from './engine';
import { kevRule } from './kevRules';
import type { DerivedFinding, Rule } from './ruleTypes';
import { severityRank } from './severity';
import { standardRules } from './standardRules';
import type { ActivePack } from '../reference/contentPack';

const ruleCache = new WeakMap<ActivePack, readonly Rule[]>();
const osCache = new WeakMap<ActivePack, OsSupportResolver>();

/** The rules that run under the pack. */
export function rulesFor(pack: ActivePack): readonly Rule[] {
  let set = ruleCache.get(pack);
  if (!set) {
    const standards = standardRules(pack);
    const kev = pack.content.kev?.vulnerabilities.length ? [kevRule] : [];
    set = standards.length || kev.length ? [...rules, ...kev, ...standards] : rules;
    ruleCache.set(pack, set);
  }
  return set;
}

/** How an OS's support is judged under the pack: its lifecycle entries over the built-in table. */
export function osResolverFor(pack: ActivePack): OsSupportResolver {
  const entries = pack.content.osLifecycle;
  if (!entries.length) return osSupport;
  let resolver = osCache.get(pack);
  if (!resolver) osCache.set(pack, (resolver = packOsResolver(entries, pack.content.name)));
  return resolver;
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
