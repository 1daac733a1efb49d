/** The Zeek conn.log part of the inventory's file import: its use case as a hook, and what it shows. */
import { useMemo, useState } from 'react';
import { count, figure } from '../../../shared/model/plural';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressLine } from '../../components/ProgressLine';
import type { Vault } from '../../db/vault';
import { platform } from '../../platform/api';
import { readZeekInWorker } from '../../workers/inventoryFileInWorker';
import { zeekImport, type ZeekImport, type ZeekImportView } from './zeekImport';
import { ZeekFlowReview } from './ZeekFlowReview';

const worker = { readZeekInWorker };

export function useZeekImport(vault: Vault, assessmentId: string): { importer: ZeekImport; view: ZeekImportView } {
  const [view, setView] = useState<ZeekImportView>({ state: { step: 'idle' } });
  const importer = useMemo(
    () => zeekImport({ vault, assessment: { id: assessmentId }, platform, worker }, setView),
    [vault, assessmentId],
  );
  return { importer, view };
}

export const zeekBusy = ({ state }: ZeekImportView) => state.step === 'reading' || state.step === 'saving';

/** Progress, the review of the proposed flows, and how the import ended. */
export function ZeekImportStatus({ importer, view: { state, error } }: { importer: ZeekImport; view: ZeekImportView }) {
  return (
    <>
      {state.step === 'reading' ? (
        <div className="inline-form-row">
          <ProgressLine label={state.label} done={state.done} total={state.total} />
          <button type="button" className="button" onClick={importer.cancel}>
            Cancel conn.log import
          </button>
        </div>
      ) : null}
      {state.step === 'review' ? <ZeekFlowReview review={state} importer={importer} /> : null}
      <p role="status" className="status">
        {state.step === 'done'
          ? `Imported ${state.name}: ${count(state.added, 'new flow')}, ${figure(state.updated)} updated.`
          : state.step === 'saving'
            ? 'Saving the flows…'
            : ''}
      </p>
      <ErrorMessage message={error} />
    </>
  );
}
