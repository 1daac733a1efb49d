import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { TargetFlow } from '../../../shared/model/targetFlow';
import { plainError } from '../../../shared/model/plainIssues';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../components/useAutosave';
import { useRepositories } from '../../session/SessionContext';
import { RecordForm, type RecordChoices } from '../inventory';
import { targetFlowFields } from './targetFlowFields';

/** Edits one target flow in place, saving as the assessor types (an issued assessment refuses, with its message). */
export function TargetFlowEditor({ id, choices }: { id: string; choices: RecordChoices }) {
  const repo = useRepositories().targetFlow;
  const record = useLiveQuery(() => repo.get(id), [repo, id]);
  const save = useCallback(
    async (patch: Partial<TargetFlow>) => {
      try {
        await repo.update(id, patch);
      } catch (error) {
        throw new Error(plainError(error, 'This target flow could not be saved; what you typed is still on screen.'));
      }
    },
    [repo, id],
  );
  const form = useAutosave<TargetFlow>(record?.data, save);
  if (!record) return <p aria-busy="true">Decrypting…</p>;
  return (
    <>
      <SaveStatus status={form.status} error={form.error} onRetry={() => void form.flush()} />
      {form.value('from') === form.value('to') ? (
        <p className="form-warning">Choose where the flow goes: it starts and ends at the same place.</p>
      ) : null}
      <RecordForm fields={targetFlowFields} form={form} choices={choices} selfId={id} />
    </>
  );
}
