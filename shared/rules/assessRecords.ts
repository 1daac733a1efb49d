/**
 * One assessment's records to the findings the assessor stands behind, under a content
 * pack: the facts, the rule context, the rules' findings (tuned by the pack) with the
 * assessor's overrides and decisions, and the assessor's own findings. Every view,
 * report, comparison and command reads findings through this one function.
 */
import type { AssessmentRecords } from '../model/assessmentRecords';
import { builtInPack, type ActivePack } from '../reference/contentPack';
import { osResolverFor, rulesFor, tuneFindings } from './packRules';
import { factsOf } from './assessmentFacts';
import { assessFindings, type AssessedFinding } from './assessedFindings';
import { buildContext, type AssessmentFacts } from './context';
import { evaluateRules } from './engine';
import type { RuleContext } from './ruleTypes';

export interface AssessedRecords {
  facts: AssessmentFacts;
  context: RuleContext;
  findings: AssessedFinding[];
}

/** `fallbackDate` stands in for an assessment without a start date. */
export function assessRecords(
  records: AssessmentRecords,
  fallbackDate: string,
  pack: ActivePack = builtInPack,
): AssessedRecords {
  const facts = factsOf(records, fallbackDate);
  const context = buildContext(facts, osResolverFor(pack), pack);
  const derived = tuneFindings(evaluateRules(context, rulesFor(pack)), pack);
  return { facts, context, findings: assessFindings(derived, records.decisions, facts.assessmentDate) };
}
