/** Sorting and filtering of a table's rows, as pure functions: the tables keep the rows' own order and only reorder indices. */

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  /** The key of the column sorted by. */
  column: string;
  direction: SortDirection;
}

export type SortValue = string | number | null | undefined;

export interface SortFilterOptions<T> {
  /** The words a search matches: the visible columns' text. */
  text(row: T): string;
  /** The search typed; every word must appear, in any order and case. */
  query: string;
  /** Further filters (kind, status), applied before the search; `index` is the row's position in `rows`. */
  keep?(row: T, index: number): boolean;
  /** The value the sorted column orders by; without it, the rows keep their order. */
  sortValue?(row: T): SortValue;
  direction?: SortDirection;
}

// Numeric collation: host-9 before host-10, and 10.0.0.9 before 10.0.0.10.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const blank = (v: SortValue) => v === null || v === undefined || v === '';

/** Compares two values in ascending order; blank values go last whatever the direction. */
export function compareValues(a: SortValue, b: SortValue, direction: SortDirection = 'ascending'): number {
  if (blank(a) || blank(b)) return blank(a) === blank(b) ? 0 : blank(a) ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return direction === 'ascending' ? order : -order;
}

/** The words of a search, lower case. */
export const queryWords = (query: string) => query.toLowerCase().split(/\s+/).filter(Boolean);

/** The indices of the rows that pass the filters and the search, in the sorted order (stable: ties keep their order). */
export function sortedFiltered<T>(rows: readonly T[], options: SortFilterOptions<T>): number[] {
  const words = queryWords(options.query);
  const kept: number[] = [];
  rows.forEach((row, i) => {
    if (options.keep && !options.keep(row, i)) return;
    if (words.length) {
      const text = options.text(row).toLowerCase();
      if (!words.every((w) => text.includes(w))) return;
    }
    kept.push(i);
  });
  const { sortValue } = options;
  if (!sortValue) return kept;
  const values = new Map(kept.map((i) => [i, sortValue(rows[i]!)] as const));
  return kept.sort((a, b) => compareValues(values.get(a), values.get(b), options.direction) || a - b);
}

/** The next sort after a click on a column's header: ascending first, then the other way. */
export function nextSort(current: SortState | undefined, column: string): SortState {
  return current?.column === column && current.direction === 'ascending'
    ? { column, direction: 'descending' }
    : { column, direction: 'ascending' };
}
