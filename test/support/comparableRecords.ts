/** Assessments to compare: the sample clinic with fresh ids, edited record by record. */
import type { ComparableRecords } from '../../shared/compare/compareAssessments';
import type { Asset } from '../../shared/model/asset';
import { sampleClinic } from '../../shared/sample/sampleClinic';
import { carryOver } from '../../shared/compare/carryOver';

export function sampleAssessment(startDate: string, clinicId?: string): ComparableRecords {
  const s = sampleClinic(() => crypto.randomUUID(), startDate);
  const assessmentId = s.assessment.id;
  return {
    clinic: clinicId ? { ...s.clinic, id: clinicId } : s.clinic,
    assessment: { id: assessmentId, data: { ...s.assessment.data, clinicId: clinicId ?? s.clinic.id } },
    assets: s.assets,
    networks: s.networks,
    vendorLinks: s.vendorLinks,
    links: s.links,
    applications: s.applications,
    flows: s.flows,
    answers: s.answers.map(([questionId, value, note]) => ({
      id: crypto.randomUUID(),
      data: { assessmentId, questionId, value, note },
    })),
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

/** An assessment with nothing recorded yet. */
export function emptyAssessment(startDate: string): ComparableRecords {
  return {
    ...sampleAssessment(startDate),
    assets: [],
    networks: [],
    vendorLinks: [],
    links: [],
    applications: [],
    flows: [],
    answers: [],
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

/** The records with the asset of that name changed. */
export function editAsset(records: ComparableRecords, name: string, patch: Partial<Asset>): ComparableRecords {
  if (!records.assets.some((a) => a.data.name === name)) throw new Error(`No asset ${name}`);
  return {
    ...records,
    assets: records.assets.map((a) => (a.data.name === name ? { ...a, data: { ...a.data, ...patch } } : a)),
  };
}

/** A hand-made asset of the assessment. */
export function newAsset(records: ComparableRecords, patch: Partial<Asset>): { id: string; data: Asset } {
  const template = records.assets[0]?.data ?? sampleAssessment('2026-01-01').assets[0]?.data;
  if (!template) throw new Error('no template asset');
  return {
    id: crypto.randomUUID(),
    data: {
      ...template,
      assessmentId: records.assessment.id,
      name: '',
      serial: '',
      macAddress: '',
      ipAddress: '',
      notes: '',
      ...patch,
    },
  };
}

/** A revisit of `prior` that started from it: the same answers, its inventory carried over, all to confirm. */
export function revisitOf(prior: ComparableRecords, startDate: string): ComparableRecords {
  const shell = sampleAssessment(startDate, prior.clinic.id);
  const id = shell.assessment.id;
  return {
    ...shell,
    answers: prior.answers.map((a) => ({ id: crypto.randomUUID(), data: { ...a.data, assessmentId: id } })),
    ...carryOver(prior, id, () => crypto.randomUUID()),
  };
}
