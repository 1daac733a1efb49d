/**
 * What a clinic assessment report says, without any layout: built from one
 * assessment's records, the rules and the reference data, for a given report date.
 * The PDF (pdf/) only lays this out; tests can check the content here directly.
 */
import { reportTargetDesign, type TargetDesignReport } from './reportTargetDesign';
import { integrationFit, type IntegrationFit } from './reportIntegrationFit';
import { sections, visibleQuestions, type QuestionId } from '../checklists/checklist';
import { compareAssessments } from '../compare/compareAssessments';
import type { AssessmentComparison } from '../compare/comparisonTypes';
import { unconfirmedSentence } from '../compare/comparisonSummary';
import type { BandwidthVerdict } from '../reference/bandwidthNeeds';
import { builtInPack, type ActivePack } from '../reference/contentPack';
import { assessRecords } from '../rules/assessRecords';
import { osResolverFor } from '../rules/packRules';
import { answerText } from './answerText';
import { judgedUnder } from './judgedUnder';
import { recordNames, type AssessmentRecords } from '../model/assessmentRecords';
import { groupByDevice } from './findingsByDevice';
import { flowRows, type FlowRow } from './reportFlows';
import {
  countByArea,
  countBySeverity,
  findingRows,
  heatMap,
  isOpen,
  overallRating,
  type FindingRow,
  type Rating,
  type SeverityCounts,
} from './reportFindings';
import {
  inventoryRows,
  networkRows,
  vendorRows,
  type InventoryRow,
  type NetworkRow,
  type VendorRow,
} from './reportRegisters';
import { count } from '../model/plural';
import { needsAction } from '../rules/findingStatus';
import { isNotApplicable, overrideDueForReview, overrideSummary } from './reportOverrides';
import type { IssueCheck } from '../bundle/issueSignature';
import { reportIssue, type ReportIssue } from './reportIssue';
import { MATRIX_MAX_ZONES, zoneReachability, type ZoneReachability } from './zoneReachability';
import { decisionRegister, type DecisionRegister } from './reportDecisions';
import { dealTerms, type DealTerms } from './dealTerms';
import { reportVerdict, type ReportVerdict } from './reportVerdict';
import { identityReport, type IdentityReport } from './reportIdentity';
import type { EvidenceRow } from './reportEvidence';
import { reportCoverage, type ReportCoverage } from './reportCoverage';

import { CLASSIFICATION } from '../model/classification';

export { CLASSIFICATION };

export interface AppendixSection {
  title: string;
  rows: { question: string; answer: string; note: string }[];
}

export interface ClinicReport {
  reportDate: string;
  classification: string;
  clinic: { name: string; address: string; parentEntity: string; acquisitionDate: string };
  assessment: { title: string; assessor: string; startDate: string; endDate: string; status: string } & ReportIssue;
  rating: Rating;
  summary: string[];
  firstActions: string[];
  open: SeverityCounts;
  byArea: { area: string; counts: SeverityCounts }[];
  heatMap: number[][];
  findings: FindingRow[];
  /** Findings the assessor judged not applicable here, each with the justification (not in `findings`). */
  notApplicable: FindingRow[];
  /** Findings whose override was made on facts that have changed since: the rule's rating applies. */
  overridesToReview: FindingRow[];
  /** Devices with two or more open findings, each with those findings, most severe first. */
  findingsByDevice: { device: string; rows: FindingRow[] }[];
  inventory: InventoryRow[];
  networks: NetworkRow[];
  /** Zones × zones from the recorded flows; `asMatrix` when few enough zones to read as a grid. */
  reachability: ZoneReachability & { asMatrix: boolean };
  flows: FlowRow[];
  segmentation: string[];
  vendors: VendorRow[];
  bandwidth: BandwidthVerdict & { measured: string };
  scanning: { label: string; value: string }[];
  appendix: AppendixSection[];
  /** The photos and files attached, for the evidence appendix (reportEvidence.ts: added once the finding ids are known). */
  evidence?: EvidenceRow[];
  /** Against the visit before, when there is one. */
  comparison?: AssessmentComparison;
  /** Accepted risks, resolutions, and regressions since the last visit. */
  decisions: DecisionRegister;
  /** The content pack the findings were judged under, in words (judgedUnder.ts). */
  judgedUnder: string;
  /** Pre-close diligence: what the open findings mean for the deal; null after closing. */
  deal: DealTerms | null;
  /** The target design after integration: differences from today and the firewall change request. */
  targetDesign: TargetDesignReport;
  /** May the clinic be connected: the integration verdict, its conditions and the compromise check. */
  verdict: ReportVerdict;
  /** The admin register and the email security answers. */
  identity: IdentityReport;
  /** The parent's address plan against the clinic's subnets, and agent coverage. */
  integrationFit: IntegrationFit;
  /** Where patient data lives and what the assessment covered; safeguards and HICP practices (reportCoverage.ts). */
  coverage: ReportCoverage;
}

