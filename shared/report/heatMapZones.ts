/** The heat map's score bands (likelihood × impact) and their tints, shared by the PDF and the Word report. */
import { severityTints } from '../model/riskColours';
import { severityRank, type Severity } from '../rules/severity';
import { impactWords, likelihoodWords, scaleSteps } from '../model/riskScale';

/** Likelihood words from the top row (almost certain) down; impact words from the left (minor). */
export const heatMapLikelihoods = [...scaleSteps].reverse().map((n) => likelihoodWords[n]);
export const heatMapImpacts = scaleSteps.map((n) => impactWords[n]);

export const zoneTint = (score: number) =>
  severityTints[score >= 12 ? 'critical' : score >= 8 ? 'high' : score >= 4 ? 'medium' : 'low'];

export const zoneColour = (likelihood: number, impact: number): string => zoneTint(likelihood * impact);

export const heatMapZones = [
  { label: '12–16', min: 12, max: 16 },
  { label: '8–11', min: 8, max: 11 },
  { label: '4–7', min: 4, max: 7 },
  { label: '1–3', min: 1, max: 3 },
] as const;

/** How many open findings of the grid (rows: likelihood 4 first; columns: impact 1 first) fall in a band. */
export function inZone(grid: readonly (readonly number[])[], zone: { min: number; max: number }): number {
  let n = 0;
  grid.forEach((row, r) =>
    row.forEach((count, c) => {
      const score = (4 - r) * (c + 1);
      if (score >= zone.min && score <= zone.max) n += count;
    }),
  );
  return n;
}

/** A finding as the heat map's side list names it. */
export interface HeatMapFinding {
  title: string;
  likelihood: number;
  impact: number;
  severity: Severity;
}

/** Findings of one score with one title, counted once: many devices can share a finding's title. */
export function groupedByScore(findings: readonly HeatMapFinding[]): (HeatMapFinding & { n: number })[] {
  const groups = new Map<string, HeatMapFinding & { n: number }>();
  for (const f of findings) {
    const key = `${f.likelihood}×${f.impact}|${f.title}`;
    const group = groups.get(key);
    if (!group) groups.set(key, { ...f, n: 1 });
    else {
      group.n += 1;
      if (severityRank[f.severity] < severityRank[group.severity]) group.severity = f.severity;
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.likelihood * b.impact - a.likelihood * a.impact ||
      severityRank[a.severity] - severityRank[b.severity] ||
      b.n - a.n,
  );
}
