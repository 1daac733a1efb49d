/** Decisions on the sample clinic's findings, as the Findings page stores them: for report and comparison tests. */
import type { ComparableRecords } from '../../shared/compare/compareAssessments';
import { newFinding, type Finding } from '../../shared/model/finding';
import { osSupport } from '../../shared/reference/osLifecycle';
import { factsOf } from '../../shared/rules/assessmentFacts';
import { buildContext } from '../../shared/rules/context';
import { evaluateRules } from '../../shared/rules/engine';
import type { DerivedFinding } from '../../shared/rules/ruleTypes';

/** The records' finding of that rule whose detail matches. */
export function derived(records: ComparableRecords, ruleId: string, detail: RegExp, onDate: string): DerivedFinding {
  const found = evaluateRules(buildContext(factsOf(records, onDate), osSupport)).find(
    (f) => f.ruleId === ruleId && detail.test(f.detail),
  );
  if (!found) throw new Error(`no ${ruleId} finding like ${detail}`);
  return found;
}

/** A decision record about a rule's finding. */
export function decision(
  records: Pick<ComparableRecords, 'assessment'>,
  finding: DerivedFinding,
  patch: Partial<Finding>,
) {
  const data = newFinding({
    assessmentId: records.assessment.id,
    ruleId: finding.ruleId,
    key: finding.key,
    title: finding.title,
    severity: finding.severity,
    status: 'open',
    evidence: finding.records,
    recommendation: finding.remediation,
    statusNote: '',
    ...patch,
  });
  return { id: crypto.randomUUID(), data };
}

/** Resolved on `day` by the clinic's MSP, retested by Jo Tech. */
export const resolution = (day: string): Partial<Finding> => ({
  status: 'resolved',
  ownerType: 'msp',
  decidedBy: 'Ann Assessor',
  decidedAt: day,
  retestCheck: 'Windows 11 reported by winver',
  retestDate: day,
  retestBy: 'Jo Tech',
});

/** The records with these decisions added. */
export const withDecisions = (
  records: ComparableRecords,
  ...decisions: ReturnType<typeof decision>[]
): ComparableRecords => ({ ...records, decisions: [...records.decisions, ...decisions] });
