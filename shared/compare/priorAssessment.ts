/**
 * Which earlier assessment to compare an assessment with: the other assessments of the
 * same clinic, latest first, and by default the latest one that started before it.
 * Assessments without a start date, or on the same day, are offered but never chosen
 * by default: nothing says which came first.
 */
import type { Assessment } from '../model/assessment';
import type { WithId } from '../rules/ruleTypes';

export interface PriorChoice {
  candidates: WithId<Assessment>[];
  defaultId: string | undefined;
}

export function priorChoice(
  current: WithId<Assessment>,
  all: readonly WithId<Assessment>[],
  carriedFrom?: string,
): PriorChoice {
  const candidates = all
    .filter((a) => a.id !== current.id && a.data.clinicId === current.data.clinicId)
    .sort(
      (a, b) =>
        (b.data.startDate || '').localeCompare(a.data.startDate || '') ||
        a.data.title.localeCompare(b.data.title) ||
        a.id.localeCompare(b.id),
    );
  const start = current.data.startDate;
  const earlier = start ? candidates.find((a) => a.data.startDate && a.data.startDate < start) : undefined;
  const origin = carriedFrom ? candidates.find((a) => a.id === carriedFrom) : undefined;
  return { candidates, defaultId: (origin ?? earlier)?.id };
}
