/** Whether a CSS media query matches now, kept up to date as the window is resized. */
import { useCallback, useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

/** Windows under 1200 px wide, where wide tables leave out their least needed columns. */
export const NARROW_WINDOW = '(max-width: 1199px)';
