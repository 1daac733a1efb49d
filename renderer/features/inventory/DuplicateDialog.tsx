import { useId, useState, type FormEvent } from 'react';
import type { EntityData } from '../../../shared/model/entities';
import { copiesProblem, MAX_COPIES } from '../../../shared/model/numberedNames';
import { plainError } from '../../../shared/model/plainIssues';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useRepositories } from '../../session/SessionContext';
import { copiesOf, duplicateRecord } from './entryActions';
import type { InventoryTab, InventoryType, Lookup } from './inventoryTab';
import type { InventoryRow } from './InventoryRows';

/**
 * How many copies of a record to make: their names are numbered after the highest in the
 * list, and what identifies one machine (address, serial) is left blank in each.
 */
export function DuplicateDialog<E extends InventoryType>({
  tab,
  row,
  rows,
  lookup,
  onDone,
}: {
  tab: InventoryTab<E>;
  row: InventoryRow<E>;
  rows: readonly InventoryRow<E>[];
  lookup: Lookup;
  onDone(message?: string): void;
}) {
  const repos = useRepositories();
  const id = useId();
  const [copies, setCopies] = useState('1');
  const [error, setError] = useState<string>();
  const title = tab.title(row.data, lookup);
  const siblings = rows.map((r) => r.data);
  const valid = copiesProblem(copies) === undefined;
  const preview = valid ? copiesOf(tab, row.data, siblings, Number(copies.trim()), title) : [];
  const nameOf = (d: EntityData<E>) => String(d[tab.copy!.name]);
  const cleared = tab.copy?.cleared;

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const names = await duplicateRecord(repos, tab, row.data, siblings, copies, title);
      onDone(`Added ${names.length === 1 ? names[0] : `${names[0]} to ${names.at(-1)}`}.`);
    } catch (err) {
      setError(plainError(err, `The copies of ${title} could not be added.`));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div className="field field-short">
        <label htmlFor={id}>How many copies (1 to {MAX_COPIES})</label>
        <input
          id={id}
          type="number"
          min={1}
          max={MAX_COPIES}
          step={1}
          value={copies}
          onChange={(e) => {
            setCopies(e.target.value);
            setError(undefined);
          }}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="field-hint">
          {preview.length
            ? `Named ${nameOf(preview[0]!)}${preview.length > 1 ? ` to ${nameOf(preview.at(-1)!)}` : ''}`
            : 'Copies are named with the next free numbers'}
          {cleared ? `; their ${cleared} are left blank to fill in.` : '.'}
        </p>
      </div>
      <ErrorMessage message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Add copies
        </button>
        <button type="button" className="button" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
