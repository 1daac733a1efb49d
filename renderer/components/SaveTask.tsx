import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { ProgressLine } from './ProgressLine';

/** Where a long task that ends in a saved file stands. */
export type SaveTaskState =
  | { step: 'idle' }
  | { step: 'working'; label: string; done: number; total: number }
  | { step: 'saved'; name: string }
  | { step: 'error'; message: string };

/** The start button, Cancel while it runs, the progress, and how it ended. */
export function SaveTask({
  state,
  start,
  cancelLabel,
  onCancel,
}: {
  state: SaveTaskState;
  start: ReactNode;
  cancelLabel: string;
  onCancel: () => void;
}) {
  return (
    <>
      <div className="inline-form-row">
        {start}
        {state.step === 'working' ? (
          <button type="button" className="button" onClick={onCancel}>
            {cancelLabel}
          </button>
        ) : null}
      </div>
      {state.step === 'working' ? <ProgressLine label={state.label} done={state.done} total={state.total} /> : null}
      <p role="status" className="status">
        {state.step === 'saved' ? `Saved ${state.name}.` : ''}
      </p>
      <ErrorMessage message={state.step === 'error' ? state.message : undefined} />
    </>
  );
}
