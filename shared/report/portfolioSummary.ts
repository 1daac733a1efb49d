/**
 * What the portfolio keeps of one assessment file: for each clinic its parent entity, for
 * its two latest visits the row the portfolio shows (rating, open findings, areas), and
 * the clinics and assessments the file deleted. A few hundred bytes per clinic, never the
 * records, so the command line can read files one at a time and drop each file's records
 * before the next (portfolio's memory does not grow with the number of files).
 *
 * Combined, the summaries give the portfolio the merged records would: a tombstone in any
 * file deletes (as the merge does), and an assessment found in several files is taken
 * from the copy changed last; copies that differ are named so the caller can say to
 * merge them first. A visit whose clinic record is in none of its file's records is
 * left out (the app always exports the clinic with its assessments).
 */
import type { PracticeState } from '../model/practice';
import type { BundleRecords } from '../bundle/bundleContent';
import { entityTypes } from '../model/entities';
import { areaLabels } from '../model/finding';
import { cityOf } from '../model/clinicPlace';
import type { VersionedRecord } from '../model/versionedRecord';
import { builtInPack, type ActivePack } from '../reference/contentPack';
import { severities, type Severity } from '../rules/severity';
import { assessmentRecordsFrom } from './assessmentsInFile';
import { buildClinicReport } from './clinicReport';
import type { Rating, SeverityCounts } from './reportFindings';

/** A clinic's row in the portfolio, from one visit. */
export interface PortfolioRow {
  name: string;
  /** The city read from its address ("" when unsure): tells clinics named alike apart. */
  city: string;
  assessment: string;
  date: string;
  rating: Rating['label'];
  /** The integration verdict: "Go", "Conditional", "No-go". */
  verdict: string;
  open: SeverityCounts;
  devices: number;
  unsupported: number;
  /** Worst open severity per area (in areaLabels order), or null where nothing is open. */
  areas: (Severity | null)[];
  /** Each HICP practice in this visit, in practice order: its state, and in place 12 months or more. */
  practices: { state: PracticeState; twelveMonths: boolean }[];
  /** The ePHI scope: patient data stores recorded, and how many of them the assessment covered. */
  ephi: { recorded: number; covered: number };
}

/** One visit as the portfolio shows it, and when its records last changed in this file. */
export interface PortfolioVisit extends PortfolioRow {
  assessmentId: string;
  clinicId: string;
  /** The latest clock stamp over the assessment's records in the file. */
  changed: string;
}

export interface PortfolioFileSummary {
  /** Live clinics: id, parent entity and when the record last changed. */
  clinics: { id: string; parentEntity: string; changed: string }[];
  /** The two latest live visits of each live clinic. */
  visits: PortfolioVisit[];
  deletedClinics: string[];
  deletedAssessments: string[];
}

const latestStamp = (r: VersionedRecord<object>) =>
  Object.values(r.stamps as Record<string, { t: string }>).reduce(
    (max, s) => (s.t > max ? s.t : max),
    r.deleted?.t ?? '',
  );

/** The latest stamp over each assessment's records (the assessment and everything under it). */
function changedByAssessment(records: BundleRecords): Map<string, string> {
  const changed = new Map<string, string>();
  for (const type of entityTypes) {
    if (type === 'clinic') continue;
    for (const r of records[type] as VersionedRecord<object>[]) {
      const id = type === 'assessment' ? r.id : (r.data as { assessmentId?: string }).assessmentId;
      if (!id) continue;
      const t = latestStamp(r);
      if (t > (changed.get(id) ?? '')) changed.set(id, t);
    }
  }
  return changed;
}

