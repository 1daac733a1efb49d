/**
 * May the clinic be connected to the parent's network: go, conditional or no-go, with
 * what stands in the way and who clears it.
 *
 * The policy:
 * - **No-go** while any compromise indicator is open or confirmed (a blocker each; only
 *   clearing the indicator, with who, when and why, lifts it — accepting the risk of its
 *   finding does not), or while a finding whose rule the pack lists as no-go still needs
 *   action (open, or accepted past its expiry).
 * - **Conditional** while must-fix findings (by the pack's policy: a must-fix standard, a
 *   listed rule, or a severity at or above its threshold) still need action, or while the
 *   compromise check's checks were not recorded ("not checked" is not "no positives").
 *   Accepted, resolved and not-applicable findings are not conditions.
 * - **Go** otherwise.
 *
 * Conditions group the findings that share an owner and a remediation (a rule's findings
 * share its remediation), so the list reads as a work list: one line per thing to do,
 * the findings it clears under it.
 */
import { compromiseCheckOptions } from '../checklists/sections/compromise';
import { ownerLabels, type Owner } from '../model/finding';
import { blocksConnecting, indicatorKindLabels, indicatorStatusLabels } from '../model/indicator';
import type { AssessedFinding } from '../rules/assessedFindings';
import { COMPROMISE_RULE_ID, indicatorFindingKey } from '../rules/compromiseRules';
import { needsAction } from '../rules/findingStatus';
import { isNoGo, mustFixReason } from '../rules/mustFix';
import type { RuleContext } from '../rules/ruleTypes';
import { severityRank, type Severity } from '../rules/severity';

export type Verdict = 'go' | 'conditional' | 'no-go';
export const verdictLabels: Record<Verdict, string> = {
  go: 'Go',
  conditional: 'Conditional',
  'no-go': 'No-go',
};

export interface VerdictCondition {
  /** What to do, in words: the findings' title (or titles). */
  text: string;
  owner: Owner;
  /** The remediation the findings share. */
  remediation: string;
  findingKeys: string[];
  /** The most severe of its findings. */
  severity: Severity;
  /** Why it must be done before connecting. */
  reason: string;
}

export interface VerdictBlocker {
  kind: 'indicator' | 'finding';
  text: string;
  /** The indicator's id, for kind 'indicator'. */
  indicatorId: string;
  findingKeys: string[];
  reason: string;
}

