import { useId, useState } from 'react';
import { cleared, clearanceProblem, type ClearanceDraft } from '../../../shared/integration/indicatorClearance';
import type { Indicator } from '../../../shared/model/indicator';
import { todayIso } from '../../clock/today';

/**
 * Why an indicator (or a scan's candidate) is benign, who says so and when: saved only
 * with a real reason, a name and a date not in the future (indicatorClearance.ts).
 */
export function ClearanceForm({
  acting,
  busy,
  submitLabel,
  onSubmit,
}: {
  /** The assessor acting, filled in for them. */
  acting: string;
  busy: boolean;
  submitLabel: string;
  onSubmit: (patch: Partial<Indicator>) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<ClearanceDraft>({ clearedBy: '', clearedAt: todayIso(), clearance: '' });
  const [tried, setTried] = useState(false);
  const filled = { ...draft, clearedBy: draft.clearedBy || acting };
  const problem = clearanceProblem(filled, todayIso());
  return (
    <div className="form-grid">
      <div className="field">
        <label htmlFor={`${id}-why`}>Why it is benign</label>
        <textarea
          id={`${id}-why`}
          rows={2}
          value={draft.clearance}
          onChange={(e) => setDraft({ ...draft, clearance: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-who`}>Cleared by</label>
        <input
          id={`${id}-who`}
          value={filled.clearedBy}
          onChange={(e) => setDraft({ ...draft, clearedBy: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-when`}>Cleared on</label>
        <input
          id={`${id}-when`}
          type="date"
          value={draft.clearedAt}
          onChange={(e) => setDraft({ ...draft, clearedAt: e.target.value })}
        />
      </div>
      <button
        type="button"
        className="button button-small button-primary"
        disabled={busy}
        onClick={() => {
          setTried(true);
          if (!problem) onSubmit(cleared(filled));
        }}
      >
        {submitLabel}
      </button>
      {tried && problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
