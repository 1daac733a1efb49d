import { useId, useState, type FormEvent } from 'react';
import type { EntityType } from '../../../shared/model/entities';
import { fieldEditor, parseEdited } from './conflictEditor';

const show = (value: unknown) => (value === null || value === undefined ? '' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));

/** A third value for a field in conflict, typed by the person settling it. */
export function ConflictEdit({ type, field, label, current, onSave }: { type: EntityType; field: string; label: string; current: unknown; onSave: (value: unknown) => Promise<void> }) {
  const id = useId();
  const editor = fieldEditor(type, field);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(show(current));
  const [problem, setProblem] = useState<string>();
  if (editor.kind === 'none') return <p className="muted">A list of records: keep one side, then adjust it on its page.</p>;
  if (!open) {
    return (
      <button type="button" className="button button-small" onClick={() => { setText(show(current)); setOpen(true); }}>
        Edit…
      </button>
    );
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = parseEdited(type, field, editor, text);
    if (!parsed.ok) return setProblem(parsed.message);
    setProblem(undefined);
    await onSave(parsed.value);
    setOpen(false);
  }

  const inputLabel = `New value for ${label}`;
  return (
    <form className="conflict-edit" onSubmit={(e) => void save(e)} autoComplete="off">
      <div className="field">
        <label htmlFor={id}>{inputLabel}</label>
        {editor.kind === 'select' || editor.kind === 'yes-no' ? (
          <select id={id} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={problem ? true : undefined}>
            {editor.kind === 'yes-no' ? (
              <>
                <option value="yes">Yes</option>
                <option value="no">No</option>
                <option value="">Not known</option>
              </>
            ) : (
              <>
                {editor.nullable ? <option value="">Not known</option> : null}
                {editor.options.map((o) => <option key={o} value={o}>{o}</option>)}
              </>
            )}
          </select>
        ) : (
          <input id={id} type={editor.kind === 'number' ? 'number' : 'text'} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={problem ? true : undefined} spellCheck={false} />
        )}
      </div>
      {problem ? <p role="alert" className="error">{problem}</p> : null}
      <div className="inline-form-row">
        <button type="submit" className="button button-small button-primary">Save this value</button>
        <button type="button" className="button button-small" onClick={() => { setOpen(false); setProblem(undefined); }}>Cancel</button>
      </div>
    </form>
  );
}
