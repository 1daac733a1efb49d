import { useEffect, useRef } from 'react';

/** Puts the focus on the first field of a form, once the browser has drawn it. */
export function useFocusFirstField(round: unknown, enabled = true) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!enabled) return;
    const frame = requestAnimationFrame(() =>
      ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [round, enabled]);
  return ref;
}
