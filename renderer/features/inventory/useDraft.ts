import { useCallback, useState } from 'react';
import type { Autosave } from '../../components/useAutosave';

/** A record being typed that is not in the database yet: the form edits it, Save writes it. */
export interface Draft<T extends object> extends Autosave<T> {
  data: T;
  /** Starts again from `next` (the next record after a save, keeping its sticky fields). */
  reset(next: T): void;
}

const noSave = () => Promise.resolve();

/** Holds a draft in memory only: nothing reaches the database until the caller saves `data`. */
export function useDraft<T extends object>(initial: () => T): Draft<T> {
  const [data, setData] = useState(initial);
  const set = useCallback(<K extends keyof T>(field: K, value: T[K]) => setData((d) => ({ ...d, [field]: value })), []);
  return {
    data,
    value: (field) => data[field],
    set,
    flush: noSave,
    status: 'idle',
    error: undefined,
    reset: setData,
  };
}

/** The next new record after one saved with Enter: a fresh one with the sticky fields of the last. */
export function nextDraft<T extends object>(fresh: T, saved: T, sticky: readonly (keyof T)[] = []): T {
  const next = { ...fresh };
  for (const key of sticky) next[key] = saved[key];
  return next;
}
