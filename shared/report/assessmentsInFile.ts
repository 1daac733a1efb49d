/** The assessments a decrypted file holds, and the records of one of them: what the reports are made from. */
import type { BundleRecords } from '../model/bundleRecords';
import type { AssessmentRecords } from '../model/assessmentRecords';
import type { Assessment } from '../model/assessment';
import type { VersionedRecord } from '../model/versionedRecord';
import type { WithId } from '../model/withId';

function live<T extends object>(list: VersionedRecord<T>[], assessmentId: string): WithId<T>[] {
  return list
    .filter((r) => !r.deleted && (r.data as { assessmentId?: string }).assessmentId === assessmentId)
    .map((r) => ({ id: r.id, data: r.data }));
}

/** The records of one assessment in a decrypted file; undefined when the file does not hold it. */
export function assessmentRecordsFrom(records: BundleRecords, assessmentId: string): AssessmentRecords | undefined {
  const assessment = records.assessment.find((a) => a.id === assessmentId && !a.deleted);
  const clinic = assessment && records.clinic.find((c) => c.id === assessment.data.clinicId);
  if (!assessment || !clinic) return undefined;
  return {
    clinic: { id: clinic.id, data: clinic.data },
    assessment: { id: assessment.id, data: assessment.data },
    answers: live(records.answer, assessmentId),
    assets: live(records.asset, assessmentId),
    networks: live(records.network, assessmentId),
    vendorLinks: live(records.vendorAccess, assessmentId),
    links: live(records.link, assessmentId),
    applications: live(records.application, assessmentId),
    flows: live(records.flow, assessmentId),
    decisions: live(records.finding, assessmentId),
    adminAccounts: live(records.adminAccount, assessmentId),
    targetFlows: live(records.targetFlow, assessmentId),
    indicators: live(records.indicator, assessmentId),
    evidence: live(records.evidence, assessmentId),
    planItems: live(records.planItem, assessmentId),
    ephiStores: live(records.ephiStore, assessmentId),
    practices: live(records.practice, assessmentId),
  };
}

/** The assessments in a file, latest first: what `report` picks from. */
export function assessmentsIn(records: BundleRecords): WithId<Assessment>[] {
  return records.assessment
    .filter((a) => !a.deleted)
    .map((a) => ({ id: a.id, data: a.data }))
    .sort((a, b) => (b.data.startDate || '').localeCompare(a.data.startDate || '') || a.id.localeCompare(b.id));
}
