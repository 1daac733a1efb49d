import { useId, type ReactNode } from 'react';
import type { Autosave } from '../../components/useAutosave';
import { FieldControl } from './FieldControl';
import type { FieldSpec } from './fieldSpec';
import type { RecordChoices } from './recordChoices';

/**
 * Renders a record's fields from their specs, under their group headings, leaving out
 * the fields that do not apply; every change goes through the autosave.
 */
export function RecordForm<T extends object>({
  fields,
  form,
  choices,
  selfId,
}: {
  fields: FieldSpec<T>[];
  form: Autosave<T>;
  choices: RecordChoices;
  selfId?: string;
}) {
  const base = useId();
  const items: ReactNode[] = [];
  let group: string | undefined;
  for (const spec of fields) {
    if (spec.when && !spec.when(form.value)) continue;
    if (spec.group && spec.group !== group)
      items.push(
        <h3 key={`group:${spec.group}`} className="form-group-title">
          {spec.group}
        </h3>,
      );
    group = spec.group;
    items.push(
      <FieldControl
        key={spec.key}
        spec={spec}
        id={`${base}-${spec.key}`}
        form={form}
        choices={choices}
        selfId={selfId}
      />,
    );
  }
  return <div className="form-grid">{items}</div>;
}
