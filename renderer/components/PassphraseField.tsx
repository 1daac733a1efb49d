import { useId } from 'react';

/** A labelled password input that browsers neither autofill nor remember. */
export function PassphraseField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  describedBy?: string;
  autoFocus?: boolean;
  invalid?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="password"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        autoComplete={props.autoComplete}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        autoFocus={props.autoFocus}
        spellCheck={false}
      />
    </div>
  );
}
