import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useId, useMemo, useState } from 'react';
import type { Asset } from '../../../shared/model/asset';
import type { EntityData } from '../../../shared/model/entities';
import type { Network } from '../../../shared/model/network';
import { useRepositories, useSession } from '../../session/SessionContext';
import { isToConfirm } from '../../../shared/model/carriedRecord';
import { figure } from '../../../shared/model/plural';
import { confirmRecords, toConfirmIds } from './confirmCarried';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Modal } from '../../components/Modal';
import { useSortedFiltered } from '../../components/useSortedFiltered';
import { FlowList } from './FlowList';
import { InventoryRows, sortColumns, type InventoryRow } from './InventoryRows';
import { AssetFilters, assetMatches, noAssetFilter } from './AssetFilters';
import { deleteWithFlows, deletionImpact, impactSentences } from './deleteWithFlows';
import type { InventoryTab, InventoryType, Lookup } from './inventoryTabs';
import type { RecordChoices } from './recordChoices';
import { RecordEditor } from './RecordEditor';
import { plainError } from '../../../shared/model/plainIssues';

type Row<E extends InventoryType> = InventoryRow<E>;
const noRows: never[] = [];

type GenericRepo<E extends InventoryType> = {
  list(parentId: string): Promise<Row<E>[]>;
  create(data: EntityData<E>): Promise<Row<E>>;
};

/** One kind of inventory record: search, filters, add, edit in a dialog, delete. */
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
  const [editing, setEditing] = useState<string>();
  const [deleting, setDeleting] = useState<Row<E>>();
  const [error, setError] = useState<string>();
  const searchId = useId();
  const deletingId = deleting?.id;
  // What else the deletion takes with it, kept current while the confirmation is open.
  const impact = useLiveQuery(
    () => (deletingId ? deletionImpact(repos, assessmentId, tab.type, deletingId) : undefined),
    [repos, assessmentId, tab.type, deletingId],
  );

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

  async function add() {
    setError(undefined);
    try {
      const created = await repo.create(tab.create(assessmentId));
      setEditing(created.id);
    } catch (e) {
      setError(plainError(e, `The ${tab.singular} could not be added.`));
    }
  }

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

  const editingRow = rows?.find((r) => r.id === editing);
  const shownToConfirm = toConfirmIds(order.map((i) => byTitle[i]!));
  const goneCarried = deleting ? isToConfirm(deleting.data) : false;
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
        <button type="button" className="button button-primary" onClick={() => void add()}>
          Add {tab.singular}
        </button>
      </div>
      <ErrorMessage message={error} />
      <p className="muted" role="status">
        {rows === undefined ? 'Decrypting…' : `${order.length} of ${rows.length} ${tab.label.toLowerCase()}`}
      </p>
      {order.length > 0 ? (
        <InventoryRows
          tab={tab}
          rows={byTitle}
          order={order}
          lookup={lookup}
          sort={sort}
          onSort={toggleSort}
          onEdit={(row) => setEditing(row.id)}
          onDelete={setDeleting}
          onConfirm={(row) => void confirm([row.id])}
        />
      ) : null}
      <Modal
        title={editingRow ? `Edit ${tab.singular}: ${tab.title(editingRow.data, lookup)}` : `Edit ${tab.singular}`}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
      >
        {editing ? (
          <RecordEditor type={tab.type} id={editing} fields={tab.fields} choices={choices} warning={tab.warning} />
        ) : null}
        {editing && (tab.type === 'network' || tab.type === 'vendorAccess') ? (
          <FlowList
            assessmentId={assessmentId}
            endId={editing}
            end={tab.type === 'network' ? 'zone' : 'link'}
            choices={choices}
            assessmentDate={assessmentDate}
          />
        ) : null}
      </Modal>
      <Modal
        title={goneCarried ? `Mark ${tab.singular} gone?` : `Delete ${tab.singular}?`}
        open={deleting !== undefined}
        onClose={() => setDeleting(undefined)}
        footer={
          <button type="button" className="button button-danger" onClick={() => void confirmDelete()}>
            {goneCarried ? 'Mark gone:' : 'Delete'} {deleting ? tab.title(deleting.data, lookup) : ''}
          </button>
        }
      >
        <p>
          {deleting ? `${tab.title(deleting.data, lookup)} will disappear from this assessment and its findings.` : ''}
          {goneCarried ? ' It was there on the last visit, so it counts as removed since then.' : ''}
        </p>
        {deleting && impact
          ? impactSentences(tab.type, impact).map((sentence) => <p key={sentence}>{sentence}</p>)
          : null}
      </Modal>
    </section>
  );
}
