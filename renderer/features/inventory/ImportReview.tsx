import { useCallback, useMemo, useState } from 'react';
import type { ImportRow } from '../../../shared/import/matchImported';
import { assetKindLabels } from '../../../shared/model/asset';
import { count } from '../../../shared/model/plural';
import { useSortedFiltered, type SortableColumn } from '../../components/useSortedFiltered';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { noReviewFilter, reviewMatches } from './importReviewFilter';
import { ImportReviewFilters } from './ImportReviewFilters';

export interface RowChoice {
  import: boolean;
  acceptKind: boolean;
  /** For a possible match: the scanned host is that recorded device. */
  sameDevice: boolean;
}

// Three lines of text: a match, what it changes, and a clash.
const ROW_HEIGHT = 76;
const defaultChoice: RowChoice = { import: true, acceptKind: true, sameDevice: true };
const hosts = (n: number) => count(n, 'host');
const inventoryText = (row: ImportRow) =>
  row.existing ? `Matches ${row.existing.name}` : row.possible ? `Same device as ${row.possible.name}?` : 'New';

const sortColumns: SortableColumn<ImportRow>[] = [
  { key: 'host', sortValue: (r) => r.proposed.name },
  { key: 'addresses', sortValue: (r) => r.proposed.ipAddress },
  { key: 'os', sortValue: (r) => r.proposed.osGuess?.name },
  { key: 'kind', sortValue: (r) => assetKindLabels[r.proposed.kind.kind] },
  { key: 'inventory', sortValue: inventoryText },
  { key: 'remote', sortValue: (r) => r.proposed.remoteAccess.join(', ') },
];
const searchText = (r: ImportRow) => {
  const p = r.proposed;
  return [
    p.name,
    p.ipAddress,
    p.macAddress,
    p.vendor,
    p.osGuess?.name,
    p.osGuess?.support.label,
    assetKindLabels[p.kind.kind],
    inventoryText(r),
    ...p.remoteAccess,
    ...(p.notes ?? []),
  ].join(' ');
};

