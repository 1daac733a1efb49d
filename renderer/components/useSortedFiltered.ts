import { useMemo, useState } from 'react';
import { nextSort, sortedFiltered, type SortState, type SortValue } from './sortFilter';

export interface SortableColumn<T> {
  key: string;
  /** What the column orders by; a column without it cannot be sorted. */
  sortValue?(row: T): SortValue;
}

/** A table's search and sort state, and the order of the rows it shows (indices into `rows`). */
export function useSortedFiltered<T>(
  rows: readonly T[],
  columns: readonly SortableColumn<T>[],
  options: { text(row: T): string; keep?(row: T, index: number): boolean; initialSort?: SortState },
) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState | undefined>(options.initialSort);
  const { text, keep } = options;
  const sortValue = columns.find((c) => c.key === sort?.column)?.sortValue;
  const order = useMemo(
    () => sortedFiltered(rows, { text, keep, query, sortValue, direction: sort?.direction }),
    [rows, text, keep, query, sortValue, sort?.direction],
  );
  return { order, query, setQuery, sort, toggleSort: (column: string) => setSort(nextSort(sort, column)) };
}
