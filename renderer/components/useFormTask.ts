import { useCallback, useState } from 'react';
import { plainError } from '../../shared/model/plainIssues';

/** A form's one piece of async work: busy while it runs, and its error as the plain sentence the work threw (or `fallback`). */
export function useFormTask(fallback: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = useCallback(
    async (work: () => Promise<void>): Promise<boolean> => {
      setBusy(true);
      setError(undefined);
      try {
        await work();
        return true;
      } catch (e) {
        setError(plainError(e, fallback));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [fallback],
  );
  return { busy, error, run };
}
