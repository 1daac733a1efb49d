import type { AnswerValue, Option, Question } from '../../../shared/checklists/question';

interface InputProps {
  question: Question;
  value: AnswerValue | undefined;
  /** `commit` saves at once (choices); otherwise the edit is saved when typing pauses. */
  onChange: (value: AnswerValue, commit: boolean) => void;
  onBlur: () => void;
  networks: readonly Option[];
  /** The assessment's assets, with their kind for filtering. */
  assets: readonly (Option & { kind: string })[];
  labelId: string;
}

const yesNoOptions = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
  { value: null, label: 'Not known' },
] as const;

/** The control for one question's answer type; grouped controls are named by the question text. */
export function AnswerInput({ question, value, onChange, onBlur, networks, assets, labelId }: InputProps) {
  const answer = question.answer;
  const name = `answer-${question.id}`;
  switch (answer.kind) {
    case 'yes-no':
      return (
        <div role="radiogroup" aria-labelledby={labelId} className="choice-row">
          {yesNoOptions.map((o) => (
            <label key={o.label} className="choice">
              <input type="radio" name={name} checked={value === o.value} onChange={() => onChange(o.value, true)} />
              {o.label}
            </label>
          ))}
        </div>
      );
    case 'choice':
      return (
        <div role="radiogroup" aria-labelledby={labelId} className="choice-column">
          {answer.options.map((o) => (
            <label key={o.value} className="choice">
              <input type="radio" name={name} checked={value === o.value} onChange={() => onChange(o.value, true)} />
              {o.label}
            </label>
          ))}
        </div>
      );
    case 'multi-choice':
    case 'networks':
    case 'assets': {
      const choices =
        answer.kind === 'networks'
          ? networks
          : answer.kind === 'assets'
            ? assets.filter((a) => !answer.assetKind || a.kind === answer.assetKind)
            : answer.options;
      const selected = Array.isArray(value) ? value : [];
      if (choices.length === 0)
        return (
          <p className="muted">
            No {answer.kind === 'assets' ? 'devices' : 'networks'} recorded yet: add them in the Inventory first.
          </p>
        );
      return (
        <div role="group" aria-labelledby={labelId} className="choice-column">
          {choices.map((o) => (
            <label key={o.value} className="choice">
              <input
                type="checkbox"
                checked={selected.includes(o.value)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value), true)
                }
              />
              {o.label}
            </label>
          ))}
        </div>
      );
    }
    case 'number':
      return (
        <div className="number-input">
          <input
            type="number"
            aria-labelledby={labelId}
            value={typeof value === 'number' ? value : ''}
            min={answer.min}
            max={answer.max}
            onChange={(e) => onChange(e.target.value === '' ? '' : Number(e.target.value), false)}
            onBlur={onBlur}
            autoComplete="off"
          />
          <span className="unit">{answer.unit}</span>
        </div>
      );
    case 'date':
      return (
        <input
          type="date"
          aria-labelledby={labelId}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value, false)}
          onBlur={onBlur}
        />
      );
    case 'text':
      return answer.multiline ? (
        <textarea
          aria-labelledby={labelId}
          rows={3}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value, false)}
          onBlur={onBlur}
          autoComplete="off"
          spellCheck={false}
        />
      ) : (
        <input
          type="text"
          aria-labelledby={labelId}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value, false)}
          onBlur={onBlur}
          autoComplete="off"
          spellCheck={false}
        />
      );
  }
}
