import { useId } from 'react';
import { choices } from '../../../shared/model/labels';
import { ownerLabels, type Owner } from '../../../shared/model/finding';
import type { AcceptanceDraft, ResolutionDraft } from '../../../shared/rules/decisionRules';

export type DecisionDraft = AcceptanceDraft & ResolutionDraft;
type Edit = <K extends keyof DecisionDraft>(field: K, value: DecisionDraft[K]) => void;

function TextField({
  label,
  value,
  onChange,
  wide,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  wide?: boolean;
}) {
  const id = useId();
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {wide ? (
        <textarea id={id} rows={2} value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" />
      ) : (
        <input id={id} value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" />
      )}
    </div>
  );
}

function DateField(props: { label: string; value: string; onChange: (v: string) => void; min?: string; max?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="date"
        value={props.value}
        min={props.min}
        max={props.max}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

/** Accepting a risk: who is responsible, why, and until when (at most 12 months from today). */
export function AcceptFields({
  draft,
  edit,
  today,
  latest,
}: {
  draft: DecisionDraft;
  edit: Edit;
  today: string;
  latest: string;
}) {
  return (
    <>
      <TextField label="Person responsible" value={draft.owner} onChange={(v) => edit('owner', v)} />
      <DateField
        label="Accepted until"
        value={draft.acceptedUntil}
        min={today}
        max={latest}
        onChange={(v) => edit('acceptedUntil', v)}
      />
      <TextField label="Reason for accepting" value={draft.statusNote} onChange={(v) => edit('statusNote', v)} wide />
    </>
  );
}

/** Resolving: who fixed it, and the retest that shows it: what was checked, when (not ahead of today), by whom. */
export function ResolveFields({ draft, edit, today }: { draft: DecisionDraft; edit: Edit; today: string }) {
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={id}>Fixed by</label>
        <select id={id} value={draft.ownerType} onChange={(e) => edit('ownerType', e.target.value as Owner | '')}>
          <option value="">Choose who fixed it…</option>
          {choices(ownerLabels).map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <DateField label="Retested on" value={draft.retestDate} max={today} onChange={(v) => edit('retestDate', v)} />
      <TextField label="Retested by" value={draft.retestBy} onChange={(v) => edit('retestBy', v)} />
      <TextField
        label="What the retest checked"
        value={draft.retestCheck}
        onChange={(v) => edit('retestCheck', v)}
        wide
      />
    </>
  );
}
