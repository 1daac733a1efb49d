/**
 * Compares a prior assessment of a clinic with the current one: findings new, resolved
 * and persisting; assets, networks, vendor links, internet links, applications and
 * flows added, removed and changed. Pure: the records in, plain data out (comparisonTypes.ts).
 * Deleted (tombstoned) records are left out, so records straight from a file will do,
 * a file from before flows included (see flowChanges.ts).
 * Each side's findings and OS support are judged on its own assessment date.
 */
import { osSupport } from '../reference/osLifecycle';
import { recordNames, type AssessmentRecords } from '../model/assessmentRecords';
import { factsOf } from '../rules/assessmentFacts';
import { buildContext, type OsSupportResolver } from '../rules/context';
import { evaluateRules } from '../rules/engine';
import { assessFindings } from '../rules/assessedFindings';
import type { AssessmentComparison, AssessmentRef } from './comparisonTypes';
import { applicationFields, flowFields, linkFields, networkFields, vendorLinkFields } from './comparedFields';
import { compareFindings, type EvaluatedFindings } from './compareFindings';
import { assetChanges, recordChanges } from './compareInventory';
import { comparisonSummary } from './comparisonSummary';
import type { NetworkRefs } from './fieldChanges';
import { flowNames, matchFlows, withLegacyFlows } from './flowChanges';
import { matchRecords, type Matching } from './matchRecords';
import { applicationKeys, assetKeys, linkKeys, networkKeys, vendorLinkKeys } from './recordIdentity';

type Listed = 'answers' | 'assets' | 'networks' | 'vendorLinks' | 'links' | 'applications' | 'flows' | 'decisions';

/** An assessment's records, as loaded for a report, or versioned records that may carry a tombstone. */
export type ComparableRecords = Pick<AssessmentRecords, 'clinic' | 'assessment'> & {
  [K in Listed]: (AssessmentRecords[K][number] & { deleted?: unknown })[];
};

function liveRecords(records: ComparableRecords): AssessmentRecords {
  const live = <T extends { id: string; data: unknown; deleted?: unknown }>(list: T[]) =>
    list.filter((r) => !r.deleted).map((r) => ({ id: r.id, data: r.data as T['data'] }));
  const { networks, flows } = withLegacyFlows(live(records.networks), live(records.flows));
  return {
    clinic: records.clinic,
    assessment: records.assessment,
    answers: live(records.answers),
    assets: live(records.assets),
    networks,
    vendorLinks: live(records.vendorLinks),
    links: live(records.links),
    applications: live(records.applications),
    flows,
    decisions: live(records.decisions),
  };
}

function evaluate(
  records: AssessmentRecords,
  today: string,
  resolveOs: OsSupportResolver,
): EvaluatedFindings & { ref: AssessmentRef } {
  const facts = factsOf(records, today);
  return {
    findings: assessFindings(evaluateRules(buildContext(facts, resolveOs)), records.decisions, facts.assessmentDate),
    date: facts.assessmentDate,
    decisions: records.decisions,
    ref: { id: records.assessment.id, title: records.assessment.data.title, date: facts.assessmentDate },
  };
}

/** `today` stands in for an assessment without a start date. */
export function compareAssessments(
  priorRecords: ComparableRecords,
  currentRecords: ComparableRecords,
  today: string,
  resolveOs: OsSupportResolver = osSupport,
): AssessmentComparison {
  const prior = liveRecords(priorRecords);
  const current = liveRecords(currentRecords);
  const matchings = {
    assets: matchRecords(prior.assets, current.assets, assetKeys),
    networks: matchRecords(prior.networks, current.networks, networkKeys),
    vendorLinks: matchRecords(prior.vendorLinks, current.vendorLinks, vendorLinkKeys),
    links: matchRecords(prior.links, current.links, linkKeys),
    applications: matchRecords(prior.applications, current.applications, applicationKeys),
  };
  const pairs = (Object.values(matchings) as Matching<unknown>[]).flatMap((m) =>
    m.matched.map((x) => [x.prior.id, x.current.id] as const),
  );
  // A flow is known by its ends, so flows pair once the records they join have paired.
  const flows = matchFlows(prior.flows, current.flows, new Map(pairs));
  const [priorNames, currentNames] = [recordNames(prior), recordNames(current)];
  const refs: NetworkRefs = {
    priorToCurrent: new Map([...pairs, ...flows.matched.map((x) => [x.prior.id, x.current.id] as const)]),
    priorNames: new Map([...priorNames, ...flowNames(prior.flows, priorNames)]),
    currentNames: new Map([...currentNames, ...flowNames(current.flows, currentNames)]),
  };
  const before = evaluate(prior, today, resolveOs);
  const after = evaluate(current, today, resolveOs);
  const comparison: Omit<AssessmentComparison, 'summary'> = {
    prior: before.ref,
    current: after.ref,
    findings: compareFindings(before, after, refs.priorToCurrent),
    assets: assetChanges(matchings.assets, { prior: before.date, current: after.date }, refs, resolveOs),
    networks: recordChanges(matchings.networks, networkFields, refs),
    vendorLinks: recordChanges(matchings.vendorLinks, vendorLinkFields, refs),
    links: recordChanges(matchings.links, linkFields, refs),
    applications: recordChanges(matchings.applications, applicationFields, refs),
    flows: recordChanges(flows, flowFields, refs),
  };
  return { ...comparison, summary: comparisonSummary(comparison) };
}
