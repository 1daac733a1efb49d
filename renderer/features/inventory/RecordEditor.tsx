import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef } from 'react';
import type { EntityData } from '../../../shared/model/entities';
import { plainError } from '../../../shared/model/plainIssues';
import { useRepositories } from '../../session/SessionContext';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../components/useAutosave';
import type { FieldSpec, FieldValue } from './fieldSpec';
import type { InventoryType } from './inventoryTabs';
import type { RecordChoices } from './recordChoices';
import { RecordForm } from './RecordForm';
import { confirmed } from './confirmCarried';
import { useFocusFirstField } from './useFocusFirstField';
import { RecordEvidence } from '../evidence';

/** A field-level message in one sentence instead of zod's JSON. */
function explain(error: unknown, patch: object): Error {
  return new Error(
    plainError(error, 'This record could not be saved; what you typed is still on screen.', { input: patch }),
  );
}

/**
 * Edits one inventory record in place, saving as the assessor types; a carried record edited is confirmed.
 * With `onNext`, Enter in a one-line field saves and calls it (the table opens the next row).
 */
export function RecordEditor<E extends InventoryType>({
  type,
  id,
  fields,
  choices,
  warning,
  onNext,
  focusFirst = false,
}: {
  type: E;
  id: string;
  fields: FieldSpec<EntityData<E>>[];
  choices: RecordChoices;
  warning?: (value: FieldValue<EntityData<E>>) => string | undefined;
  onNext?: () => void;
  /** Puts the focus on the first field (a form opened with Enter from the one before). */
  focusFirst?: boolean;
}) {
  const repos = useRepositories();
  const repo = repos[type] as unknown as {
    get(id: string): Promise<{ data: EntityData<E> } | undefined>;
    update(id: string, patch: Partial<EntityData<E>>): Promise<unknown>;
  };
  const record = useLiveQuery(() => repo.get(id), [repo, id]);
  const failed = useRef(false);
  const save = useCallback(
    async (patch: Partial<EntityData<E>>) => {
      try {
        // Editing a record carried from the last visit is reviewing it: it is confirmed.
        await repo.update(id, { ...patch, ...confirmed });
        failed.current = false;
      } catch (error) {
        failed.current = true;
        throw explain(error, patch);
      }
    },
    [repo, id],
  );
  const form = useAutosave<EntityData<E>>(record?.data, save);
  const formRef = useFocusFirstField(Boolean(record), focusFirst && Boolean(record));
  async function saveAndNext() {
    await form.flush();
    if (!failed.current) onNext?.();
  }
  if (!record) return <p aria-busy="true">Decrypting…</p>;
  const warningText = warning?.(form.value);
  return (
    <>
      <SaveStatus status={form.status} error={form.error} onRetry={() => void form.flush()} />
      {warningText ? <p className="form-warning">{warningText}</p> : null}
      <div ref={formRef}>
        <RecordForm
          fields={fields}
          form={form}
          choices={choices}
          selfId={id}
          onEnter={onNext ? () => void saveAndNext() : undefined}
        />
      </div>
      <RecordEvidence type={type} id={id} record={record.data} />
    </>
  );
}
