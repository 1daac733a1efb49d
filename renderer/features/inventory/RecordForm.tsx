import { useId, type KeyboardEvent, type ReactNode } from 'react';
import type { Autosave } from '../../components/useAutosave';
import { FieldControl } from './FieldControl';
import type { FieldSpec, FieldValue } from './fieldSpec';
import type { RecordChoices } from './recordChoices';

/** Inputs where Enter means "done with this record" (a textarea keeps Enter for new lines). */
const enterTypes = new Set(['text', 'search', 'date', 'number', 'email', 'tel', 'url']);

/** Whether a field holds something typed or picked, so it stays shown even where it is not asked. */
function holdsData<T>(spec: FieldSpec<T>, value: FieldValue<T>): boolean {
  const v = value(spec.key) as unknown;
  return !(v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || v === spec.blank);
}

/** The fields to show, in sections: consecutive fields of one group share a section. */
function sections<T>(fields: FieldSpec<T>[], value: FieldValue<T>): { title?: string; specs: FieldSpec<T>[] }[] {
  const out: { title?: string; specs: FieldSpec<T>[] }[] = [];
  for (const spec of fields) {
    if (spec.when && !spec.when(value) && !holdsData(spec, value)) continue;
    const last = out[out.length - 1];
    if (last && last.title === spec.group) last.specs.push(spec);
    else out.push({ title: spec.group, specs: [spec] });
  }
  return out;
}

/**
 * Renders a record's fields from their specs, each group a fieldset with its legend,
 * leaving out the fields that do not apply (unless they hold data); every change goes
 * through `form`. With `onEnter`, Enter in a one-line field calls it (save and go on).
 */
export function RecordForm<T extends object>({
  fields,
  form,
  choices,
  selfId,
  onEnter,
}: {
  fields: FieldSpec<T>[];
  form: Autosave<T>;
  choices: RecordChoices;
  selfId?: string;
  onEnter?: () => void;
}) {
  const base = useId();
  const control = (spec: FieldSpec<T>) => (
    <FieldControl key={spec.key} spec={spec} id={`${base}-${spec.key}`} form={form} choices={choices} selfId={selfId} />
  );
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (!onEnter || e.key !== 'Enter' || e.nativeEvent.isComposing || e.shiftKey || e.altKey) return;
    if (!(target instanceof HTMLInputElement) || !enterTypes.has(target.type)) return;
    e.preventDefault();
    onEnter();
  };
  const items: ReactNode[] = sections(fields, form.value).map(({ title, specs }, i) =>
    title ? (
      <fieldset key={`section:${title}`} className="form-section">
        <legend className="form-group-title">{title}</legend>
        <div className="form-grid">{specs.map(control)}</div>
      </fieldset>
    ) : (
      <div key={`plain:${i}`} className="form-grid">
        {specs.map(control)}
      </div>
    ),
  );
  return (
    <div className="record-form" onKeyDown={onKeyDown}>
      {items}
    </div>
  );
}