export interface IntegrationVerdict {
  verdict: Verdict;
  headline: string;
  blockers: VerdictBlocker[];
  conditions: VerdictCondition[];
  /** The compromise check's checks not recorded as done (by label). */
  checksNotDone: string[];
  counts: {
    blockers: number;
    conditions: number;
    /** Must-fix findings that still need action. */
    mustFixOpen: number;
    /** Must-fix findings whose risk is accepted (not conditions, but the team should know). */
    mustFixAccepted: number;
    indicatorsOpen: number;
    indicatorsCleared: number;
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function indicatorBlockers(context: RuleContext): VerdictBlocker[] {
  return context.indicators
    .filter((i) => blocksConnecting(i.data))
    .map((i) => {
      const on = i.data.assetId ? ` on ${context.nameOf(i.data.assetId)}` : '';
      return {
        kind: 'indicator' as const,
        text: `${indicatorKindLabels[i.data.kind]}${on}: ${i.data.description}`,
        indicatorId: i.id,
        findingKeys: [indicatorFindingKey(i.id)],
        reason:
          i.data.status === 'confirmed'
            ? 'Confirmed compromise: the incident must be closed before connecting'
            : `${indicatorStatusLabels.open}: it must be explained and cleared before connecting`,
      };
    });
}

/** The checks of the compromise check the checklist does not record as done. */
export function checksNotDone(context: RuleContext): string[] {
  const done = context.answers.get('compromise.checks-done');
  const list = Array.isArray(done) ? done.map(String) : [];
  return compromiseCheckOptions.filter((o) => !list.includes(o.value)).map((o) => o.label);
}

function compromiseCheckCondition(missing: string[]): VerdictCondition[] {
  if (!missing.length) return [];
  const all = missing.length === compromiseCheckOptions.length;
  return [
    {
      text: all ? 'Compromise check not done' : `Compromise check incomplete: ${missing.join('; ')}`,
      owner: 'parent-it',
      remediation:
        'Before connecting, review local admin accounts, scheduled tasks and autoruns, outbound connections and EDR/antivirus alerts, record each check done in the Compromise check section, and raise anything unexplained as an indicator.',
      findingKeys: [],
      severity: 'high',
      reason: 'Without the checks, "no signs of compromise" means "not looked"',
    },
  ];
}

/** What a group's remediations say in common: the rule's own, without the line a finding adds for its device. */
function sharedRemediation(all: string[]): string {
  const [first = '', ...rest] = all;
  let common = first;
  for (const r of rest) {
    let i = 0;
    while (i < common.length && common[i] === r[i]) i++;
    common = common.slice(0, i);
  }
  if (common === first) return first;
  const end = common.lastIndexOf('. ');
  return end > 0 ? common.slice(0, end + 1) : first;
}

function groupConditions(findings: { finding: AssessedFinding; reason: string }[]): VerdictCondition[] {
  const groups = new Map<string, { finding: AssessedFinding; reason: string }[]>();
  for (const f of findings) {
    // A rule's findings share its remediation (some add a line of their own); the assessor's own group by theirs.
    const what = f.finding.source === 'assessor' ? f.finding.remediation : f.finding.ruleId;
    const key = `${f.finding.owner}\u0000${what}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()]
    .map((group) => {
      const titles = [...new Set(group.map((g) => g.finding.title))];
      const severity = group
        .map((g) => g.finding.severity)
        .sort((a, b) => severityRank[a] - severityRank[b])[0] as Severity;
      const head = titles.slice(0, 2).join('; ');
      return {
        text: titles.length > 2 ? `${head}; and ${plural(titles.length - 2, 'more')}` : head,
        owner: group[0]!.finding.owner,
        remediation: sharedRemediation(group.map((g) => g.finding.remediation)),
        findingKeys: group.map((g) => g.finding.key),
        severity,
        reason: [...new Set(group.map((g) => g.reason))].join('; '),
      };
    })
    .sort(
      (a, b) =>
        severityRank[a.severity] - severityRank[b.severity] ||
        b.findingKeys.length - a.findingKeys.length ||
        a.text.localeCompare(b.text),
    );
}

function headlineOf(verdict: Verdict, blockers: VerdictBlocker[], conditions: VerdictCondition[]): string {
  if (verdict === 'no-go') {
    const signs = blockers.filter((b) => b.kind === 'indicator').length;
    const what = [
      signs ? plural(signs, 'sign of compromise', 'signs of compromise') + ' not cleared' : '',
      blockers.length - signs ? plural(blockers.length - signs, 'no-go finding') + ' open' : '',
    ].filter(Boolean);
    return `No-go: do not connect — ${what.join(' and ')}.`;
  }
  if (verdict === 'conditional')
    return `Conditional: connect once ${plural(conditions.length, 'condition is', 'conditions are')} met.`;
  return 'Go: nothing must be fixed before connecting.';
}

/** The verdict on the findings as the assessor stands behind them, under the context's pack. */
export function integrationVerdict(findings: readonly AssessedFinding[], context: RuleContext): IntegrationVerdict {
  const { pack } = context;
  const open = findings.filter((f) => needsAction(f.status) && f.ruleId !== COMPROMISE_RULE_ID);
  const noGo = open.filter((f) => isNoGo(f, pack));
  const blockers: VerdictBlocker[] = [
    ...indicatorBlockers(context),
    ...noGo.map((f) => ({
      kind: 'finding' as const,
      text: `${f.title}: ${f.detail}`,
      indicatorId: '',
      findingKeys: [f.key],
      reason: `${pack.content.name} lists this rule as no-go`,
    })),
  ];
  const mustFix = open.flatMap((f) => {
    const reason = isNoGo(f, pack) ? null : mustFixReason(f, pack);
    return reason ? [{ finding: f, reason }] : [];
  });
  const missing = checksNotDone(context);
  const conditions = [...groupConditions(mustFix), ...compromiseCheckCondition(missing)];
  const verdict: Verdict = blockers.length ? 'no-go' : conditions.length ? 'conditional' : 'go';
  const mustFixAccepted = findings.filter(
    (f) => f.status === 'accepted' && f.ruleId !== COMPROMISE_RULE_ID && mustFixReason(f, pack),
  ).length;
  return {
    verdict,
    headline: headlineOf(verdict, blockers, conditions),
    blockers,
    conditions,
    checksNotDone: missing,
    counts: {
      blockers: blockers.length,
      conditions: conditions.length,
      mustFixOpen: mustFix.length,
      mustFixAccepted,
      indicatorsOpen: context.indicators.filter((i) => blocksConnecting(i.data)).length,
      indicatorsCleared: context.indicators.filter((i) => !blocksConnecting(i.data)).length,
    },
  };
}

/** An owner in a work list: "the vendor". */
export const ownerText = (owner: Owner) => ownerLabels[owner];
