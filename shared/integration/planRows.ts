/**
 * The remediation plan (POA&M) of one assessment as rows: each finding that needs action
 * with its plan item (owner, target date, milestones, status, cost band, comments), or
 * the defaults for it when nobody planned it yet (target date by severity from the
 * assessment's date). The plan page, the XLSX and the CSV all read these rows.
 *
 * A plan item whose finding no longer needs action (resolved, risk accepted, not
 * applicable, or no longer raised at all because the facts changed) stays on the plan
 * while its status is not Done: work was started or promised on it, and someone has to
 * close it on purpose rather than see it vanish. Such a row shows the finding's status
 * ('resolved' for a finding no longer raised, with `findingRaised` false); once its plan
 * status is Done it leaves the plan. A finding no longer raised keeps the title the item
 * stored and sorts as Info, since nothing rates it any more.
 */
import type { AssessmentRecords } from '../model/assessmentRecords';
import type { Area } from '../model/finding';
import {
  planItemData,
  planItemId,
  planTargetDate,
  type CostBand,
  type Milestone,
  type PlanItem,
  type PlanStatus,
} from '../model/planItem';
import type { WithId } from '../model/withId';
import type { FrameworkRef } from '../reference/frameworks/frameworkRefs';
import { referencesOf } from '../reference/frameworks/findingReferences';
import type { AssessedFinding } from '../rules/assessedFindings';
import { needsAction, type EffectiveStatus } from '../rules/findingStatus';
import { severityRank, type Severity } from '../rules/severity';

export interface PlanRow {
  assessmentId: string;
  /** The finding's stable key: how an edited sheet's row finds its item again. */
  findingKey: string;
  findingTitle: string;
  severity: Severity;
  area: Area;
  findingStatus: EffectiveStatus;
  /** False for an item kept on the plan whose finding the records no longer raise. */
  findingRaised: boolean;
  detail: string;
  remediation: string;
  references: FrameworkRef[];
  owner: string;
  /** The agreed date, or the default for the severity (then `targetIsDefault`). */
  targetDate: string;
  targetIsDefault: boolean;
  milestones: Milestone[];
  status: PlanStatus;
  costBand: CostBand;
  comments: string;
  /** The plan item's id (derived from the assessment and the finding key), stored or not yet. */
  itemId: string;
  /** Whether a plan item is stored for it (else the row shows the defaults). */
  stored: boolean;
}

/** The assessment's date, which default target dates count from. */
export function planDateOf(records: Pick<AssessmentRecords, 'assessment'>): string {
  return records.assessment.data.startDate || records.assessment.data.endDate;
}

async function rowOf(
  assessmentId: string,
  assessmentDate: string,
  finding: Pick<
    AssessedFinding,
    'key' | 'title' | 'severity' | 'area' | 'status' | 'detail' | 'remediation' | 'ruleId'
  >,
  stored: WithId<PlanItem> | undefined,
  raised: boolean,
): Promise<PlanRow> {
  const item =
    stored?.data ?? planItemData.parse({ assessmentId, findingKey: finding.key, findingTitle: finding.title });
  const target = planTargetDate(item, finding.severity, assessmentDate);
  return {
    assessmentId,
    findingKey: finding.key,
    findingTitle: finding.title,
    severity: finding.severity,
    area: finding.area,
    findingStatus: finding.status,
    findingRaised: raised,
    detail: finding.detail,
    remediation: finding.remediation,
    references: raised ? referencesOf(finding) : [],
    owner: item.owner,
    targetDate: target.date,
    targetIsDefault: target.isDefault,
    milestones: item.milestones,
    status: item.status,
    costBand: item.costBand,
    comments: item.comments,
    itemId: stored?.id ?? (await planItemId(assessmentId, finding.key)),
    stored: stored !== undefined,
  };
}

export function comparePlanRows(a: PlanRow, b: PlanRow): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    (a.targetDate || '9999').localeCompare(b.targetDate || '9999') ||
    a.findingTitle.localeCompare(b.findingTitle) ||
    a.findingKey.localeCompare(b.findingKey)
  );
}

/** The plan of the assessment in `records`, from its assessed findings. */
export async function planRowsOf(
  records: Pick<AssessmentRecords, 'assessment' | 'planItems'>,
  findings: readonly AssessedFinding[],
): Promise<PlanRow[]> {
  const assessmentId = records.assessment.id;
  const date = planDateOf(records);
  const items = new Map(
    records.planItems.filter((p) => p.data.assessmentId === assessmentId).map((p) => [p.data.findingKey, p] as const),
  );
  const byKey = new Map(findings.map((f) => [f.key, f] as const));
  const rows: Promise<PlanRow>[] = [];
  for (const f of findings) {
    const item = items.get(f.key);
    if (needsAction(f.status) || (item && item.data.status !== 'done'))
      rows.push(rowOf(assessmentId, date, f, item, true));
  }
  for (const [key, item] of items) {
    if (byKey.has(key) || item.data.status === 'done') continue;
    const gone = {
      key,
      title: item.data.findingTitle || key,
      severity: 'info' as const,
      area: 'governance' as const,
      status: 'resolved' as const,
      detail: 'The records of this assessment no longer raise this finding.',
      remediation: '',
      ruleId: '',
    };
    rows.push(rowOf(assessmentId, date, gone, item, false));
  }
  return (await Promise.all(rows)).sort(comparePlanRows);
}
