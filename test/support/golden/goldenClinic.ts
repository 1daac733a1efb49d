/** A clinic written as an expert would assess it: the findings that must be raised, and those that must not. */
import type { AssessmentFacts } from '../../../shared/rules/context';
import type { Severity } from '../../../shared/rules/severity';

export interface MustRaise {
  rule: string;
  /** The finding rests on this record. */
  record?: string;
  /** Expected severity; the finding may be one step either side. */
  severity: Severity;
  /** The path evidence must match. */
  path?: RegExp;
}

export interface GoldenClinic {
  name: string;
  facts: AssessmentFacts;
  mustRaise: MustRaise[];
  mustNotRaise: { rule: string; record?: string; why: string }[];
}
