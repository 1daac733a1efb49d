import { useState, type ReactNode } from 'react';
import type { Choice } from './recordChoices';

/** From this many choices on, the list scrolls and a filter box helps find one. */
const FILTER_FROM = 12;

/** Several records picked by checkbox, such as the networks a vendor link reaches. */
export function ChoiceList({
  legend,
  hint,
  hintId,
  choices,
  selected,
  empty,
  onChange,
}: {
  legend: string;
  hint: ReactNode;
  hintId: string | undefined;
  choices: readonly Choice[];
  selected: readonly string[];
  empty: string;
  onChange: (ids: string[]) => void;
}) {
  const [filter, setFilter] = useState('');
  const long = choices.length >= FILTER_FROM;
  const words = filter.trim().toLowerCase();
  const shown = words
    ? choices.filter((c) => selected.includes(c.id) || c.label.toLowerCase().includes(words))
    : choices;
  const count = choices.filter((c) => selected.includes(c.id)).length;
  return (
    <fieldset className="field field-wide" aria-describedby={hintId}>
      <legend>{legend}</legend>
      {choices.length === 0 ? <p className="muted">{empty}</p> : null}
      {long ? (
        <div className="choice-filter">
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            aria-label={`Filter ${legend.toLowerCase()}`}
            placeholder="Filter by name"
            autoComplete="off"
          />
          <span className="muted">
            {count} of {choices.length} chosen
          </span>
        </div>
      ) : null}
      {choices.length > 0 ? (
        <div className={long ? 'choice-row choice-scroll' : 'choice-row'}>
          {shown.map((c) => (
            <label key={c.id} className="choice">
              <input
                type="checkbox"
                checked={selected.includes(c.id)}
                onChange={(e) => onChange(e.target.checked ? [...selected, c.id] : selected.filter((x) => x !== c.id))}
              />
              {c.label}
            </label>
          ))}
        </div>
      ) : null}
      {hint}
    </fieldset>
  );
}
