/**
 * One assessment's live records, whichever store they come from (a decrypted file on
 * the command line, the repositories in the app), and the facts the rules read.
 */
import type { BundleRecords } from '../bundle/bundleContent';
import type { Answer } from '../model/answer';
import type { Application } from '../model/application';
import type { Assessment } from '../model/assessment';
import type { Asset } from '../model/asset';
import type { Clinic } from '../model/clinic';
import type { Finding } from '../model/finding';
import type { Flow } from '../model/flow';
import type { Link } from '../model/link';
import type { Network } from '../model/network';
import type { VendorAccess } from '../model/vendorAccess';
import type { VersionedRecord } from '../model/versionedRecord';
import type { AssessmentFacts } from '../rules/context';
import type { WithId } from '../rules/ruleTypes';

export interface AssessmentRecords {
  clinic: WithId<Clinic>;
  assessment: WithId<Assessment>;
  answers: WithId<Answer>[];
  assets: WithId<Asset>[];
  networks: WithId<Network>[];
  vendorLinks: WithId<VendorAccess>[];
  links: WithId<Link>[];
  applications: WithId<Application>[];
  flows: WithId<Flow>[];
  decisions: WithId<Finding>[];
}

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
  };
}

/** The assessments in a file, latest first: what `report` picks from. */
export function assessmentsIn(records: BundleRecords): WithId<Assessment>[] {
  return records.assessment
    .filter((a) => !a.deleted)
    .map((a) => ({ id: a.id, data: a.data }))
    .sort((a, b) => (b.data.startDate || '').localeCompare(a.data.startDate || '') || a.id.localeCompare(b.id));
}

export function factsOf(records: AssessmentRecords, fallbackDate: string): AssessmentFacts {
  return {
    assessmentDate: records.assessment.data.startDate || fallbackDate,
    answers: new Map(records.answers.map((a) => [a.data.questionId, a.data.value] as const)),
    assets: records.assets,
    networks: records.networks,
    vendorLinks: records.vendorLinks,
    links: records.links,
    applications: records.applications,
    flows: records.flows,
  };
}

/** What each record is called in findings and reports. */
export function recordNames(
  records: Pick<AssessmentRecords, 'assets' | 'networks' | 'vendorLinks' | 'links' | 'applications'>,
): Map<string, string> {
  return new Map<string, string>([
    ...records.assets.map(
      (a) => [a.id, a.data.name || [a.data.vendor, a.data.model].filter(Boolean).join(' ') || 'Unnamed asset'] as const,
    ),
    ...records.networks.map((n) => [n.id, n.data.name || n.data.subnet || 'Unnamed network'] as const),
    ...records.vendorLinks.map((v) => [v.id, `${v.data.vendor || 'Vendor'} link`] as const),
    ...records.links.map((l) => [l.id, `${l.data.isp || 'Internet'} link`] as const),
    ...records.applications.map((a) => [a.id, a.data.name || 'Application'] as const),
  ]);
}
