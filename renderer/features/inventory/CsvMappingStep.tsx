import { useId, useMemo } from 'react';
import {
  csvFieldLabels,
  csvFields,
  explainMapping,
  mappingReasons,
  type CsvField,
  type MappingExplained,
  type CsvMapping,
  type CsvTable,
} from '../../../shared/import/csvInventory';
import { count } from '../../../shared/model/plural';

const PREVIEW_ROWS = 5;

// "IP address" and "MAC address" keep their capitals inside a sentence.
const fieldName = (field: CsvField) => csvFieldLabels[field].replace(/^(?![A-Z]{2})./, (c) => c.toLowerCase());

/** Why a field reads the column it does: the suggestion's reason, or the assessor's (or this source's remembered) choice. */
function whyChosen(field: CsvField, mapping: CsvMapping, suggested: MappingExplained): string {
  if (mapping[field] === undefined)
    return suggested.mapping[field] === undefined ? 'No column fits.' : 'Not imported, by choice.';
  const reason = mappingReasons(mapping, suggested)[field] ?? '';
  return mapping[field] === suggested.mapping[field] ? `Suggested: ${reason}.` : 'Chosen for this source.';
}

/**
 * Which column holds what: one select per asset field with why it reads that column, the
 * columns passed over and why, and the first rows as they would be read.
 */
export function CsvMappingStep({
  name,
  table,
  mapping,
  onChange,
  onReview,
  onDiscard,
}: {
  name: string;
  table: CsvTable;
  mapping: CsvMapping;
  onChange: (mapping: CsvMapping) => void;
  onReview: () => void;
  onDiscard: () => void;
}) {
  const id = useId();
  const mapped = csvFields.filter((f) => mapping[f] !== undefined);
  const suggested = useMemo(() => explainMapping(table.headers, table.rows), [table]);
  const passedOver = suggested.passedOver.filter((p) => table.headers[mapping[p.field] ?? -1] !== p.column);
  return (
    <div className="subsection" aria-label="Column mapping">
      <h3>{name}</h3>
      <p>
        {count(table.rows.length, 'row')}, read as {table.encoding}. Say which column holds what; the choice is
        remembered for files with the same columns.
      </p>
      <div className="form-grid">
        {csvFields.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{csvFieldLabels[field]}</label>
            <select
              id={`${id}-${field}`}
              aria-describedby={`${id}-${field}-why`}
              value={mapping[field] ?? ''}
              onChange={(e) => {
                const { [field]: _dropped, ...rest } = mapping;
                onChange(e.target.value === '' ? rest : { ...rest, [field]: Number(e.target.value) });
              }}
            >
              <option value="">Not imported</option>
              {table.headers.map((h, i) => (
                <option key={i} value={i}>
                  {h}
                </option>
              ))}
            </select>
            <p id={`${id}-${field}-why`} className="field-hint">
              {whyChosen(field, mapping, suggested)}
            </p>
          </div>
        ))}
      </div>
      {passedOver.length ? (
        <>
          <h4>Columns not used</h4>
          <ul aria-label="Columns not used">
            {passedOver.map((p) => (
              <li key={`${p.column}-${p.field}`}>
                <strong>{p.column}</strong> for {fieldName(p.field)}: {p.reason}.
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="table-scroll">
        <table className="table" aria-label="First rows as they will be read">
          <thead>
            <tr>
              {mapped.map((f) => (
                <th key={f} scope="col">
                  {csvFieldLabels[f]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((row, r) => (
              <tr key={r}>
                {mapped.map((f) => (
                  <td key={f}>{row[mapping[f] ?? -1]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="inline-form-row">
        <button
          type="button"
          className="button button-primary"
          disabled={mapping.name === undefined && mapping.ipAddress === undefined && mapping.macAddress === undefined}
          onClick={onReview}
        >
          Review devices
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          Discard file
        </button>
      </div>
    </div>
  );
}
