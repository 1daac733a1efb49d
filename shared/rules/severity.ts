/**
 * Severity from likelihood × impact, each 1-4, raised by the factors a hit carries.
 * 12-16 critical, 8-11 high, 4-7 medium, 2-3 low, 1 info.
 */
import type { Factor } from './factor';

export const severities = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof severities)[number];

export const severityRank: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

const clamp = (n: number) => Math.max(1, Math.min(4, n));

export function scoreSeverity(base: { likelihood: number; impact: number }, factors: readonly Factor[]) {
  const likelihood = clamp(base.likelihood + factors.reduce((n, f) => n + (f.likelihood ?? 0), 0));
  const impact = clamp(base.impact + factors.reduce((n, f) => n + (f.impact ?? 0), 0));
  const score = likelihood * impact;
  const severity: Severity =
    score >= 12 ? 'critical' : score >= 8 ? 'high' : score >= 4 ? 'medium' : score >= 2 ? 'low' : 'info';
  return { likelihood, impact, severity };
}
