/** The facts the rules read, taken from one assessment's records. */
import type { AssessmentRecords } from '../model/assessmentRecords';
import type { AssessmentFacts } from './context';

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
    adminAccounts: records.adminAccounts,
    indicators: records.indicators,
    targetFlows: records.targetFlows,
  };
}