function summaryText(
  clinic: string,
  rating: Rating,
  open: SeverityCounts,
  rows: FindingRow[],
  inventory: InventoryRow[],
): string[] {
  const unsupported = inventory.filter((i) => i.support.status === 'unsupported').length;
  const totalOpen = Object.values(open).reduce((a, b) => a + b, 0);
  const lines = [
    `Overall rating: ${rating.label}. ${rating.explanation}`,
    `${clinic} has ${count(totalOpen, 'open finding')}: ${open.critical} critical, ${open.high} high, ${open.medium} medium, ${open.low} low and ${open.info} for information.`,
  ];
  if (inventory.length)
    lines.push(
      `${unsupported} of ${inventory.length} recorded devices run an operating system past its end of support.`,
    );
  const top = rows.filter(isOpen).slice(0, 3);
  if (top.length) lines.push(`Top risks: ${top.map((r) => `${r.title} (${r.severity})`).join('; ')}.`);
  return lines;
}

function scanningPlan(
  records: AssessmentRecords,
  answers: ReadonlyMap<string, unknown>,
  names: ReadonlyMap<string, string>,
): { label: string; value: string }[] {
  const get = (id: QuestionId) => answers.get(id);
  const text = (id: QuestionId) => (typeof get(id) === 'string' && get(id) ? String(get(id)) : 'Not recorded');
  const excluded = new Set<string>(
    Array.isArray(get('scanning.excluded-devices')) ? (get('scanning.excluded-devices') as string[]) : [],
  );
  for (const a of records.assets) if (a.data.safeToScan === false) excluded.add(a.id);
  const agreed = get('scanning.window-agreed');
  return [
    { label: 'Off-hours window agreed', value: agreed === true ? 'Yes' : agreed === false ? 'No' : 'Not recorded' },
    { label: 'Window', value: text('scanning.window') },
    { label: 'Approved by', value: text('scanning.approver') },
    {
      label: 'Excluded from active scans',
      value:
        [...excluded]
          .map((id) => names.get(id) ?? 'a removed device')
          .sort()
          .join(', ') || 'None recorded',
    },
    { label: 'On call if a device is affected', value: text('scanning.rollback') },
  ];
}

/**
 * The report of one assessment; with `prior`, the assessment of the visit before, it also says what changed since;
 * with `issueCheck`, whether an issued assessment's signature holds (shared/bundle/issueSignature.ts);
 * `pack` is the content pack the findings are judged under.
 */
