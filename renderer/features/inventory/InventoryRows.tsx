import { NARROW_WINDOW, useMediaQuery } from '../../hooks/useMediaQuery';
import { useMemo } from 'react';
import { confirmationLabels, isToConfirm } from '../../../shared/model/carriedRecord';
import type { EntityData } from '../../../shared/model/entities';
import type { SortState } from '../../components/sortFilter';
import type { SortableColumn } from '../../components/useSortedFiltered';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import type { Column, InventoryTab, InventoryType, Lookup } from './inventoryTabs';
import type { Selection } from './useSelection';
import { DeleteIcon, DuplicateIcon } from '../../components/RowIcons';

export interface InventoryRow<E extends InventoryType> {
  id: string;
  data: EntityData<E>;
}

// One line of text and the small Confirm, Edit and Delete buttons.
const ROW_HEIGHT = 45;
const ACTIONS = 'actions';
const SELECT = 'select';
// Wide enough for the widest set of buttons a row shows: Confirm, Edit and Mark gone, or Edit, Duplicate… and Delete.
/** Edit and two icon buttons; a revisit's rows to confirm need Confirm, Edit and Mark gone in words. */
const ACTIONS_WIDTH = '9.5rem';
const ACTIONS_WIDTH_TO_CONFIRM = '15.25rem';

/** What a column sorts by: its own sort value, else its cell where that is text. */
export function sortColumns<E extends InventoryType>(
  tab: InventoryTab<E>,
  lookup: Lookup,
): SortableColumn<InventoryRow<E>>[] {
  const valueOf = (c: Column<EntityData<E>>, data: EntityData<E>) => {
    if (c.sort) return c.sort(data, lookup);
    const cell = c.cell(data, lookup);
    return typeof cell === 'string' || typeof cell === 'number' ? cell : '';
  };
  return tab.columns.map((c) => ({ key: c.header, sortValue: (row) => valueOf(c, row.data) }));
}

/** The rows of one kind of inventory record, in the order given; only those in view are rendered. */
export function InventoryRows<E extends InventoryType>({
  tab,
  rows,
  order,
  lookup,
  sort,
  onSort,
  onEdit,
  onDelete,
  onConfirm,
  onDuplicate,
  selection,
}: {
  tab: InventoryTab<E>;
  rows: readonly InventoryRow<E>[];
  /** Indices into `rows`: the filtered rows, sorted. */
  order: readonly number[];
  lookup: Lookup;
  sort?: SortState;
  onSort(column: string): void;
  onEdit(row: InventoryRow<E>): void;
  onDelete(row: InventoryRow<E>): void;
  /** Confirms a record carried from the last visit. */
  onConfirm(row: InventoryRow<E>): void;
  /** Asks how many copies of the record to make; without it, no Duplicate button. */
  onDuplicate?(row: InventoryRow<E>): void;
  /** The ticked rows, for a bulk edit; without it, no tick boxes. */
  selection?: Selection;
}) {
  const rowAt = (i: number) => rows[order[i]!]!;
  const narrow = useMediaQuery(NARROW_WINDOW);
  const shownColumns = narrow ? tab.columns.filter((c) => !c.dropWhenNarrow) : tab.columns;
  const shownIds = useMemo(() => order.map((i) => rows[i]!.id), [order, rows]);
  const allShown = shownIds.length > 0 && shownIds.every((id) => selection?.has(id));
  const selectAll = selection ? (
    <input
      type="checkbox"
      className="row-select"
      aria-label={`Select all ${shownIds.length} shown`}
      checked={allShown}
      onChange={() => selection.toggleAll(shownIds)}
    />
  ) : null;
  const columns: VirtualColumn[] = [
    ...(selection ? [{ key: SELECT, header: selectAll, width: '2.75rem' }] : []),
    // The first column names the record: it keeps a sixth of the width when the window is narrow.
    ...shownColumns.map((c, i) => ({
      key: c.header,
      header: c.header,
      sortable: true,
      className: cellClass(c),
      width: i === 0 ? '16%' : c.width,
    })),
    {
      key: ACTIONS,
      header: <span className="visually-hidden">Actions</span>,
      width: rows.some((r) => isToConfirm(r.data)) ? ACTIONS_WIDTH_TO_CONFIRM : ACTIONS_WIDTH,
    },
  ];
  return (
    <VirtualTable
      label={tab.label}
      columns={columns}
      rowCount={order.length}
      rowHeight={ROW_HEIGHT}
      rowKey={(i) => rowAt(i).id}
      sort={sort}
      onSort={onSort}
      onOpen={(i) => onEdit(rowAt(i))}
      onToggle={selection ? (i) => selection.toggle(rowAt(i).id) : undefined}
      renderRow={(i) => {
        const row = rowAt(i);
        const title = tab.title(row.data, lookup);
        const carried = isToConfirm(row.data);
        return (
          <>
            {selection ? (
              <td>
                <input
                  type="checkbox"
                  className="row-select"
                  aria-label={`Select ${title}`}
                  checked={selection.has(row.id)}
                  onChange={() => selection.toggle(row.id)}
                />
              </td>
            ) : null}
            {shownColumns.map((c, i) => (
              <td key={c.header} className={cellClass(c)}>
                {c.cell(row.data, lookup)}
                {carried && i === 0 ? (
                  <>
                    {' '}
                    <span className="badge badge-to-confirm">{confirmationLabels['to-confirm']}</span>
                  </>
                ) : null}
              </td>
            ))}
            <td className="row-actions">
              {carried ? (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onConfirm(row)}
                  aria-label={`Confirm ${title}`}
                >
                  Confirm
                </button>
              ) : null}
              <button
                type="button"
                className="button button-small"
                onClick={() => onEdit(row)}
                aria-label={`Edit ${title}`}
              >
                Edit
              </button>
              {onDuplicate && !carried ? (
                <button
                  type="button"
                  className="button button-small button-icon"
                  onClick={() => onDuplicate(row)}
                  aria-label={`Duplicate ${title}`}
                  title="Duplicate…"
                >
                  <DuplicateIcon />
                </button>
              ) : null}
              {carried ? (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onDelete(row)}
                  aria-label={`Mark ${title} gone`}
                >
                  Mark gone
                </button>
              ) : (
                <button
                  type="button"
                  className="button button-small button-icon"
                  onClick={() => onDelete(row)}
                  aria-label={`Delete ${title}`}
                  title="Delete"
                >
                  <DeleteIcon />
                </button>
              )}
            </td>
          </>
        );
      }}
    />
  );
}

const cellClass = (c: { nowrap?: boolean; stacked?: boolean }) =>
  c.stacked ? 'cell-stack' : c.nowrap ? 'nowrap' : undefined;