/** The portfolio's view of one file's records. */
export function summarizePortfolioFile(
  records: BundleRecords,
  reportDate: string,
  pack: ActivePack = builtInPack,
  onClinic?: (done: number, total: number) => void,
): PortfolioFileSummary {
  const areas = Object.values(areaLabels);
  const live = records.clinic.filter((c) => !c.deleted);
  const changed = changedByAssessment(records);
  const visits: PortfolioVisit[] = [];
  live.forEach((clinic, index) => {
    onClinic?.(index, live.length);
    const latestTwo = records.assessment
      .filter((a) => !a.deleted && a.data.clinicId === clinic.id)
      .sort((a, b) => (b.data.startDate || '').localeCompare(a.data.startDate || '') || a.id.localeCompare(b.id))
      .slice(0, 2);
    for (const visit of latestTwo) {
      const selected = assessmentRecordsFrom(records, visit.id);
      if (!selected) continue;
      const report = buildClinicReport(selected, reportDate, undefined, undefined, pack);
      const worst = new Map<string, Severity>();
      for (const { area, counts } of report.byArea) worst.set(area, severities.find((s) => counts[s] > 0) ?? 'info');
      visits.push({
        assessmentId: visit.id,
        clinicId: clinic.id,
        changed: changed.get(visit.id) ?? '',
        name: report.clinic.name,
        city: cityOf(report.clinic.address),
        assessment: report.assessment.title || 'Untitled assessment',
        date: report.assessment.startDate,
        rating: report.rating.label,
        verdict: report.verdict.label,
        open: report.open,
        devices: report.inventory.length,
        unsupported: report.inventory.filter((i) => i.support.status === 'unsupported').length,
        areas: areas.map((a) => worst.get(a) ?? null),
        practices: report.coverage.practices.map((p) => ({ state: p.stateId, twelveMonths: p.twelveMonths })),
        ephi: { recorded: report.coverage.ephi.total, covered: report.coverage.ephi.covered },
      });
    }
  });
  return {
    clinics: live.map((c) => ({ id: c.id, parentEntity: c.data.parentEntity, changed: latestStamp(c) })),
    visits,
    deletedClinics: records.clinic.filter((c) => c.deleted).map((c) => c.id),
    deletedAssessments: records.assessment.filter((a) => a.deleted).map((a) => a.id),
  };
}

const sameRow = (a: PortfolioVisit, b: PortfolioVisit) =>
  JSON.stringify({ ...a, changed: '' }) === JSON.stringify({ ...b, changed: '' });

export interface CombinedPortfolio {
  /** Each live clinic's two latest visits, latest first. */
  clinics: { parentEntity: string; visits: PortfolioVisit[] }[];
  /** Assessments found in more than one file whose copies differ: the copy changed last was taken. */
  diverged: PortfolioVisit[];
}

/** The summaries of several files as one set of clinics, as merging the files would give. */
export function combinePortfolio(summaries: readonly PortfolioFileSummary[]): CombinedPortfolio {
  const deletedClinics = new Set(summaries.flatMap((s) => s.deletedClinics));
  const deletedAssessments = new Set(summaries.flatMap((s) => s.deletedAssessments));
  const clinics = new Map<string, { parentEntity: string; changed: string }>();
  for (const c of summaries.flatMap((s) => s.clinics))
    if (!deletedClinics.has(c.id) && c.changed >= (clinics.get(c.id)?.changed ?? '')) clinics.set(c.id, c);
  const visits = new Map<string, PortfolioVisit>();
  const diverged = new Map<string, PortfolioVisit>();
  for (const v of summaries.flatMap((s) => s.visits)) {
    if (deletedAssessments.has(v.assessmentId) || !clinics.has(v.clinicId)) continue;
    const held = visits.get(v.assessmentId);
    if (held && !sameRow(held, v)) diverged.set(v.assessmentId, v);
    if (!held || v.changed > held.changed) visits.set(v.assessmentId, v);
  }
  const byClinic = new Map<string, PortfolioVisit[]>();
  for (const v of visits.values()) byClinic.set(v.clinicId, [...(byClinic.get(v.clinicId) ?? []), v]);
  // Several files are ordered as their merge orders records: by id.
  const ordered = summaries.length > 1 ? [...clinics].sort(([a], [b]) => (a < b ? -1 : 1)) : [...clinics];
  return {
    clinics: ordered.map(([id, c]) => ({
      parentEntity: c.parentEntity,
      visits: (byClinic.get(id) ?? [])
        .sort((a, b) => (b.date || '').localeCompare(a.date || '') || a.assessmentId.localeCompare(b.assessmentId))
        .slice(0, 2),
    })),
    diverged: [...diverged.keys()].map((id) => visits.get(id)!),
  };
}
