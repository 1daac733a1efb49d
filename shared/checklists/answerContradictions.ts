/**
 * Stored checklist answers that the recorded topology contradicts: the assessor (or the
 * clinic) said one thing, the inventory shows another. "Not known" contradicts nothing.
 */
import { answerWords } from './answerWords';
import { isAnswered, questionsById, type Answers } from './checklist';
import type { AnswerValue } from './question';
import { settledAnswers, type SettledAnswer } from './topologyAnswers';
import { recordNames, type TopologyRecords } from './topologyReading';
import type { QuestionId } from './questionIds';

export interface Contradiction {
  questionId: QuestionId;
  stored: AnswerValue;
  fromRecords: AnswerValue;
  /** "Your answer says Yes, the inventory shows No." and why. */
  explanation: string;
}

/** Choice values that mean "not known" rather than an answer. */
const NOT_KNOWN: ReadonlySet<AnswerValue> = new Set(['unknown']);

export function sameAnswer(a: AnswerValue, b: AnswerValue): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v) => b.includes(v)) && b.every((v) => a.includes(v));
  return a === b;
}

export function answerContradictions(
  records: TopologyRecords,
  stored: Answers,
  settled: readonly SettledAnswer[] = settledAnswers(records),
): Contradiction[] {
  const nameOf = recordNames(records);
  return settled.flatMap((s): Contradiction[] => {
    const value = stored.get(s.questionId);
    const question = questionsById.get(s.questionId);
    if (
      value === undefined ||
      value === null ||
      !isAnswered(value) ||
      NOT_KNOWN.has(value) ||
      !question ||
      sameAnswer(value, s.value)
    )
      return [];
    const explanation = `Your answer says ${answerWords(question, value, nameOf)}, the inventory shows ${answerWords(question, s.value, nameOf)}. ${s.explanation}`;
    return [{ questionId: s.questionId, stored: value, fromRecords: s.value, explanation }];
  });
}
