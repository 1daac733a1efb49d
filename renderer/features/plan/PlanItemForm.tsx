import { useState } from 'react';
import type { PlanRow } from '../../../shared/integration/planRows';
import {
  MAX_MILESTONES,
  costBandLabels,
  planStatusLabels,
  type CostBand,
  type PlanStatus,
} from '../../../shared/model/planItem';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/fields';
import { useFormTask } from '../../components/useFormTask';
import { labelOptions } from './planView';
import { useRepositories } from '../../session/SessionContext';
import { addMilestone, changeMilestone, draftOf, removeMilestone, savePlanItem, type PlanDraft } from './planItemEdit';

/** One finding's plan item: nothing is written until Save; Cancel drops what was typed. */
export function PlanItemForm({
  assessmentId,
  row,
  defaultTarget,
  onDone,
}: {
  assessmentId: string;
  row: PlanRow;
  /** The row as it would read with no agreed date, for the hint. */
  defaultTarget: string;
  onDone: () => void;
}) {
  const repos = useRepositories();
  const [draft, setDraft] = useState<PlanDraft>(() =>
    draftOf({ ...row, targetDate: row.targetIsDefault ? '' : row.targetDate }),
  );
  const {
    busy: saving,
    error,
    run,
  } = useFormTask('The plan item could not be saved; what you typed is still on screen.');
  const set = <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function save() {
    const saved = await run(async () => {
      await savePlanItem(repos, assessmentId, { key: row.findingKey, title: row.findingTitle }, draft);
    });
    if (saved) onDone();
  }

  return (
    <form
      aria-label="Plan item"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted">Not saved yet: Save writes the plan item, Cancel leaves it as it was.</p>
      <div className="form-grid">
        <TextField
          label="Owner"
          value={draft.owner}
          maxLength={200}
          onChange={(v) => set('owner', v)}
          hint="The person or team who owns the fix."
        />
        <TextField
          label="Target date"
          type="date"
          value={draft.targetDate}
          onChange={(v) => set('targetDate', v)}
          hint={`Empty: ${defaultTarget}.`}
        />
        <SelectField
          label="Status"
          value={draft.status}
          options={labelOptions(planStatusLabels)}
          onChange={(v: PlanStatus) => set('status', v)}
        />
        <SelectField
          label="Cost band"
          value={draft.costBand}
          options={labelOptions(costBandLabels)}
          onChange={(v: CostBand) => set('costBand', v)}
        />
      </div>
      <fieldset className="form-section plan-milestones">
        <legend>Milestones</legend>
        {draft.milestones.length === 0 ? <p className="muted">No milestones yet.</p> : null}
        <ol className="milestone-list">
          {draft.milestones.map((m, i) => (
            <li key={i} className="milestone">
              <label className="checkbox-inline">
                <input
                  type="checkbox"
                  checked={m.done}
                  onChange={(e) => setDraft((d) => changeMilestone(d, i, { done: e.target.checked }))}
                />
                Done
              </label>
              <TextField
                label={`Milestone ${i + 1}`}
                value={m.text}
                maxLength={300}
                onChange={(v) => setDraft((d) => changeMilestone(d, i, { text: v }))}
              />
              <TextField
                label="Due"
                type="date"
                value={m.due}
                onChange={(v) => setDraft((d) => changeMilestone(d, i, { due: v }))}
              />
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove milestone ${i + 1}`}
                onClick={() => setDraft((d) => removeMilestone(d, i))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button-small"
          disabled={draft.milestones.length >= MAX_MILESTONES}
          onClick={() => setDraft(addMilestone)}
        >
          Add a milestone
        </button>
      </fieldset>
      <TextField
        label="Comments"
        multiline
        value={draft.comments}
        maxLength={4000}
        onChange={(v) => set('comments', v)}
        hint="What the firm, the clinic or the vendor said about it. Left out of a redacted export."
      />
      <ErrorMessage message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          Save
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
