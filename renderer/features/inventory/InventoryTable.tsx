import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useId, useMemo, useState } from 'react';
import type { Asset } from '../../../shared/model/asset';
import type { Network } from '../../../shared/model/network';
import { useRepositories, useSession } from '../../session/SessionContext';
import { figure } from '../../../shared/model/plural';
import { confirmRecords, toConfirmIds } from './confirmCarried';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Modal } from '../../components/Modal';
import { useSortedFiltered } from '../../components/useSortedFiltered';
import { FlowList } from './FlowList';
import { InventoryRows, sortColumns, type InventoryRow } from './InventoryRows';
import { AssetFilters, assetMatches, noAssetFilter } from './AssetFilters';
import { deleteWithFlows } from './deleteWithFlows';
import { DeleteDialog } from './DeleteDialog';
import { DraftEditor } from './DraftEditor';
import { DuplicateDialog } from './DuplicateDialog';
import { BulkEdit } from './BulkEdit';
import { useSelection } from './useSelection';
import type { InventoryTab, InventoryType, Lookup } from './inventoryTabs';
import type { RecordChoices } from './recordChoices';
import { RecordEditor } from './RecordEditor';
import { plainError } from '../../../shared/model/plainIssues';

type Row<E extends InventoryType> = InventoryRow<E>;
const noRows: never[] = [];

type GenericRepo<E extends InventoryType> = {
  list(parentId: string): Promise<Row<E>[]>;
};

/**
 * One kind of inventory record: search, filters, add (a draft until saved), edit in a dialog
 * (Enter goes on to the next row), duplicate, tick rows to set a field on all of them, delete.
 */
