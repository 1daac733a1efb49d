import type { SaveStatus as Status } from './useAutosave';

const words: Record<Status, string> = {
  idle: '',
  pending: 'Unsaved changes…',
  saving: 'Saving…',
  saved: 'All changes saved',
  error: '',
};

/**
 * The save state of a form, announced politely; errors come with a retry. The status line
 * is always there and the error takes its place (one grid cell), in a box of reserved size,
 * so words coming and going never move the controls under the pointer.
 */
export function SaveStatus({
  status,
  error,
  onRetry,
}: {
  status: Status;
  error: string | undefined;
  onRetry: () => void;
}) {
  return (
    <div className="save-status">
      <span role="status" className={`save-status-text save-${status}`}>
        {words[status]}
      </span>
      {status === 'error' ? (
        <div role="alert" className="error save-status-error">
          {error}{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            Try saving again
          </button>
        </div>
      ) : null}
    </div>
  );
}
