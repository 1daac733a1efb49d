import { useCallback, useMemo, useState } from 'react';
import type { Answers } from '../../../shared/checklists/checklist';
import type { AnswerValue } from '../../../shared/checklists/question';
import type { Answer } from '../../../shared/model/answer';
import type { StoredAnswers } from './useAnswers';

/** An answer on screen that the database has not given back yet, with the stored record it replaces. */
interface ShownAnswer {
  value: AnswerValue;
  over: Answer | undefined;
}

/** Tells the checklist what a question shows, or that it shows what is stored (`value` undefined). */
export type ReportShown = (questionId: string, value: AnswerValue | undefined, over: Answer | undefined) => void;

/**
 * The answers as the page shows them: the stored ones, with each answer given but not yet
 * back from the database (typed, saving, or saved while the live query catches up) in
 * their place. Follow-up questions and progress follow what the assessor sees at once,
 * not the round trip through the database: on a slow computer "All changes saved" could
 * otherwise show before the follow-ups it reveals, and Next skip them. An answer given
 * here stays in place, even after its question leaves the screen, until the database
 * gives back a newer record for that question.
 */
export function useShownAnswers(stored: StoredAnswers | undefined): {
  values: Answers | undefined;
  report: ReportShown;
} {
  const [shown, setShown] = useState<ReadonlyMap<string, ShownAnswer>>(new Map());
  const report = useCallback<ReportShown>((questionId, value, over) => {
    setShown((current) => {
      const now = current.get(questionId);
      if (value === undefined ? !now : now && now.over === over && sameValue(now.value, value)) return current;
      const next = new Map(current);
      if (value === undefined) next.delete(questionId);
      else next.set(questionId, { value, over });
      return next;
    });
  }, []);
  const values = useMemo(() => {
    if (!stored) return undefined;
    const merged = new Map(stored.values);
    for (const [questionId, answer] of shown)
      if (stored.records.get(questionId) === answer.over) merged.set(questionId, answer.value);
    return merged;
  }, [stored, shown]);
  return { values, report };
}

/** Whether two answers are the same: choices by value, multiple choices by their items. */
export function sameValue(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return Object.is(a, b);
}
