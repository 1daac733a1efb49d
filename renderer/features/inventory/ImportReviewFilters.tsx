import { useId } from 'react';
import type { ReviewFilterState } from './importReviewFilter';

const statusOptions: { value: ReviewFilterState['status']; label: string }[] = [
  { value: '', label: 'All hosts' },
  { value: 'new', label: 'New' },
  { value: 'matched', label: 'Already in the inventory' },
  { value: 'chosen', label: 'Chosen for import' },
  { value: 'left-out', label: 'Left out' },
  { value: 'remote', label: 'Listening for remote access' },
];

/** The review's search, kind and status filters. */
export function ImportReviewFilters({
  query,
  onQuery,
  value,
  onChange,
  kindLabels,
}: {
  query: string;
  onQuery(query: string): void;
  value: ReviewFilterState;
  onChange(value: ReviewFilterState): void;
  kindLabels: Record<string, string>;
}) {
  const id = useId();
  return (
    <div className="toolbar">
      <div className="field grow">
        <label htmlFor={`${id}-search`}>Search hosts</label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value })}>
          <option value="">All kinds</option>
          {Object.entries(kindLabels).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>Show</label>
        <select
          id={`${id}-status`}
          value={value.status}
          onChange={(e) => onChange({ ...value, status: e.target.value as ReviewFilterState['status'] })}
        >
          {statusOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
