/**
 * Which findings must be fixed before the clinic is connected, by the pack's policy: a
 * minimum standard marked must-fix, a rule the policy names, or a severity at or above
 * the policy's threshold; and which make the verdict no-go whatever is promised.
 */
import { severityLabels } from '../model/finding';
import { severityRank, type Severity } from './severity';
import type { ActivePack } from '../reference/contentPack';

/** A minimum standard's findings carry the rule id `standard.<its id>`. */
export const STANDARD_RULE_PREFIX = 'standard.';
export const standardRuleId = (standardId: string) => `${STANDARD_RULE_PREFIX}${standardId}`;

interface Rated {
  ruleId: string;
  severity: Severity;
}

/** Why the finding must be fixed before connecting, in words; null when it need not be. */
export function mustFixReason(finding: Rated, pack: ActivePack): string | null {
  const { profile, name } = pack.content;
  const standard = finding.ruleId.startsWith(STANDARD_RULE_PREFIX)
    ? profile.standards.find((s) => standardRuleId(s.id) === finding.ruleId)
    : undefined;
  if (standard?.mustFix) return `${name} requires it before connecting`;
  if (profile.mustFix.ruleIds.includes(finding.ruleId)) return `${name} lists this rule as must-fix`;
  if (severityRank[finding.severity] <= severityRank[profile.mustFix.minSeverity])
    return `${severityLabels[finding.severity]} severity (must-fix from ${severityLabels[profile.mustFix.minSeverity]})`;
  return null;
}

/** The finding's rule makes the verdict no-go while it is open. */
export const isNoGo = (finding: Rated, pack: ActivePack) =>
  pack.content.profile.mustFix.noGoRuleIds.includes(finding.ruleId);
