import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { SortState } from './sortFilter';

export interface VirtualColumn {
  key: string;
  header: ReactNode;
  /** Whether a click (or Enter or Space) on the header sorts by this column. */
  sortable?: boolean;
  /** The column's width, as CSS (the layout is fixed, so columns keep their width while rows come and go). */
  width?: string;
  className?: string;
}

// Rows rendered beyond the visible ones, so a short scroll shows no blank.
const OVERSCAN = 12;
const pageKeys: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

/**
 * A real table that renders only the rows in view: spacer rows stand for the others, `aria-rowcount`
 * tells assistive technology how many there are and `aria-rowindex` where each rendered row sits.
 * Rows have a fixed height; Tab enters at one row, the arrow keys (and Page Up/Down, Home, End) move
 * between rows, scrolling them into view; Enter opens the row and Space toggles it, where the table says how.
 */
export function VirtualTable({
  label,
  columns,
  rowCount,
  rowHeight,
  rowKey,
  renderRow,
  sort,
  onSort,
  onOpen,
  onToggle,
}: {
  label: string;
  columns: readonly VirtualColumn[];
  rowCount: number;
  /** The height of every row, in pixels. */
  rowHeight: number;
  rowKey(index: number): string;
  /** The cells of the row at this position (a `<th scope="row">` or `<td>` each). */
  renderRow(index: number): ReactNode;
  sort?: SortState;
  onSort?(column: string): void;
  onOpen?(index: number): void;
  onToggle?(index: number): void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const [headHeight, setHeadHeight] = useState(0);
  const [active, setActive] = useState(0);
  const focusNext = useRef<number | null>(null);
  // The virtualiser keeps one instance that changes on every scroll, so nothing here may be memoised on its identity (and nothing is).
  // eslint-disable-next-line react-hooks/incompatible-library -- the table re-renders from the virtualiser's own updates
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    paddingStart: headHeight,
    scrollPaddingStart: headHeight,
    getItemKey: rowKey,
  });
  const items = virtualizer.getVirtualItems();
  const activeRow = Math.min(active, Math.max(0, rowCount - 1));

  useLayoutEffect(() => setHeadHeight(headRef.current?.offsetHeight ?? 0), [columns]);
  // A row moved to by keyboard takes the focus once it is rendered.
  useLayoutEffect(() => {
    if (focusNext.current === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${focusNext.current}"]`);
    if (!row) return;
    focusNext.current = null;
    row.focus();
  });

  function moveTo(index: number) {
    const to = Math.max(0, Math.min(rowCount - 1, index));
    setActive(to);
    focusNext.current = to;
    virtualizer.scrollToIndex(to, { align: 'auto' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLTableSectionElement>) {
    const row = (e.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    if (!row || e.altKey || e.ctrlKey || e.metaKey) return;
    const index = Number(row.dataset.index);
    const onRow = e.target === row;
    const step = pageKeys[e.key];
    if (step !== undefined) moveTo(index + step);
    else if (e.key === 'Home' && onRow) moveTo(0);
    else if (e.key === 'End' && onRow) moveTo(rowCount - 1);
    else if (e.key === 'Enter' && onRow && onOpen) onOpen(index);
    else if (e.key === ' ' && onRow && onToggle) onToggle(index);
    else return;
    e.preventDefault();
  }

  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start - headHeight : 0;
  const after = last ? virtualizer.getTotalSize() - last.end : 0;
  return (
    <div className="table-scroll virtual-table" ref={scrollRef}>
      <table className="table" aria-label={label} aria-rowcount={rowCount + 1}>
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        <thead ref={headRef}>
          <tr aria-rowindex={1}>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.className}
                aria-sort={sort?.column === c.key ? sort.direction : c.sortable ? 'none' : undefined}
              >
                {c.sortable && onSort ? (
                  <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                    {c.header}
                    <span aria-hidden="true" className="sort-mark">
                      {sort?.column === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : (
                  c.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {before > 0 ? <Spacer height={before} columns={columns.length} /> : null}
          {items.map((item) => (
            <tr
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-rowindex={item.index + 2}
              tabIndex={item.index === activeRow ? 0 : -1}
              onFocus={() => setActive(item.index)}
              style={{ height: rowHeight }}
            >
              {renderRow(item.index)}
            </tr>
          ))}
          {after > 0 ? <Spacer height={after} columns={columns.length} /> : null}
        </tbody>
      </table>
    </div>
  );
}

function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="virtual-spacer">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
