/**
 * The assessor's override of a rule's rating, as it is written: another severity, or not
 * applicable here, always with a written justification, who made it and when, and the
 * facts it was made on (findingFacts.ts) so a later change of those facts flags it.
 */
import type { Finding } from '../model/finding';
import type { AssessedFinding } from './assessedFindings';
import { findingFacts } from './findingFacts';
import type { Severity } from './severity';

/** What the assessor chose: another severity, or not applicable here. */
export type OverrideChoice = Severity | 'not-applicable';

/** Fewer characters than this is a token, not a justification. */
export const MIN_JUSTIFICATION = 15;

export type OverrideFields = Pick<
  Finding,
  'override' | 'overrideSeverity' | 'overrideReason' | 'overrideBy' | 'overrideAt' | 'overrideBasis'
>;

/** What is missing before an override can be saved, in one plain sentence; '' when nothing is. */
export function overrideProblem(input: { reason: string; by: string }): string {
  const reason = input.reason.trim();
  if (reason.length < MIN_JUSTIFICATION || reason.split(/\s+/).length < 3)
    return `Write why the rule's rating does not fit here, in a sentence of at least ${MIN_JUSTIFICATION} characters.`;
  if (!input.by.trim()) return 'Write your name, so the override says who made it.';
  return '';
}

/** The facts of the rule's finding as the rule rated it: what an override is made on. */
export const ruleFindingFacts = (finding: AssessedFinding): string =>
  findingFacts({ ...finding, severity: finding.ruleSeverity });

/** The fields that record an override of this finding, made now, on its current facts. */
export function overrideFields(
  finding: AssessedFinding,
  choice: OverrideChoice,
  input: { reason: string; by: string },
  now: Date = new Date(),
): OverrideFields {
  return {
    override: choice === 'not-applicable' ? 'not-applicable' : 'severity',
    overrideSeverity: choice === 'not-applicable' ? '' : choice,
    overrideReason: input.reason.trim(),
    overrideBy: input.by.trim(),
    overrideAt: now.toISOString(),
    overrideBasis: ruleFindingFacts(finding),
  };
}

/** The fields that take an override away: the rule's rating applies again. */
export const noOverride: OverrideFields = {
  override: '',
  overrideSeverity: '',
  overrideReason: '',
  overrideBy: '',
  overrideAt: '',
  overrideBasis: '',
};
