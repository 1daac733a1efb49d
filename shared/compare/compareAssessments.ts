/**
 * Compares a prior assessment of a clinic with the current one: findings new, resolved
 * and persisting; assets, networks, vendor links, internet links, applications and
 * flows added, removed and changed. Pure: the records in, plain data out (comparisonTypes.ts).
 * Deleted (tombstoned) records are left out, so records straight from a file will do,
 * a file from before flows included (see flowChanges.ts).
 * Each side's findings and OS support are judged on its own assessment date.
 */
import { recordNames, type AssessmentRecords } from '../model/assessmentRecords';
import { builtInPack, type ActivePack } from '../reference/contentPack';
import { assessRecords } from '../rules/assessRecords';
import { osResolverFor } from '../rules/packRules';
import type { AssessmentComparison, AssessmentRef } from './comparisonTypes';
import { applicationFields, flowFields, linkFields, networkFields, vendorLinkFields } from './comparedFields';
import { compareFindings, type EvaluatedFindings } from './compareFindings';
import { assetChanges, recordChanges } from './compareInventory';
import { comparisonSummary } from './comparisonSummary';
import type { NetworkRefs } from './fieldChanges';
import { flowNames, matchFlows, withLegacyFlows } from './flowChanges';
import { matchRecords, type IdentityKey, type Matching } from './matchRecords';
import { matchCarriedFirst, reviewedOnly } from './reviewedRecords';
import type { WithId } from '../model/withId';
import { applicationKeys, assetKeys, linkKeys, networkKeys, vendorLinkKeys } from './recordIdentity';

type Kind = 'assets' | 'networks' | 'vendorLinks' | 'links' | 'applications';
type Listed =
  | 'answers'
  | 'assets'
  | 'networks'
  | 'vendorLinks'
  | 'links'
  | 'applications'
  | 'flows'
  | 'decisions'
  | 'adminAccounts'
  | 'targetFlows'
  | 'indicators'
  | 'evidence'
  | 'planItems'
  | 'ephiStores'
  | 'practices';

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
    adminAccounts: live(records.adminAccounts),
    targetFlows: live(records.targetFlows),
    indicators: live(records.indicators),
    evidence: live(records.evidence),
    planItems: live(records.planItems),
    ephiStores: live(records.ephiStores),
    practices: live(records.practices),
  };
}

function evaluate(
  records: AssessmentRecords,
  today: string,
  pack: ActivePack,
): EvaluatedFindings & { ref: AssessmentRef } {
  const { facts, findings } = assessRecords(records, today, pack);
  return {
    findings,
    date: facts.assessmentDate,
    decisions: records.decisions,
    ref: { id: records.assessment.id, title: records.assessment.data.title, date: facts.assessmentDate },
  };
}

/** Without the findings that rest only on records left out of the comparison. */
function reviewedFindings<T extends EvaluatedFindings>(side: T, leftOut: ReadonlySet<string>): T {
  if (!leftOut.size) return side;
  const kept = side.findings.filter((f) => !f.records.length || f.records.some((id) => !leftOut.has(id)));
  return { ...side, findings: kept };
}

/** `today` stands in for an assessment without a start date; `pack` is the content pack both sides are judged under. */
export function compareAssessments(
  priorRecords: ComparableRecords,
  currentRecords: ComparableRecords,
  today: string,
  pack: ActivePack = builtInPack,
): AssessmentComparison {
  const resolveOs = osResolverFor(pack);
  const [priorAll, currentAll] = [liveRecords(priorRecords), liveRecords(currentRecords)];
  // Records carried over and still to confirm, with those they came from, are left out (reviewedRecords.ts).
  const { prior, current, carried, leftOut, unconfirmed } = reviewedOnly(priorAll, currentAll);
  const match = <T extends object>(kind: Kind, keys: IdentityKey<T>[]) =>
    matchCarriedFirst(prior[kind] as WithId<T>[], current[kind] as WithId<T>[], (p, c) => matchRecords(p, c, keys));
  const matchings = {
    assets: match('assets', assetKeys),
    networks: match('networks', networkKeys),
    vendorLinks: match('vendorLinks', vendorLinkKeys),
    links: match('links', linkKeys),
    applications: match('applications', applicationKeys),
  };
  const pairs = [
    ...carried,
    ...(Object.values(matchings) as Matching<unknown>[]).flatMap((m) =>
      m.matched.map((x) => [x.prior.id, x.current.id] as const),
    ),
  ];
  // A flow is known by its ends, so flows pair once the records they join have paired.
  const flows = matchFlows(prior.flows, current.flows, new Map(pairs));
  const [priorNames, currentNames] = [recordNames(priorAll), recordNames(currentAll)];
  const refs: NetworkRefs = {
    priorToCurrent: new Map([...pairs, ...flows.matched.map((x) => [x.prior.id, x.current.id] as const)]),
    priorNames: new Map([...priorNames, ...flowNames(priorAll.flows, priorNames)]),
    currentNames: new Map([...currentNames, ...flowNames(currentAll.flows, currentNames)]),
  };
  // The rules read every record (a carried risk stands until it is confirmed gone).
  const before = reviewedFindings(evaluate(priorAll, today, pack), leftOut);
  const after = reviewedFindings(evaluate(currentAll, today, pack), leftOut);
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
    unconfirmed,
  };
  return { ...comparison, summary: comparisonSummary(comparison) };
}
