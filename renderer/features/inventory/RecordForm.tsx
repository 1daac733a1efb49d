import { useId } from 'react';
import type { Autosave } from '../../components/useAutosave';
import type { FieldSpec } from './fieldSpec';

export interface NetworkChoice {
  id: string;
  label: string;
}

const yesNoChoices = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
  { value: 'null', label: 'Not known' },
];

/** Renders a record's fields from their specs; every change goes through the autosave. */
export function RecordForm<T extends object>({ fields, form, networks, selfId }: { fields: FieldSpec<T>[]; form: Autosave<T>; networks: NetworkChoice[]; selfId?: string }) {
  const base = useId();
  return (
    <div className="form-grid">
      {fields.map((spec) => {
        const id = `${base}-${spec.key}`;
        const value = form.value(spec.key) as unknown;
        const set = (v: unknown) => form.set(spec.key, v as T[typeof spec.key]);
        const flush = () => void form.flush();
        const hint = spec.hint ? <p id={`${id}-hint`} className="field-hint">{spec.hint}</p> : null;
        const describedBy = spec.hint ? `${id}-hint` : undefined;
        const wide = spec.kind === 'textarea' || spec.kind === 'networks';
        let control;
        switch (spec.kind) {
          case 'text':
          case 'date':
            control = <input id={id} type={spec.kind} value={typeof value === 'string' ? value : ''} maxLength={spec.kind === 'text' ? spec.maxLength : undefined} onChange={(e) => set(e.target.value)} onBlur={flush} autoComplete="off" spellCheck={false} aria-describedby={describedBy} />;
            break;
          case 'textarea':
            control = <textarea id={id} rows={3} value={typeof value === 'string' ? value : ''} maxLength={spec.maxLength} onChange={(e) => set(e.target.value)} onBlur={flush} autoComplete="off" spellCheck={false} aria-describedby={describedBy} />;
            break;
          case 'number':
            control = (
              <span className="number-input">
                <input id={id} type="number" step="any" min={0} value={typeof value === 'number' ? value : ''} onChange={(e) => set(e.target.value === '' ? null : Number(e.target.value))} onBlur={flush} aria-describedby={describedBy} />
                <span className="unit">{spec.unit}</span>
              </span>
            );
            break;
          case 'select':
            control = (
              <select id={id} value={typeof value === 'string' ? value : ''} onChange={(e) => { set(e.target.value); flush(); }} aria-describedby={describedBy}>
                {spec.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            );
            break;
          case 'yes-no':
            control = (
              <select id={id} value={String(value ?? 'null')} onChange={(e) => { set(JSON.parse(e.target.value) as boolean | null); flush(); }} aria-describedby={describedBy}>
                {yesNoChoices.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            );
            break;
          case 'checkbox':
            return (
              <label key={spec.key} className="checkbox field-checkbox">
                <input type="checkbox" checked={value === true} onChange={(e) => { set(e.target.checked); flush(); }} />
                {spec.label}
              </label>
            );
          case 'network':
            control = (
              <select id={id} value={typeof value === 'string' ? value : ''} onChange={(e) => { set(e.target.value || null); flush(); }} aria-describedby={describedBy}>
                <option value="">None or not known</option>
                {networks.map((n) => <option key={n.id} value={n.id}>{n.label}</option>)}
              </select>
            );
            break;
          case 'networks': {
            const selected = Array.isArray(value) ? (value as string[]) : [];
            const choices = networks.filter((n) => n.id !== selfId);
            return (
              <fieldset key={spec.key} className="field field-wide">
                <legend>{spec.label}</legend>
                {choices.length === 0 ? <p className="muted">No {selfId ? 'other ' : ''}networks recorded yet.</p> : null}
                <div className="choice-row">
                  {choices.map((n) => (
                    <label key={n.id} className="choice">
                      <input type="checkbox" checked={selected.includes(n.id)} onChange={(e) => { set(e.target.checked ? [...selected, n.id] : selected.filter((x) => x !== n.id)); flush(); }} />
                      {n.label}
                    </label>
                  ))}
                </div>
              </fieldset>
            );
          }
        }
        return (
          <div key={spec.key} className={`field${wide ? ' field-wide' : ''}`}>
            <label htmlFor={id}>{spec.label}</label>
            {control}
            {hint}
          </div>
        );
      })}
    </div>
  );
}
