/**
 * What the parent firm's portfolio report says: one row per clinic (its latest
 * assessment's rating and open findings), the clinics with critical findings first, a
 * clinic × area grid of the worst open severity, and the trend since the previous visit.
 */
import type { BundleRecords } from '../bundle/bundleContent';
import { areaLabels } from '../model/finding';
import { severities } from '../rules/severity';
import { CLASSIFICATION } from './clinicReport';
import { builtInPack, type ActivePack } from '../reference/contentPack';
import { judgedUnder } from './judgedUnder';
import {
  combinePortfolio,
  summarizePortfolioFile,
  type PortfolioFileSummary,
  type PortfolioRow,
  type PortfolioVisit,
} from './portfolioSummary';
import type { Rating, SeverityCounts } from './reportFindings';

export interface PortfolioClinic extends PortfolioRow {
  prior?: { date: string; open: SeverityCounts };
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
  return portfolioOf([summarizePortfolioFile(records, reportDate, pack, onClinic)], reportDate, pack).report;
}

/**
 * The report from the summaries of one or more files (portfolioSummary.ts): what the
 * command line makes reading its files one at a time. `diverged` names assessments whose
 * copies in different files differ (the copy changed last was used).
 */
export function portfolioOf(
  summaries: readonly PortfolioFileSummary[],
  reportDate: string,
  pack: ActivePack = builtInPack,
): { report: PortfolioReport; diverged: PortfolioVisit[] } {
  const combined = combinePortfolio(summaries);
  const clinics: PortfolioClinic[] = combined.clinics.flatMap(({ visits: [latest, before] }) => {
    if (!latest) return [];
    const { assessmentId: _id, clinicId: _clinic, changed: _changed, ...row } = latest;
    return [{ ...row, ...(before ? { prior: { date: before.date, open: before.open } } : {}) }];
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
  const parentEntities = [...new Set(combined.clinics.map((c) => c.parentEntity).filter(Boolean))].sort();
  const report = {
    reportDate,
    classification: CLASSIFICATION,
    parentEntities,
    areas: Object.values(areaLabels),
    clinics,
    ratings,
    totals,
    judgedUnder: judgedUnder(pack),
  };
  return { report, diverged: combined.diverged };
}

/** How a clinic moved since the visit before, in words: "12 → 7 open (critical 3 → 1)". */
export function trendText(clinic: PortfolioClinic): string {
  if (!clinic.prior) return 'First visit';
  return `${total(clinic.prior.open)} → ${total(clinic.open)} open (critical ${clinic.prior.open.critical} → ${clinic.open.critical})`;
}
