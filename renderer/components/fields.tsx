import { useId, type ReactNode } from 'react';

interface FieldProps<V> {
  label: string;
  value: V | undefined;
  onChange: (value: V) => void;
  onBlur?: () => void;
  hint?: ReactNode;
}

/** Text input that saves as you type; autofill and form restore are off, as they would keep clinic data in the clear. */
export function TextField({
  label,
  value,
  onChange,
  onBlur,
  hint,
  multiline,
  maxLength,
  type = 'text',
  required,
}: FieldProps<string> & { multiline?: boolean; maxLength?: number; type?: 'text' | 'date'; required?: boolean }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const common = {
    id,
    value: value ?? '',
    onBlur,
    maxLength,
    autoComplete: 'off',
    spellCheck: false,
    required,
    'aria-describedby': hint ? hintId : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function SelectField<V extends string>({
  label,
  value,
  onChange,
  onBlur,
  options,
}: FieldProps<V> & { options: readonly { value: V; label: string }[] }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value as V)} onBlur={onBlur}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
