/** A checklist answer in words, as a report prints it. */
import type { AnswerValue, Question } from '../checklists/question';

export function answerText(question: Question, value: AnswerValue | undefined, names: ReadonlyMap<string, string>): string {
  if (value === undefined) return 'Not answered';
  if (value === null) return 'Not known';
  const { answer } = question;
  switch (answer.kind) {
    case 'yes-no':
      return value === true ? 'Yes' : value === false ? 'No' : String(value);
    case 'choice':
      return answer.options.find((o) => o.value === value)?.label ?? String(value);
    case 'multi-choice':
      return Array.isArray(value) ? (value.length ? value.map((v) => answer.options.find((o) => o.value === v)?.label ?? v).join('; ') : 'None') : String(value);
    case 'number':
      return `${String(value)} ${answer.unit}`.trim();
    case 'networks':
    case 'assets':
      return Array.isArray(value) ? (value.length ? value.map((id) => names.get(id) ?? 'a record no longer listed').join('; ') : 'None') : String(value);
    default:
      return String(value) || '(empty)';
  }
}