export function buildClinicReport(
  records: AssessmentRecords,
  reportDate: string,
  prior?: AssessmentRecords,
  issueCheck?: IssueCheck,
  pack: ActivePack = builtInPack,
): ClinicReport {
  const { facts, context, findings: assessed } = assessRecords(records, reportDate, pack);
  const osSupport = osResolverFor(pack);
  const names = recordNames(records);
  const kinds = { assets: new Set(records.assets.map((a) => a.id)), flows: new Set(records.flows.map((f) => f.id)) };
  const rows = findingRows(assessed, names, kinds);
  const openRows = rows.filter(isOpen);
  const reachability = zoneReachability(context);
  const open = countBySeverity(openRows);
  const rating = overallRating(open);
  const inventory = inventoryRows(records, (text) => osSupport(text, facts.assessmentDate), names);
  const mainLink = records.links.find((l) => !l.data.isBackup) ?? records.links[0];
  const fmt = (n: number | null | undefined, unit: string) =>
    n === null || n === undefined ? 'not measured' : `${n} ${unit}`;
  const answersById = new Map(records.answers.map((a) => [a.data.questionId, a.data] as const));
  const { clinic, assessment } = records;
  const comparison = prior ? compareAssessments(prior, records, reportDate, pack) : undefined;
  const summary = summaryText(clinic.data.name || 'The clinic', rating, open, rows, inventory);
  summary.push(...overrideSummary(rows));
  const verdict = reportVerdict(assessed, context);
  summary.splice(1, 0, `Integration verdict: ${verdict.headline}`);
  const issue = reportIssue(assessment.data, issueCheck);
  if (issue.warning) summary.unshift(issue.warning);
  if (comparison?.summary[1])
    summary.push(
      `Since the previous visit (${comparison.prior.date}): ${comparison.summary[1].replace(/^Findings: /, '')}`,
    );
  const unconfirmed = comparison && unconfirmedSentence(comparison.unconfirmed.total);
  if (unconfirmed) summary.push(unconfirmed);
  const deal = assessment.data.phase === 'diligence' ? dealTerms(assessed, pack, clinic.data.parentEntity) : null;
  if (deal) summary.splice(issue.warning ? 3 : 2, 0, ...deal.summary);
  return {
    reportDate,
    classification: CLASSIFICATION,
    judgedUnder: judgedUnder(pack),
    clinic: {
      name: clinic.data.name || 'Unnamed clinic',
      address: clinic.data.address,
      parentEntity: clinic.data.parentEntity,
      acquisitionDate: clinic.data.acquisitionDate,
    },
    assessment: {
      title: assessment.data.title,
      assessor: assessment.data.assessor,
      startDate: assessment.data.startDate,
      endDate: assessment.data.endDate,
      ...issue,
    },
    rating,
    summary,
    firstActions:
      deal?.priceIn ??
      [...new Map(openRows.map((r) => [r.remediation, r] as const)).values()]
        .slice(0, 5)
        .map((r) => `${r.title}: ${r.remediation}`),
    open,
    byArea: countByArea(openRows),
    heatMap: heatMap(openRows),
    findings: rows.filter((r) => !isNotApplicable(r)),
    notApplicable: rows.filter(isNotApplicable),
    overridesToReview: rows.filter(overrideDueForReview),
    findingsByDevice: groupByDevice(openRows, (r) => r.device?.id ?? null, isOpen).map((g) => ({
      device: g.items[0]?.device?.name ?? 'Unnamed asset',
      rows: g.items,
    })),
    inventory,
    networks: networkRows(records, names, reachability),
    reachability: { ...reachability, asMatrix: reachability.zones.length <= MATRIX_MAX_ZONES },
    flows: flowRows(records.flows, context.nameOf),
    targetDesign: reportTargetDesign(context),
    segmentation: openRows
      .filter((r) => r.area === 'Networks' || r.area === 'Vendor access')
      .map((r) => `${r.title}: ${r.detail}`),
    vendors: vendorRows(records, names),
    bandwidth: {
      ...context.bandwidth,
      measured: mainLink
        ? `${mainLink.data.isp || 'Main link'}: down ${fmt(mainLink.data.downMbps, 'Mbit/s')}, up ${fmt(mainLink.data.upMbps, 'Mbit/s')}, latency ${fmt(mainLink.data.latencyMs, 'ms')}, jitter ${fmt(mainLink.data.jitterMs, 'ms')}`
        : 'No internet link recorded',
    },
    scanning: scanningPlan(records, facts.answers, names),
    appendix: sections.map((section) => ({
      title: section.title,
      rows: visibleQuestions(section, facts.answers).map((q) => ({
        question: q.text,
        answer: answerText(q, answersById.get(q.id)?.value, names),
        note: answersById.get(q.id)?.note ?? '',
      })),
    })),
    ...(comparison ? { comparison } : {}),
    decisions: decisionRegister(assessed, records.decisions, comparison?.findings.regressions ?? null),
    deal,
    verdict,
    identity: identityReport(
      records.adminAccounts,
      facts.answers,
      new Map(records.answers.map((a) => [a.data.questionId, a.data.note] as const)),
      names,
    ),
    integrationFit: integrationFit(context),
    coverage: reportCoverage({
      ephiStores: records.ephiStores,
      practices: records.practices,
      openFindings: assessed.filter((f) => needsAction(f.status)),
      assessmentDate: facts.assessmentDate,
      names,
    }),
  };
}
