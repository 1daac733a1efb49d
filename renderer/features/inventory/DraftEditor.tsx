import { useRef, useState } from 'react';
import type { EntityData } from '../../../shared/model/entities';
import { plainError } from '../../../shared/model/plainIssues';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useRepositories } from '../../session/SessionContext';
import type { InventoryTab, InventoryType, Lookup } from './inventoryTab';
import type { RecordChoices } from './recordChoices';
import { RecordForm } from './RecordForm';
import { nextDraft, useDraft } from './useDraft';
import { useFocusFirstField } from './useFocusFirstField';

/**
 * A new record, in memory until Save: Cancel (or Escape, or Close) leaves nothing behind.
 * Enter in a one-line field (or "Save and add another") saves it and starts the next,
 * keeping the fields an assessor repeats from one device to the next.
 */
export function DraftEditor<E extends InventoryType>({
  tab,
  assessmentId,
  choices,
  lookup,
  onDone,
}: {
  tab: InventoryTab<E>;
  assessmentId: string;
  choices: RecordChoices;
  lookup: Lookup;
  onDone(): void;
}) {
  const repo = useRepositories()[tab.type] as unknown as { create(data: EntityData<E>): Promise<unknown> };
  const draft = useDraft(() => tab.create(assessmentId));
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [round, setRound] = useState(0);
  const busy = useRef(false);
  const formRef = useFocusFirstField(round);

  async function save(andNext: boolean) {
    if (busy.current) return;
    const problem = tab.missing?.(draft.data);
    if (problem) {
      setError(problem);
      return;
    }
    busy.current = true;
    try {
      await repo.create(draft.data);
      setError(undefined);
      if (!andNext) return onDone();
      setSaved(`Saved ${tab.title(draft.data, lookup)}. A new ${tab.singular} is ready.`);
      draft.reset(nextDraft(tab.create(assessmentId), draft.data, tab.sticky));
      setRound((r) => r + 1);
    } catch (e) {
      setError(plainError(e, `The ${tab.singular} could not be saved; what you typed is still on screen.`));
    } finally {
      busy.current = false;
    }
  }

  const warningText = tab.warning?.(draft.value);
  return (
    <>
      <p role="status" className="muted">
        {saved ?? `Not saved yet: Save adds the ${tab.singular}, Cancel leaves nothing behind.`}
      </p>
      {warningText ? <p className="form-warning">{warningText}</p> : null}
      <div ref={formRef}>
        <RecordForm key={round} fields={tab.fields} form={draft} choices={choices} onEnter={() => void save(true)} />
      </div>
      <ErrorMessage message={error} />
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void save(false)}>
          Save
        </button>
        <button type="button" className="button" onClick={() => void save(true)}>
          Save and add another
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </>
  );
}
