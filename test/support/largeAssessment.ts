/**
 * A big assessment for report benchmarks: `assets` devices over `networks` networks,
 * the first `vulnerable` of them as troubled as the sample's, the rest current,
 * patched office PCs, as the records a report is built from.
 */
import type { AssessmentRecords } from '../../shared/model/assessmentRecords';
import { sampleClinic } from '../../shared/sample/sampleClinic';
import { largeClinic } from './largeClinic';

export function largeAssessment(assets: number, networks: number, vulnerable: number): AssessmentRecords {
  const facts = largeClinic(assets, networks);
  const sample = sampleClinic(
    (() => {
      let n = 0;
      return () => `30000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    })(),
    '2026-11-28',
  );
  const assessmentId = sample.assessment.id;
  const clean = (i: number) => ({
    osVersion: 'Windows 11 Pro 25H2',
    kind: 'workstation' as const,
    storesPatientData: false,
    transmitsPatientData: false,
    patchable: true,
    vendorManaged: false,
    name: `PC-${i}`,
  });
  return {
    clinic: sample.clinic,
    assessment: sample.assessment,
    answers: sample.answers.map(([questionId, value, note], i) => ({
      id: `40000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      data: { assessmentId, questionId, value, note },
    })),
    assets: facts.assets.map((a, i) => ({
      id: a.id,
      data: { ...a.data, assessmentId, ...(i < vulnerable ? {} : clean(i)) },
    })),
    networks: facts.networks.map((n) => ({ id: n.id, data: { ...n.data, assessmentId } })),
    vendorLinks: facts.vendorLinks.map((v) => ({ id: v.id, data: { ...v.data, assessmentId } })),
    links: facts.links.map((l) => ({ id: l.id, data: { ...l.data, assessmentId } })),
    applications: facts.applications.map((a) => ({ id: a.id, data: { ...a.data, assessmentId } })),
    flows: facts.flows.map((f) => ({ id: f.id, data: { ...f.data, assessmentId } })),
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
