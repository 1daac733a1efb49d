import { useId, useState } from 'react';
import type { EntityData } from '../../../shared/model/entities';
import { plainError } from '../../../shared/model/plainIssues';
import { count } from '../../../shared/model/plural';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/fields';
import { useSession } from '../../session/SessionContext';
import { editMany } from './entryActions';
import { FieldControl } from './FieldControl';
import type { InventoryTab, InventoryType } from './inventoryTab';
import type { RecordChoices } from './recordChoices';
import { useDraft } from './useDraft';

/** One field set to one value on every selected record, in one transaction. */
export function BulkEdit<E extends InventoryType>({
  tab,
  assessmentId,
  ids,
  choices,
  onDone,
}: {
  tab: InventoryTab<E>;
  assessmentId: string;
  ids: readonly string[];
  choices: RecordChoices;
  onDone(message?: string): void;
}) {
  const { state } = useSession();
  const valueId = useId();
  const specs = (tab.bulk ?? []).flatMap((key) => tab.fields.filter((f) => f.key === key));
  const [key, setKey] = useState(specs[0]?.key);
  const value = useDraft(() => tab.create(assessmentId));
  const [error, setError] = useState<string>();
  const spec = specs.find((s) => s.key === key);

  async function apply() {
    if (!spec || state.status !== 'unlocked') return;
    try {
      const patch = { [spec.key]: value.data[spec.key] } as Partial<EntityData<E>>;
      onDone(await editMany(state.vault, tab, assessmentId, ids, patch));
    } catch (e) {
      setError(plainError(e, `The ${tab.label.toLowerCase()} could not be changed; nothing was changed.`));
    }
  }

  return (
    <>
      <div className="form-grid">
        <SelectField
          label="Field to set"
          value={key}
          onChange={setKey}
          options={specs.map((s) => ({ value: s.key, label: s.label }))}
        />
        {spec ? (
          <FieldControl
            key={spec.key}
            spec={{ ...spec, hint: undefined }}
            id={valueId}
            form={value}
            choices={choices}
          />
        ) : null}
      </div>
      <ErrorMessage message={error} />
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void apply()}>
          Apply to {count(ids.length, tab.singular)}
        </button>
        <button type="button" className="button" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </>
  );
}
