/**
 * What the parent firm's portfolio report says: one row per clinic (its latest
 * assessment's rating and open findings), the clinics with critical findings first, a
 * clinic × area grid of the worst open severity, and the trend since the previous visit.
 */
import type { BundleRecords } from '../bundle/bundleContent';
import { areaLabels } from '../model/finding';
import { severities, type Severity } from '../rules/severity';
import { assessmentRecordsFrom } from './assessmentsInFile';
import { buildClinicReport, CLASSIFICATION } from './clinicReport';
import { builtInPack, type ActivePack } from '../reference/contentPack';
import { judgedUnder } from './judgedUnder';
import { cityOf } from '../model/clinicPlace';
import type { Rating, SeverityCounts } from './reportFindings';
import type { PracticeState } from '../model/practice';

export interface PortfolioClinic {
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
  prior?: { date: string; open: SeverityCounts };
  /** Each HICP practice in the latest visit, in practice order: its state, and in place 12 months or more. */
  practices: { state: PracticeState; twelveMonths: boolean }[];
  /** The ePHI scope: patient data stores recorded, and how many of them the assessment covered. */
  ephi: { recorded: number; covered: number };
}

export interface PortfolioReport {
  reportDate: string;
  classification: string;
  parentEntities: string[];
  areas: string[];
  clinics: PortfolioClinic[];
  ratings: Record<Rating['label'], number>;
  totals: SeverityCounts;
  /** The content pack every clinic was judged under, in words (judgedUnder.ts). */
  judgedUnder: string;
}

export const ratingOrder: Rating['label'][] = ['Critical', 'High', 'Elevated', 'Moderate', 'Low'];
const total = (c: SeverityCounts) => severities.reduce((n, s) => n + c[s], 0);

export function buildPortfolioReport(
  records: BundleRecords,
  reportDate: string,
  onClinic?: (done: number, total: number) => void,
  pack: ActivePack = builtInPack,
): PortfolioReport {
  const areas = Object.values(areaLabels);
  const live = records.clinic.filter((c) => !c.deleted);
  const clinics: PortfolioClinic[] = [];
  live.forEach((clinic, index) => {
    onClinic?.(index, live.length);
    const visits = records.assessment
      .filter((a) => !a.deleted && a.data.clinicId === clinic.id)
      .sort((a, b) => (b.data.startDate || '').localeCompare(a.data.startDate || '') || a.id.localeCompare(b.id));
    const [latest, before] = visits.map((v) => assessmentRecordsFrom(records, v.id));
    if (!latest) return;
    const report = buildClinicReport(latest, reportDate, undefined, undefined, pack);
    const worst = new Map<string, Severity>();
    for (const { area, counts } of report.byArea) worst.set(area, severities.find((s) => counts[s] > 0) ?? 'info');
    const prior = before ? buildClinicReport(before, reportDate, undefined, undefined, pack) : undefined;
    clinics.push({
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
      ...(prior ? { prior: { date: prior.assessment.startDate, open: prior.open } } : {}),
    });
  });
  clinics.sort(
    (a, b) =>
      ratingOrder.indexOf(a.rating) - ratingOrder.indexOf(b.rating) ||
      b.open.critical - a.open.critical ||
      total(b.open) - total(a.open) ||
      a.name.localeCompare(b.name),
  );
  const ratings = Object.fromEntries(
    ratingOrder.map((r) => [r, clinics.filter((c) => c.rating === r).length]),
  ) as Record<Rating['label'], number>;
  const totals = Object.fromEntries(
    severities.map((s) => [s, clinics.reduce((n, c) => n + c.open[s], 0)]),
  ) as SeverityCounts;
  const parentEntities = [...new Set(live.map((c) => c.data.parentEntity).filter(Boolean))].sort();
  return {
    reportDate,
    classification: CLASSIFICATION,
    parentEntities,
    areas,
    clinics,
    ratings,
    totals,
    judgedUnder: judgedUnder(pack),
  };
}

/** How a clinic moved since the visit before, in words: "12 → 7 open (critical 3 → 1)". */
export function trendText(clinic: PortfolioClinic): string {
  if (!clinic.prior) return 'First visit';
  return `${total(clinic.prior.open)} → ${total(clinic.open)} open (critical ${clinic.prior.open.critical} → ${clinic.open.critical})`;
}
