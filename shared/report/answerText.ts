/** A checklist answer in words, as a report prints it: lists split by semicolons, records by name. */
import { answerWords } from '../checklists/answerWords';
import type { AnswerValue, Question } from '../checklists/question';

export function answerText(
  question: Question,
  value: AnswerValue | undefined,
  names: ReadonlyMap<string, string>,
): string {
  return answerWords(question, value, (id) => names.get(id) ?? 'a record no longer listed', {
    separator: '; ',
    blank: '(empty)',
  });
}
