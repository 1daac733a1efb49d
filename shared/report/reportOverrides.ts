/**
 * What a report says of the assessor's overrides of a rule's rating: both ratings while
 * one is in force, the justification with who and when, the overrides the facts have
 * moved away from, and the findings the assessor judged not applicable here.
 */
import { severityLabels } from '../model/finding';
import { agree, count } from '../model/plural';
import type { RatingOverride } from '../rules/assessedFindings';
import type { Severity } from '../rules/severity';

interface Rated {
  severity: Severity;
  ruleSeverity: Severity;
  override: RatingOverride | null;
}

/** Who made the override and on which day, "Sam Lee on 2026-11-30". */
export const overrideByline = (o: Pick<RatingOverride, 'by' | 'at'>): string =>
  `${o.by || 'the assessor'} on ${o.at.slice(0, 10) || 'a day not recorded'}`;

/** "Low (rule: High)" while the assessor's severity is in force, else the severity alone. */
export function ratingText(f: Rated): string {
  const own = severityLabels[f.severity];
  return f.override && !f.override.needsReview && f.severity !== f.ruleSeverity
    ? `${own} (rule: ${severityLabels[f.ruleSeverity]})`
    : own;
}

/** What the assessor did, in a sentence: "rated it Low" or "marked it not applicable". */
const whatWasDone = (o: RatingOverride) =>
  o.kind === 'not-applicable' ? 'marked it not applicable' : `rated it ${severityLabels[o.severity ?? 'info']}`;

/** The override and its justification in a sentence or two; '' without one. */
export function overrideText(f: Rated): string {
  const o = f.override;
  if (!o) return '';
  if (o.needsReview)
    return `Override due for review: ${overrideByline(o)} ${whatWasDone(o)} (“${o.reason}”), but the facts changed since, so the rule's rating, ${severityLabels[f.ruleSeverity]}, applies.`;
  return `Override by ${overrideByline(o)}, who ${whatWasDone(o)} where the rule rates it ${severityLabels[f.ruleSeverity]}: ${o.reason}`;
}

/** Findings the assessor judged not applicable here, with the override in force. */
export const isNotApplicable = (f: { status: string }) => f.status === 'not-applicable';

/** Findings whose override the facts have moved away from. */
export const overrideDueForReview = (f: Rated) => f.override?.needsReview === true;

/** A line for the summary when the assessor overrode any rule's rating; none otherwise. */
export function overrideSummary(rows: readonly (Rated & { status: string })[]): string[] {
  const rated = rows.filter((r) => r.override?.kind === 'severity' && !r.override.needsReview).length;
  const notApplicable = rows.filter(isNotApplicable).length;
  const review = rows.filter(overrideDueForReview).length;
  if (!rated && !notApplicable && !review) return [];
  const parts = [
    ...(rated ? [`changed the rules' rating of ${count(rated, 'finding')}`] : []),
    ...(notApplicable ? [`judged ${count(notApplicable, 'finding')} not applicable here`] : []),
  ];
  const done = parts.length ? `The assessor ${parts.join(' and ')}, each with a written justification.` : '';
  const due = review
    ? `${count(review, 'override')} ${agree(review, 'is', 'are')} due for review, as the facts changed since.`
    : '';
  return [[done, due].filter(Boolean).join(' ')];
}
