/** One assessment's live records from the repositories, in the shape the report (and the rules) take. */
import type { AssessmentRecords, RecordedInventory } from '../../shared/model/assessmentRecords';
import { assessmentChildTypes, type RecordsByKind } from '../../shared/bundle/issuedContent';
import { verifyIssue, type IssueCheck } from '../../shared/bundle/issueSignature';
import type { Repositories } from './repository';

const plain = <T>(r: { id: string; data: T }) => ({ id: r.id, data: r.data });

/** An assessment's live inventory: its assets, networks, vendor links, internet links, applications and flows. */
export async function loadInventory(repos: Repositories, assessmentId: string): Promise<RecordedInventory> {
  const [assets, networks, vendorLinks, links, applications, flows] = await Promise.all([
    repos.asset.list(assessmentId),
    repos.network.list(assessmentId),
    repos.vendorAccess.list(assessmentId),
    repos.link.list(assessmentId),
    repos.application.list(assessmentId),
    repos.flow.list(assessmentId),
  ]);
  return {
    assets: assets.map(plain),
    networks: networks.map(plain),
    vendorLinks: vendorLinks.map(plain),
    links: links.map(plain),
    applications: applications.map(plain),
    flows: flows.map(plain),
  };
}

export async function loadAssessmentRecords(
  repos: Repositories,
  assessmentId: string,
): Promise<AssessmentRecords | null> {
  const assessment = await repos.assessment.get(assessmentId);
  if (!assessment || assessment.deleted) return null;
  // One round of reads after the first: a live query watches what it reads (see useLiveQuery).
  const [
    clinic,
    answers,
    inventory,
    decisions,
    adminAccounts,
    targetFlows,
    indicators,
    evidence,
    planItems,
    ephiStores,
    practices,
  ] = await Promise.all([
    repos.clinic.get(assessment.data.clinicId),
    repos.answer.list(assessmentId),
    loadInventory(repos, assessmentId),
    repos.finding.list(assessmentId),
    repos.adminAccount.list(assessmentId),
    repos.targetFlow.list(assessmentId),
    repos.indicator.list(assessmentId),
    repos.evidence.list(assessmentId),
    repos.planItem.list(assessmentId),
    repos.ephiStore.list(assessmentId),
    repos.practice.list(assessmentId),
  ]);
  if (!clinic) return null;
  return {
    clinic: plain(clinic),
    assessment: plain(assessment),
    answers: answers.map(plain),
    ...inventory,
    decisions: decisions.map(plain),
    adminAccounts: adminAccounts.map(plain),
    targetFlows: targetFlows.map(plain),
    indicators: indicators.map(plain),
    evidence: evidence.map(plain),
    planItems: planItems.map(plain),
    ephiStores: ephiStores.map(plain),
    practices: practices.map(plain),
  };
}

/** The assessment whose inventory this one's was carried from (a revisit), found from one carried record; undefined if none. */
export async function carriedFromAssessment(repos: Repositories, assessmentId: string): Promise<string | undefined> {
  const lists = [repos.network, repos.asset, repos.vendorAccess, repos.link, repos.application, repos.flow] as const;
  for (const repo of lists) {
    const records = (await repo.list(assessmentId)) as { data: { carriedFrom: string } }[];
    const carried = records.find((r) => r.data.carriedFrom);
    if (!carried) continue;
    const origin = (await repo.get(carried.data.carriedFrom)) as { data: { assessmentId: string } } | undefined;
    return origin?.data.assessmentId;
  }
  return undefined;
}

/** Every live record of the assessment, by kind: what its issue signs. */
export async function assessmentContent(repos: Repositories, assessmentId: string): Promise<RecordsByKind> {
  const lists = await Promise.all(
    assessmentChildTypes.map(async (t) => [t, await repos[t].list(assessmentId)] as const),
  );
  return Object.fromEntries(lists) as RecordsByKind;
}

/** Whether the assessment is issued and its signature holds over its content as it is now. */
export async function checkIssue(repos: Repositories, assessmentId: string): Promise<IssueCheck> {
  const assessment = await repos.assessment.get(assessmentId);
  if (!assessment || assessment.deleted || assessment.data.status !== 'issued') return { verdict: 'not-issued' };
  return verifyIssue(assessment, await assessmentContent(repos, assessmentId));
}
