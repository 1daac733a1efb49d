import { useCallback, useEffect, useRef, useState } from 'react';
import { plainError } from '../../shared/model/plainIssues';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosave<T extends object> {
  /** The value on screen: the unsaved edit if there is one, else the stored value. */
  value<K extends keyof T>(field: K): T[K] | undefined;
  set<K extends keyof T>(field: K, value: T[K]): void;
  flush(): Promise<void>;
  status: SaveStatus;
  error: string | undefined;
}

/**
 * Save-as-you-type: edits are kept locally and written a moment after typing stops,
 * on blur and when the form goes away. A failed save keeps the edit on screen with
 * the error, and the next edit or a retry saves it again; nothing typed is dropped.
 */
export function useAutosave<T extends object>(
  stored: T | undefined,
  save: (patch: Partial<T>) => Promise<unknown>,
  delayMs = 400,
): Autosave<T> {
  const [pending, setPending] = useState<Partial<T>>({});
  /**
   * Values just saved, with the stored record they were saved over: shown until the
   * live record moves on, so a control never flicks back to the old value meanwhile.
   */
  const [echo, setEcho] = useState<{ values: Partial<T>; over: T | undefined }>({ values: {}, over: undefined });
  const storedRef = useRef(stored);
  useEffect(() => {
    storedRef.current = stored;
  }, [stored]);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string>();
  const pendingRef = useRef<Partial<T>>({});
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const writePending = useCallback(async () => {
    const patch = pendingRef.current;
    if (Object.keys(patch).length === 0) return;
    setStatus('saving');
    try {
      await saveRef.current(patch);
      const rest = { ...pendingRef.current };
      for (const key of Object.keys(patch) as (keyof T)[]) if (Object.is(rest[key], patch[key])) delete rest[key];
      setEcho((current) => ({
        values: current.over === storedRef.current ? { ...current.values, ...patch } : patch,
        over: storedRef.current,
      }));
      pendingRef.current = rest;
      setPending(rest);
      setError(undefined);
      setStatus(Object.keys(rest).length ? 'pending' : 'saved');
    } catch (e) {
      setError(plainError(e, 'This could not be saved; what you typed is still on screen.', { input: patch }));
      setStatus('error');
    }
  }, []);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    chain.current = chain.current.then(writePending);
    return chain.current;
  }, [writePending]);

  const set = useCallback(
    <K extends keyof T>(field: K, value: T[K]) => {
      pendingRef.current = { ...pendingRef.current, [field]: value };
      setPending(pendingRef.current);
      setStatus('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => () => void flush(), [flush]);

  const echoing: Partial<T> = echo.over === stored ? echo.values : {};
  const value = <K extends keyof T>(field: K): T[K] | undefined =>
    field in pending ? pending[field] : field in echoing ? echoing[field] : stored?.[field];
  return { value, set, flush, status, error };
}
