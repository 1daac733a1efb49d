import { useId } from 'react';
import type { PlanReview } from '../../../shared/integration/planChanges';
import { agree, count } from '../../../shared/model/plural';

/** "2 items would change, 66 unchanged, 1 row not applied; 1 item of the plan not in the file stays as it is." */
function summary({ changes, unchanged, notApplied, notInFile }: PlanReview): string {
  const parts = [`${count(changes.length, 'item')} would change`, `${unchanged} unchanged`];
  if (notApplied.length) parts.push(`${count(notApplied.length, 'row')} not applied`);
  const rest = notInFile
    ? `; ${count(notInFile, 'item')} of the plan not in the file ${agree(notInFile, 'stays as it is', 'stay as they are')}`
    : '';
  return `${parts.join(', ')}${rest}.`;
}

/** What an edited plan would change, per finding, old → new; each change ticked to start with; nothing saved before Apply. */
export function PlanImportReview({
  name,
  review,
  accepted,
  onAccept,
  onAll,
  onApply,
  onDiscard,
}: {
  name: string;
  review: PlanReview;
  accepted: ReadonlySet<string>;
  onAccept: (findingKey: string, on: boolean) => void;
  onAll: (on: boolean) => void;
  onApply: () => void;
  onDiscard: () => void;
}) {
  const id = useId();
  const { changes, notApplied } = review;
  const chosen = changes.filter((c) => accepted.has(c.findingKey)).length;
  return (
    <div className="subsection" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Review of {name}</h3>
      <p>{summary(review)} Nothing is saved until you apply.</p>
      {review.knowsExport ? null : (
        <p className="muted">
          This file does not say what it was exported from; changes are compared with the plan as it is now.
        </p>
      )}
      {changes.some((c) => c.conflict) ? (
        <p>
          Rows marked “Changed in both” were changed in the app since the export as well as in the file: they start
          unticked; tick one to take the file’s value.
        </p>
      ) : null}
      {changes.length ? (
        <>
          <div className="inline-form-row">
            <button type="button" className="button button-small" onClick={() => onAll(true)}>
              Tick all
            </button>
            <button type="button" className="button button-small" onClick={() => onAll(false)}>
              Untick all
            </button>
          </div>
          <ul className="plan-changes" aria-label="Changes in the file">
            {changes.map((c) => (
              <li key={c.findingKey}>
                <label className="checkbox-inline">
                  <input
                    type="checkbox"
                    checked={accepted.has(c.findingKey)}
                    onChange={(e) => onAccept(c.findingKey, e.target.checked)}
                  />
                  <strong>{c.findingTitle}</strong>
                  <span className="muted">row {c.row}</span>
                  {c.conflict ? <strong>Changed in both</strong> : null}
                </label>
                <table className="table plan-change-table" aria-label={`Changes to ${c.findingTitle}`}>
                  <thead>
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">Now in the app</th>
                      <th scope="col">In the file</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.fields.map((f) => (
                      <tr key={f.field}>
                        <th scope="row">
                          {f.label}
                          {f.conflict ? ' (changed in both)' : ''}
                        </th>
                        <td className="plan-change-value">{f.before || '—'}</td>
                        <td className="plan-change-value">{f.after || '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">The file changes nothing in this plan.</p>
      )}
      {notApplied.length ? (
        <>
          <h4>Rows not applied</h4>
          <ul className="reasons" aria-label="Rows not applied">
            {notApplied.map((r) => (
              <li key={`${r.row}:${r.findingKey}`}>
                Row {r.row}
                {r.findingTitle ? ` (${r.findingTitle})` : ''}: {r.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={chosen === 0} onClick={onApply}>
          Apply {count(chosen, 'change')}
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </div>
  );
}
