import type { SaveStatus as Status } from './useAutosave';

const words: Record<Status, string> = { idle: '', pending: 'Unsaved changes…', saving: 'Saving…', saved: 'All changes saved', error: '' };

/** The save state of a form, announced politely; errors come with a retry. */
export function SaveStatus({ status, error, onRetry }: { status: Status; error: string | undefined; onRetry: () => void }) {
  return (
    <div className="save-status">
      <span role="status" className={`save-status-text save-${status}`}>
        {words[status]}
      </span>
      {status === 'error' ? (
        <div role="alert" className="error">
          {error} <button type="button" className="button button-small" onClick={onRetry}>Try saving again</button>
        </div>
      ) : null}
    </div>
  );
}
