/** A checklist answer in words: as the checklist shows it beside what the inventory says, and as the report prints it. */
import type { AnswerValue, Question } from './question';

export interface AnswerStyle {
  /** Between the items of a list answer. */
  separator: string;
  /** For an empty answer. */
  blank: string;
}

const checklistStyle: AnswerStyle = { separator: ', ', blank: 'Not answered' };

export function answerWords(
  question: Question,
  value: AnswerValue | undefined,
  nameOf: (id: string) => string,
  style: AnswerStyle = checklistStyle,
): string {
  if (value === undefined) return 'Not answered';
  if (value === '') return style.blank;
  if (value === null) return 'Not known';
  const { answer } = question;
  const many = (items: readonly string[]) => (items.length ? items.join(style.separator) : 'None');
  switch (answer.kind) {
    case 'yes-no':
      return value === true ? 'Yes' : value === false ? 'No' : String(value);
    case 'choice':
      return answer.options.find((o) => o.value === value)?.label ?? String(value);
    case 'multi-choice':
      return Array.isArray(value)
        ? many(value.map((v) => answer.options.find((o) => o.value === v)?.label ?? v))
        : String(value);
    case 'networks':
    case 'assets':
      return Array.isArray(value) ? many(value.map(nameOf)) : String(value);
    case 'number':
      return `${String(value)} ${answer.unit}`.trim();
    default:
      return String(value);
  }
}
