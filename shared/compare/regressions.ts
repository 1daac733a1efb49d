/**
 * Regressions: findings the previous visit recorded as resolved (with who fixed it and
 * the retest) that are found again now. The prior decision is matched, not the prior
 * finding, as a resolved finding may no longer fire on its own visit: its rule and the
 * records it rested on, translated to the current records they were matched with, must
 * give the current finding's key (a finding resting on answers only keeps its key).
 */
import { ASSESSOR_RULE_ID, ownerLabels, type Finding } from '../model/finding';
import { inSentence } from '../model/labels';
import type { WithId } from '../model/withId';
import type { AssessedFinding } from '../rules/assessedFindings';
import type { Severity } from '../rules/severity';

export interface Regression {
  /** The current finding's key. */
  key: string;
  ruleId: string;
  title: string;
  severity: Severity;
  detail: string;
  /** The previous visit's resolution: when and by whom it was recorded, who fixed it, and the retest. */
  resolvedOn: string;
  resolvedBy: string;
  fixedBy: string;
  retest: { check: string; date: string; by: string };
}

const title = (text: string) => text.trim().toLowerCase();

/** What the prior decision's finding is called among the current findings. */
function priorIdentity(decision: Finding, translate: (id: string) => string): string {
  if (decision.source === 'assessor' || decision.ruleId === ASSESSOR_RULE_ID)
    return `${ASSESSOR_RULE_ID}|${title(decision.title)}`;
  if (!decision.evidence.length) return decision.key;
  return `${decision.ruleId}:${decision.evidence.map(translate).sort().join(',')}`;
}

const currentIdentity = (f: AssessedFinding) =>
  f.source === 'assessor' ? `${ASSESSOR_RULE_ID}|${title(f.title)}` : f.key;

export function findRegressions(
  priorDecisions: readonly WithId<Finding>[],
  current: readonly AssessedFinding[],
  priorToCurrent: ReadonlyMap<string, string>,
): Regression[] {
  const translate = (id: string) => priorToCurrent.get(id) ?? `prior:${id}`;
  const resolved = new Map<string, Finding>();
  for (const { data } of priorDecisions)
    if (data.status === 'resolved') resolved.set(priorIdentity(data, translate), data);
  return current.flatMap((f) => {
    const before = resolved.get(currentIdentity(f));
    if (!before) return [];
    return [
      {
        key: f.key,
        ruleId: f.ruleId,
        title: f.title,
        severity: f.severity,
        detail: f.detail,
        resolvedOn: before.decidedAt || before.retestDate,
        resolvedBy: before.decidedBy,
        fixedBy: before.ownerType ? ownerLabels[before.ownerType] : '',
        retest: { check: before.retestCheck, date: before.retestDate, by: before.retestBy },
      },
    ];
  });
}

/** "Regression — resolved on the last visit (2026-11-30, by the clinic's MSP; retest: … on … by …)." */
export function regressionSentence(r: Regression): string {
  const by = [r.resolvedOn, r.fixedBy ? `fixed by ${inSentence(r.fixedBy)}` : ''].filter(Boolean).join(', ');
  const retest = r.retest.check
    ? `; retest: ${r.retest.check}${r.retest.date ? ` on ${r.retest.date}` : ''}${r.retest.by ? ` by ${r.retest.by}` : ''}`
    : '';
  return `Regression — resolved on the last visit${by || retest ? ` (${by}${retest})` : ''}, found again now.`;
}
