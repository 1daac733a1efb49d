/** A golden clinic's facts as the records of one assessment, so reports can be made of it. */
import type { AssessmentRecords } from '../../shared/model/assessmentRecords';
import { ASSESSMENT } from './assessmentFacts';
import type { GoldenClinic } from './golden/goldenClinic';
import { notYetReviewed } from '../../shared/model/assessmentIssue';

const CLINIC = '00000000-0000-4000-8000-0000000000c1';

export function goldenRecords(golden: GoldenClinic): AssessmentRecords {
  const { facts } = golden;
  return {
    clinic: {
      id: CLINIC,
      data: {
        name: golden.name,
        address: '',
        acquisitionDate: '2026-10-01',
        parentEntity: 'Northwind Health',
        contacts: '',
        archived: false,
      },
    },
    assessment: {
      id: ASSESSMENT,
      data: {
        clinicId: CLINIC,
        title: 'Pre-integration assessment',
        assessor: 'A. Assessor',
        startDate: facts.assessmentDate,
        endDate: facts.assessmentDate,
        status: 'draft',
        ...notYetReviewed,
        phase: 'integration',
        checklistVersion: '1',
      },
    },
    answers: [...facts.answers].map(([questionId, value], i) => ({
      id: `00000000-0000-4000-8000-0000000a${String(i).padStart(4, '0')}`,
      data: { assessmentId: ASSESSMENT, questionId, value, note: '' },
    })),
    assets: facts.assets,
    networks: facts.networks,
    vendorLinks: facts.vendorLinks,
    links: facts.links,
    applications: facts.applications,
    flows: facts.flows,
    decisions: [],
    adminAccounts: [],
    targetFlows: [],
    indicators: [],
    evidence: [],
    planItems: [],
    ephiStores: [],
    practices: [],
  };
}
