import { useCallback, useMemo, useState } from 'react';

export interface Selection {
  /** The selected ids among the rows still listed, in their order. */
  ids: readonly string[];
  has(id: string): boolean;
  toggle(id: string): void;
  /** Selects every id of `shown`, or unselects them all when they all are. */
  toggleAll(shown: readonly string[]): void;
  clear(): void;
}

/** The rows ticked for a bulk edit; rows deleted meanwhile drop out on their own. */
export function useSelection(listed: readonly string[]): Selection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const ids = useMemo(() => listed.filter((id) => selected.has(id)), [listed, selected]);
  const toggle = useCallback(
    (id: string) =>
      setSelected((s) => {
        const next = new Set(s);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const toggleAll = useCallback(
    (shown: readonly string[]) =>
      setSelected((s) => {
        const next = new Set(s);
        const all = shown.length > 0 && shown.every((id) => s.has(id));
        for (const id of shown) {
          if (all) next.delete(id);
          else next.add(id);
        }
        return next;
      }),
    [],
  );
  const clear = useCallback(() => setSelected(new Set()), []);
  return { ids, has: (id) => selected.has(id), toggle, toggleAll, clear };
}
