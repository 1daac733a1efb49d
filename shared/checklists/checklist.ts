/**
 * The on-site checklist, version 1: its sections in the order an assessor walks them,
 * when each question applies, and how far an assessment has got.
 */
import type { AnswerValue, Condition, Question, Section } from './question';
import { checklistSections, type QuestionId } from './questionIds';

export type { QuestionId } from './questionIds';

/** Stored with every assessment: answers belong to the checklist version they were given for. */
export const CHECKLIST_VERSION = '1';

export const sections: readonly Section[] = checklistSections;

export const questionsById: ReadonlyMap<string, Question> = new Map(
  sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)),
);

/** Answers by question id. A missing key or `undefined` means not answered; `null` means "not known". */
export type Answers = ReadonlyMap<string, AnswerValue>;

/** One answer, by a question id the compiler checks. */
export function answerOf(answers: Answers, id: QuestionId): AnswerValue | undefined {
  return answers.get(id);
}

export function conditionHolds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, answers));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, answers));
  const value = answers.get(condition.question);
  if ('equals' in condition) return value === condition.equals;
  if ('in' in condition) return typeof value === 'string' && condition.in.includes(value);
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  return typeof value === 'number' && value >= condition.atLeast;
}

/** A question applies when its condition holds and every question its condition names applies too. */
export function isVisible(question: Question, answers: Answers): boolean {
  if (!question.showIf) return true;
  if (!conditionHolds(question.showIf, answers)) return false;
  return referencedQuestions(question.showIf).every((id) => {
    const parent = questionsById.get(id);
    return !parent || isVisible(parent, answers);
  });
}

function referencedQuestions(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(referencedQuestions);
  if ('any' in condition) return condition.any.flatMap(referencedQuestions);
  return [condition.question];
}

export function visibleQuestions(section: Section, answers: Answers): Question[] {
  return section.questions.filter((q) => isVisible(q, answers));
}

/** Answered means a value was given; "not known" (null) counts as an answer. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

export interface SectionProgress {
  answered: number;
  total: number;
  requiredMissing: number;
}

/** Answers the records settle (see topologyAnswers.ts), by question. */
export type SettledValues = readonly { questionId: QuestionId; value: AnswerValue }[];

/** The stored answers with the values the records settle laid over them: what conditions, progress and rules read. */
export function withSettled(answers: Answers, settled: SettledValues = []): Answers {
  if (!settled.length) return answers;
  const merged = new Map(answers);
  for (const s of settled) merged.set(s.questionId, s.value);
  return merged;
}

/** Progress through a section; a question the records settle counts as answered. */
export function sectionProgress(section: Section, stored: Answers, settled?: SettledValues): SectionProgress {
  const answers = withSettled(stored, settled);
  const visible = visibleQuestions(section, answers);
  const answered = visible.filter((q) => isAnswered(answers.get(q.id))).length;
  const requiredMissing = visible.filter((q) => q.required && !isAnswered(answers.get(q.id))).length;
  return { answered, total: visible.length, requiredMissing };
}

export function checklistProgress(stored: Answers, settled?: SettledValues): SectionProgress {
  const answers = withSettled(stored, settled);
  return sections
    .map((s) => sectionProgress(s, answers))
    .reduce(
      (sum, p) => ({
        answered: sum.answered + p.answered,
        total: sum.total + p.total,
        requiredMissing: sum.requiredMissing + p.requiredMissing,
      }),
      {
        answered: 0,
        total: 0,
        requiredMissing: 0,
      },
    );
}

/** Checks a value against its question; returns a message for the assessor, or null when it fits. */
export function answerProblem(question: Question, value: AnswerValue): string | null {
  // null is "not known"; '' is a cleared answer.
  if (value === null || value === '') return null;
  const answer = question.answer;
  switch (answer.kind) {
    case 'yes-no':
      return typeof value === 'boolean' ? null : 'Answer yes, no or not known.';
    case 'choice':
      return typeof value === 'string' && answer.options.some((o) => o.value === value)
        ? null
        : 'Choose one of the options.';
    case 'multi-choice':
    case 'networks':
    case 'assets':
      return Array.isArray(value) &&
        (answer.kind !== 'multi-choice' || value.every((v) => answer.options.some((o) => o.value === v)))
        ? null
        : 'Choose from the list.';
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'Enter a number.';
      if (answer.min !== undefined && value < answer.min) return `Enter at least ${answer.min}.`;
      if (answer.max !== undefined && value > answer.max) return `Enter at most ${answer.max}.`;
      return null;
    case 'date':
      return typeof value === 'string' && (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) ? null : 'Enter a date.';
    case 'text':
      return typeof value === 'string' ? null : 'Enter text.';
  }
}