export function InventoryTable<E extends InventoryType>({
  tab,
  assessmentId,
  networks,
  choices,
  assessmentDate,
}: {
  tab: InventoryTab<E>;
  assessmentId: string;
  networks: Row<'network'>[];
  choices: RecordChoices;
  assessmentDate: string;
}) {
  const repos = useRepositories();
  const { state } = useSession();
  const repo = repos[tab.type] as unknown as GenericRepo<E>;
  const rows = useLiveQuery(() => repo.list(assessmentId), [repo, assessmentId]);
  const [assetFilter, setAssetFilter] = useState(noAssetFilter);
  const [editing, setEditing] = useState<{ id: string; fromEnter: boolean }>();
  const [adding, setAdding] = useState(false);
  const [duplicating, setDuplicating] = useState<Row<E>>();
  const [bulkEditing, setBulkEditing] = useState(false);
  const [deleting, setDeleting] = useState<Row<E>>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const searchId = useId();

  const networkById = useMemo(() => new Map(networks.map((n) => [n.id, n.data] as const)), [networks]);
  const lookup: Lookup = useMemo(
    () => ({
      networkName: (id) => (id ? networkById.get(id)?.name || 'Unnamed network' : '—'),
      nameOf: choices.nameOf,
      assessmentDate,
    }),
    [networkById, choices, assessmentDate],
  );

  // By name until a column's header is clicked; a sort by column keeps that order among equals.
  const byTitle = useMemo(
    () => [...(rows ?? noRows)].sort((a, b) => tab.title(a.data, lookup).localeCompare(tab.title(b.data, lookup))),
    [rows, tab, lookup],
  );
  const text = useCallback((r: Row<E>) => tab.text(r.data, lookup), [tab, lookup]);
  const keep = useCallback(
    (r: Row<E>) =>
      tab.type !== 'asset' ||
      assetMatches(assetFilter, r.data as Asset, networkById as ReadonlyMap<string, Network>, assessmentDate),
    [tab.type, assetFilter, networkById, assessmentDate],
  );
  const columns = useMemo(() => sortColumns(tab, lookup), [tab, lookup]);
  const { order, query, setQuery, sort, toggleSort } = useSortedFiltered(byTitle, columns, { text, keep });
  const listedIds = useMemo(() => byTitle.map((r) => r.id), [byTitle]);
  const selection = useSelection(listedIds);

  async function confirm(ids: readonly string[]) {
    setError(undefined);
    if (state.status !== 'unlocked' || !ids.length) return;
    try {
      await confirmRecords(state.vault, tab.type, ids);
    } catch (e) {
      setError(plainError(e, `The ${tab.label.toLowerCase()} could not be confirmed.`));
    }
  }

  async function confirmDelete() {
    if (!deleting) return;
    try {
      await deleteWithFlows(repos, assessmentId, tab.type, deleting.id);
      setDeleting(undefined);
    } catch (e) {
      setError(plainError(e, `The ${tab.singular} could not be deleted.`));
    }
  }

  /** The row after the one being edited, in the order shown; the dialog closes after the last. */
  function editNext() {
    const at = order.findIndex((i) => byTitle[i]?.id === editing?.id);
    const next = at >= 0 ? byTitle[order[at + 1] ?? -1] : undefined;
    setEditing(next ? { id: next.id, fromEnter: true } : undefined);
  }

  const finish = (message?: string) => {
    setDuplicating(undefined);
    setBulkEditing(false);
    if (message) setNotice(message);
  };
  const closeForm = () => {
    setEditing(undefined);
    setAdding(false);
  };
  const editingRow = rows?.find((r) => r.id === editing?.id);
  const shownToConfirm = toConfirmIds(order.map((i) => byTitle[i]!));
  return (
    <section aria-label={tab.label}>
      <div className="toolbar">
        <div className="field grow">
          <label htmlFor={searchId}>Search {tab.label.toLowerCase()}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
          />
        </div>
        {tab.type === 'asset' ? <AssetFilters value={assetFilter} onChange={setAssetFilter} /> : null}
        {shownToConfirm.length ? (
          <button type="button" className="button" onClick={() => void confirm(shownToConfirm)}>
            Confirm the {figure(shownToConfirm.length)} shown
          </button>
        ) : null}
        {selection.ids.length ? (
          <button type="button" className="button" onClick={() => setBulkEditing(true)}>
            Edit {figure(selection.ids.length)} selected
          </button>
        ) : null}
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            setError(undefined);
            setAdding(true);
          }}
        >
          Add {tab.singular}
        </button>
      </div>
      <ErrorMessage message={error} />
      <p className="muted" role="status">
        {rows === undefined ? 'Decrypting…' : `${order.length} of ${rows.length} ${tab.singular}s`}
      </p>
      <p role="status" className="entry-notice">
        {notice}
      </p>
      {rows?.length === 0 && tab.empty ? <p className="empty-state">{tab.empty}</p> : null}
      {order.length > 0 ? (
        <InventoryRows
          tab={tab}
          rows={byTitle}
          order={order}
          lookup={lookup}
          sort={sort}
          onSort={toggleSort}
          onEdit={(row) => setEditing({ id: row.id, fromEnter: false })}
          onDelete={setDeleting}
          onConfirm={(row) => void confirm([row.id])}
          onDuplicate={tab.copy ? setDuplicating : undefined}
          selection={tab.bulk ? selection : undefined}
        />
      ) : null}
      <Modal
        title={
          adding
            ? `Add ${tab.singular}`
            : editingRow
              ? `Edit ${tab.singular}: ${tab.title(editingRow.data, lookup)}`
              : `Edit ${tab.singular}`
        }
        open={adding || editing !== undefined}
        onClose={closeForm}
      >
        {adding ? (
          <DraftEditor tab={tab} assessmentId={assessmentId} choices={choices} lookup={lookup} onDone={closeForm} />
        ) : null}
        {editing ? (
          <RecordEditor
            key={editing.id}
            type={tab.type}
            id={editing.id}
            fields={tab.fields}
            choices={choices}
            warning={tab.warning}
            onNext={editNext}
            focusFirst={editing.fromEnter}
          />
        ) : null}
        {editing && (tab.type === 'network' || tab.type === 'vendorAccess') ? (
          <FlowList
            assessmentId={assessmentId}
            endId={editing.id}
            end={tab.type === 'network' ? 'zone' : 'link'}
            choices={choices}
            assessmentDate={assessmentDate}
          />
        ) : null}
      </Modal>
      <Modal
        title={duplicating ? `Duplicate ${tab.title(duplicating.data, lookup)}` : 'Duplicate'}
        open={duplicating !== undefined}
        onClose={() => finish()}
      >
        {duplicating ? (
          <DuplicateDialog tab={tab} row={duplicating} rows={byTitle} lookup={lookup} onDone={finish} />
        ) : null}
      </Modal>
      <Modal
        title={`Edit ${figure(selection.ids.length)} selected ${tab.label.toLowerCase()}`}
        open={bulkEditing}
        onClose={() => finish()}
      >
        {bulkEditing ? (
          <BulkEdit tab={tab} assessmentId={assessmentId} ids={selection.ids} choices={choices} onDone={finish} />
        ) : null}
      </Modal>
      <DeleteDialog
        tab={tab}
        assessmentId={assessmentId}
        deleting={deleting}
        lookup={lookup}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(undefined)}
      />
    </section>
  );
}
