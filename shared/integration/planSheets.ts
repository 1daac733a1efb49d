/**
 * What the plan workbook holds besides the plan, as plain rows of text: every finding,
 * the devices and the vendor links of the assessment, and the About sheet's words (who,
 * when, and how to edit the plan and bring it back). planWorkbook.ts styles them.
 */
import type { AssessmentRecords } from '../model/assessmentRecords';
import { CLASSIFICATION } from '../model/classification';
import { assetKindLabels } from '../model/asset';
import { areaLabels, severityLabels } from '../model/finding';
import { costBand, costBandLabels, defaultTargetDays, planStatus, planStatusLabels } from '../model/planItem';
import { accessAvailabilityLabels, accessMethodLabels, vendorFarSideLabels } from '../model/vendorAccess';
import { referencesOf } from '../reference/frameworks/findingReferences';
import type { AssessedFinding } from '../rules/assessedFindings';
import type { AssessedRecords } from '../rules/assessRecords';
import { effectiveStatusLabels } from '../rules/findingStatus';
import type { RuleContext } from '../rules/ruleTypes';
import type { Severity } from '../rules/severity';
import { planColumns, referenceText } from './planColumns';
import { planDateOf, type PlanRow } from './planRows';

export interface PlanWorkbookInput {
  clinic: string;
  assessment: string;
  /** The assessment's date, YYYY-MM-DD. */
  date: string;
  assessor: string;
  plan: readonly PlanRow[];
  findings: readonly AssessedFinding[];
  context: Pick<RuleContext, 'assets' | 'networks' | 'vendorLinks' | 'osSupportOf' | 'nameOf' | 'patientDataHosts'>;
}

/** The workbook's input from one assessment's records, what assessRecords made of them and its plan rows. */
export function planWorkbookInput(
  records: Pick<AssessmentRecords, 'clinic' | 'assessment'>,
  assessed: Pick<AssessedRecords, 'findings' | 'context'>,
  plan: readonly PlanRow[],
): PlanWorkbookInput {
  return {
    clinic: records.clinic.data.name || 'Unnamed clinic',
    assessment: records.assessment.data.title || 'Assessment',
    date: planDateOf(records),
    assessor: records.assessment.data.assessor,
    plan,
    findings: assessed.findings,
    context: assessed.context,
  };
}

export interface TextSheet {
  name: string;
  columns: { header: string; width: number }[];
  rows: string[][];
  /** The column whose cells take their row's severity colour, and each row's severity. */
  severity?: { column: number; of: Severity[] };
}

const yesNo = (value: boolean | null) => (value === null ? 'Not known' : value ? 'Yes' : 'No');

export function findingsSheet(findings: readonly AssessedFinding[]): TextSheet {
  return {
    name: 'Findings',
    columns: [
      { header: 'Finding key', width: 28 },
      { header: 'Severity', width: 10 },
      { header: 'Status', width: 16 },
      { header: 'Area', width: 18 },
      { header: 'Finding', width: 40 },
      { header: 'What was found', width: 50 },
      { header: 'Why this severity', width: 40 },
      { header: 'Remediation', width: 60 },
      { header: 'References', width: 34 },
    ],
    rows: findings.map((f) => [
      f.key,
      severityLabels[f.severity],
      effectiveStatusLabels[f.status],
      areaLabels[f.area],
      f.title,
      f.detail,
      f.rationale,
      f.remediation,
      referencesOf(f).map(referenceText).join('\n'),
    ]),
    severity: { column: 1, of: findings.map((f) => f.severity) },
  };
}

export function inventorySheet(context: PlanWorkbookInput['context']): TextSheet {
  return {
    name: 'Inventory',
    columns: [
      { header: 'Name', width: 26 },
      { header: 'Kind', width: 18 },
      { header: 'IP address', width: 16 },
      { header: 'Operating system', width: 28 },
      { header: 'End of support', width: 44 },
      { header: 'Network', width: 22 },
      { header: 'Patient data', width: 12 },
    ],
    rows: context.assets.map((a) => [
      a.data.name || [a.data.vendor, a.data.model].filter(Boolean).join(' ') || 'Unnamed asset',
      assetKindLabels[a.data.kind],
      a.data.ipAddress,
      [a.data.osVersion, a.data.osEdition].filter(Boolean).join(' '),
      context.osSupportOf(a).label,
      a.data.networkId ? context.nameOf(a.data.networkId) : '',
      context.patientDataHosts.has(a.id) ? 'Yes' : yesNo(a.data.storesPatientData),
    ]),
  };
}

export function vendorSheet(context: PlanWorkbookInput['context']): TextSheet {
  return {
    name: 'Vendor access',
    columns: [
      { header: 'Vendor', width: 22 },
      { header: 'Method', width: 18 },
      { header: 'Tool', width: 20 },
      { header: 'Availability', width: 13 },
      { header: 'MFA', width: 9 },
      { header: 'Reaches', width: 34 },
      { header: 'Far end connects to', width: 30 },
      { header: 'Sessions logged', width: 10 },
      { header: 'Shared account', width: 10 },
      { header: 'BAA on file', width: 10 },
    ],
    rows: context.vendorLinks.map((v) => [
      v.data.vendor,
      accessMethodLabels[v.data.method],
      v.data.tool,
      accessAvailabilityLabels[v.data.availability],
      yesNo(v.data.mfa),
      [...v.data.reachesNetworkIds, ...v.data.reachesAssetIds].map((id) => context.nameOf(id)).join(', '),
      vendorFarSideLabels[v.data.farSide],
      yesNo(v.data.sessionLogging),
      yesNo(v.data.sharedAccount),
      yesNo(v.data.baaOnFile),
    ]),
  };
}

export const statusChoices = planStatus.options.map((s) => planStatusLabels[s]);
export const costBandChoices = costBand.options.map((c) => costBandLabels[c]);

/** The About sheet as label and text pairs (the writer adds the status and cost band lists the Plan sheet's cells point at). */
export function aboutRows(input: PlanWorkbookInput): [string, string][] {
  const editable = planColumns.filter((c) => c.editable).map((c) => c.header);
  const days = (['critical', 'high', 'medium', 'low'] as const)
    .map((s) => `${severityLabels[s].toLowerCase()} ${defaultTargetDays[s]} days`)
    .join(', ');
  return [
    ['Classification', CLASSIFICATION],
    ['Clinic', input.clinic],
    ['Assessment', input.assessment],
    ['Date', input.date],
    ['Assessor', input.assessor],
    ['Plan items', String(input.plan.length)],
    [
      'How to edit',
      `Change only the columns headed in green on the Plan sheet: ${editable.join(', ')}. Keep the Finding key as it is: it matches each row to its finding.`,
    ],
    [
      'Target date',
      `A date as YYYY-MM-DD. Left empty, it is the default for the severity from the assessment's date (${days}); a default date is shown in grey italics.`,
    ],
    [
      'Milestones',
      'One per line: "[ ] 2027-01-15 Order the replacement"; [x] marks a step done; the date is optional.',
    ],
    [
      'Importing back',
      'In Clinic Assessor, import this XLSX (or the Plan sheet saved as CSV, with dates kept as YYYY-MM-DD) on the assessment’s plan: every change is shown for review before anything is saved. Only what you changed since the export is proposed (keep the hidden last column, “Exported as”); an emptied Status or Cost band cell changes nothing. Rows with an unknown key are listed and not applied; formulas are refused.',
    ],
  ];
}
