/**
 * The findings register: the findings of one or more assessments as JSON for the firm's
 * GRC and ticketing tools. Each finding carries a key that stays the same visit after
 * visit (stableFindingKey.ts) beside its key within the assessment, its rating and why,
 * its status, what it rests on (records by name and id, checklist questions), its
 * references into HIPAA, HICP, the CPGs and NIST CSF, and its remediation plan item.
 * Pure: the caller gives the time, the register's date (as the clinic report's) and the tool's
 * version; the output is checked against the register's schema (findingsRegisterSchema.ts)
 * before it is handed back.
 */
import { questionsById } from '../checklists/checklist';
import type { AssessmentRecords } from '../model/assessmentRecords';
import { derivedId } from '../model/derivedId';
import { areaLabels } from '../model/finding';
import type { PlanItem } from '../model/planItem';
import { planTargetDate } from '../model/planItem';
import type { WithId } from '../model/withId';
import { CLASSIFICATION } from '../model/classification';
import { builtInPack, packLabel, type ActivePack } from '../reference/contentPack';
import { frameworkSources, referencesOf } from '../reference/frameworks/findingReferences';
import type { AssessedFinding } from '../rules/assessedFindings';
import { assessRecords } from '../rules/assessRecords';
import { effectiveStatusLabels, needsAction } from '../rules/findingStatus';
import {
  findingsRegister,
  REGISTER_FORMAT,
  REGISTER_VERSION,
  type FindingsRegister,
  type RegisterAssessment,
  type RegisterFinding,
} from './findingsRegisterSchema';
import { stableKeys, type Lineage } from './stableFindingKey';

export interface RegisterOptions {
  /** When the register is made, an ISO date-time. */
  generatedAt: string;
  /**
   * The register's date, YYYY-MM-DD, as the clinic report's: findings are judged as of each
   * assessment's start date (an acceptance past it counts as open, end of support is
   * reckoned to it), and as of this date for an assessment without one, as the report
   * judges them, so a register and a report of the same date agree. Callers default it
   * to today, as the report's.
   */
  date: string;
  /** The app's version. */
  toolVersion: string;
  /** Record id → the id it was carried from, over every record at hand (lineageOf). */
  lineage: Lineage;
  pack?: ActivePack;
}

function planOf(finding: AssessedFinding, item: PlanItem | undefined, assessmentDate: string): RegisterFinding['plan'] {
  if (!item && !needsAction(finding.status)) return null;
  const target = planTargetDate(item, finding.severity, assessmentDate);
  return {
    recorded: !!item,
    owner: item?.owner ?? '',
    targetDate: target.date,
    targetDateIsDefault: target.isDefault,
    status: item?.status ?? 'not-started',
    costBand: item?.costBand ?? 'unknown',
    milestones: (item?.milestones ?? []).map(({ text, due, done }) => ({ text, due, done })),
    comments: item?.comments ?? '',
  };
}

/** One assessment's part of the register. */
export async function registerAssessment(
  records: AssessmentRecords,
  options: Pick<RegisterOptions, 'date' | 'lineage' | 'pack'>,
): Promise<RegisterAssessment> {
  const pack = options.pack ?? builtInPack;
  const { facts, context, findings } = assessRecords(records, options.date, pack);
  const plans = new Map(records.planItems.map((p: WithId<PlanItem>) => [p.data.findingKey, p.data] as const));
  const keys = stableKeys(findings, options.lineage);
  const { clinic, assessment } = records;
  const ids = await Promise.all(keys.map((key) => registerFindingId(clinic.id, key)));
  return {
    clinic: {
      id: clinic.id,
      name: clinic.data.name,
      address: clinic.data.address,
      parentEntity: clinic.data.parentEntity,
    },
    assessment: {
      id: assessment.id,
      title: assessment.data.title,
      assessor: assessment.data.assessor,
      startDate: assessment.data.startDate,
      endDate: assessment.data.endDate,
      status: assessment.data.status,
    },
    judgedOn: facts.assessmentDate,
    judgedUnder: packLabel(pack),
    findings: findings.map((f, i) => ({
      id: ids[i]!,
      key: keys[i]!,
      assessmentKey: f.key,
      ruleId: f.ruleId,
      source: f.source,
      title: f.title,
      area: f.area,
      areaLabel: areaLabels[f.area],
      severity: f.severity,
      ruleSeverity: f.ruleSeverity,
      likelihood: f.likelihood,
      impact: f.impact,
      rationale: f.rationale,
      status: f.status,
      statusLabel: effectiveStatusLabels[f.status],
      needsAction: needsAction(f.status),
      detail: f.detail,
      remediation: f.remediation,
      owner: f.owner,
      paths: f.paths,
      evidence: {
        records: f.records.map((id) => ({ id, name: context.nameOf(id) })),
        questions: f.questions.map((id) => ({ id, text: questionsById.get(id)?.text ?? id })),
      },
      references: referencesOf(f).map(({ framework, id, title }) => ({ framework, id, title })),
      plan: planOf(f, plans.get(f.key), facts.assessmentDate),
    })),
  };
}

/**
 * A finding's id for tools that want a short one: the same on every visit of the clinic
 * (its key is), and different between clinics (a finding on answers alone has the same
 * key in every clinic).
 */
export const registerFindingId = (clinicId: string, key: string) => derivedId('register-finding', clinicId, key);

/** The register of the assessments given, checked against its schema. */
export async function buildFindingsRegister(
  assessments: readonly AssessmentRecords[],
  options: RegisterOptions,
): Promise<FindingsRegister> {
  const parts: RegisterAssessment[] = [];
  for (const records of assessments) parts.push(await registerAssessment(records, options));
  return findingsRegister.parse({
    format: REGISTER_FORMAT,
    formatVersion: REGISTER_VERSION,
    generatedAt: options.generatedAt,
    classification: CLASSIFICATION,
    tool: { name: 'Clinic Assessor', version: options.toolVersion },
    frameworks: frameworkSources.map(({ framework, title, edition, source }) => ({
      framework,
      title,
      edition,
      source,
    })),
    assessments: parts,
  });
}