/** The scan's hosts, one row each: import it or not, accept the suggested kind or not, and what a match would change. */
export function ImportReview({
  rows,
  choices,
  onChange,
  source,
  columns: columnsRead,
}: {
  rows: ImportRow[];
  choices: RowChoice[];
  onChange: (index: number, choice: RowChoice) => void;
  source: 'nmap' | 'csv';
  /** For a CSV list: the column each field was read from, and why. */
  columns?: string[];
}) {
  const [filter, setFilter] = useState(noReviewFilter);
  const byChoice = filter.status === 'chosen' || filter.status === 'left-out' ? choices : undefined;
  const keep = useCallback(
    (row: ImportRow, i: number) => reviewMatches(filter, row, (byChoice?.[i] ?? defaultChoice).import),
    [filter, byChoice],
  );
  const { order, query, setQuery, sort, toggleSort } = useSortedFiltered(rows, sortColumns, { text: searchText, keep });
  const columns: VirtualColumn[] = useMemo(
    () => [
      { key: 'import', header: 'Import', width: '4.5rem' },
      { key: 'host', header: 'Host', sortable: true },
      { key: 'addresses', header: 'Addresses', sortable: true, width: '11rem' },
      { key: 'os', header: source === 'nmap' ? 'OS guess' : 'Operating system', sortable: true },
      { key: 'kind', header: 'Suggested kind', sortable: true },
      { key: 'inventory', header: 'In the inventory', sortable: true },
      ...(source === 'nmap' ? [{ key: 'remote', header: 'Remote access', sortable: true, width: '9rem' }] : []),
    ],
    [source],
  );
  const chosen = choices.filter((c) => c.import).length;
  const choiceAt = (i: number) => choices[i] ?? defaultChoice;
  return (
    <div>
      {columnsRead?.length ? (
        <details>
          <summary>Columns read</summary>
          <ul aria-label="Columns read">
            {columnsRead.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <ImportReviewFilters
        query={query}
        onQuery={setQuery}
        value={filter}
        onChange={setFilter}
        kindLabels={assetKindLabels}
      />
      <p className="muted" role="status">
        {order.length === rows.length
          ? hosts(rows.length)
          : `${order.length.toLocaleString('en-US')} of ${hosts(rows.length)}`}
        , {chosen.toLocaleString('en-US')} chosen for import
      </p>
      {order.length ? (
        <VirtualTable
          label="Hosts in the scan"
          columns={columns}
          rowCount={order.length}
          rowHeight={ROW_HEIGHT}
          rowKey={(k) => String(order[k])}
          sort={sort}
          onSort={toggleSort}
          onToggle={(k) => {
            const i = order[k]!;
            onChange(i, { ...choiceAt(i), import: !choiceAt(i).import });
          }}
          renderRow={(k) => {
            const i = order[k]!;
            return <ReviewCells row={rows[i]!} choice={choiceAt(i)} source={source} onChange={(c) => onChange(i, c)} />;
          }}
        />
      ) : null}
    </div>
  );
}

function ReviewCells({
  row,
  choice,
  source,
  onChange,
}: {
  row: ImportRow;
  choice: RowChoice;
  source: 'nmap' | 'csv';
  onChange: (choice: RowChoice) => void;
}) {
  const p = row.proposed;
  const updates = row.updates.map((u) => `${u.label}: ${u.before || '—'} → ${u.after}`).join(' · ');
  return (
    <>
      <td>
        <input
          type="checkbox"
          aria-label={`Import ${p.name}`}
          checked={choice.import}
          onChange={(e) => onChange({ ...choice, import: e.target.checked })}
        />
      </td>
      <th scope="row">
        {p.name}
        {p.notes?.length ? (
          <div className="muted cell-note" title={p.notes.join('; ')}>
            {p.notes.join('; ')}
          </div>
        ) : null}
      </th>
      <td>
        {p.ipAddress}
        {p.macAddress ? (
          <div className="muted">
            {p.macAddress}
            {p.vendor ? ` · ${p.vendor}` : ''}
          </div>
        ) : null}
      </td>
      <td>
        {p.osGuess ? (
          <>
            {p.osGuess.name}{' '}
            <span className="muted">
              {source === 'nmap' ? `(${p.osGuess.accuracy} %) · ` : ''}
              {p.osGuess.support.label}
            </span>
          </>
        ) : (
          <span className="muted">none</span>
        )}
      </td>
      <td>
        {row.existing ? (
          <span className="muted">kept as recorded</span>
        ) : (
          <label className="checkbox-inline">
            <input
              type="checkbox"
              aria-label={`Accept ${assetKindLabels[p.kind.kind]} for ${p.name}`}
              checked={choice.acceptKind}
              onChange={(e) => onChange({ ...choice, acceptKind: e.target.checked })}
            />
            {assetKindLabels[p.kind.kind]} <span className="muted">({p.kind.reason})</span>
          </label>
        )}
      </td>
      <td>
        {row.existing ? (
          <div>
            Matches {row.existing.name} (by {row.existing.matchedBy})
          </div>
        ) : null}
        {row.possible ? (
          <label className="checkbox-inline">
            <input
              type="checkbox"
              checked={choice.sameDevice}
              onChange={(e) => onChange({ ...choice, sameDevice: e.target.checked })}
            />
            Same device as {row.possible.name} (same IP address, no MAC to compare)
          </label>
        ) : null}
        {!row.existing && !row.possible ? 'New' : null}
        {row.existing || (row.possible && choice.sameDevice) ? (
          <div className="muted" title={updates}>
            {updates || 'no change'}
          </div>
        ) : null}
        {row.clashes.length ? <div className="error">IP address also recorded for {row.clashes.join(', ')}</div> : null}
      </td>
      {source === 'nmap' ? <td>{p.remoteAccess.join(', ')}</td> : null}
    </>
  );
}
