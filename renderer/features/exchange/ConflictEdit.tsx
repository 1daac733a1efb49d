import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { EntityType } from '../../../shared/model/entities';
import { editorText, fieldEditor, parseEdited, type FieldEditor } from './conflictEditor';
import { choiceLabel, fieldLabel } from './conflictFieldLabels';
import { plainError } from '../../../shared/model/plainIssues';

type Open = Exclude<FieldEditor, { kind: 'none' }>;
/** The one element an editor shows: an input, a select or a text area. */
type Field = HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;

/** The input for a field's editor: text, a date, a list, yes / no or a number. */
function EditorInput({
  type,
  field,
  editor,
  id,
  text,
  onChange,
  describedBy,
  invalid,
  inputRef,
}: {
  type: EntityType;
  field: string;
  editor: Open;
  id: string;
  text: string;
  onChange: (text: string) => void;
  describedBy: string | undefined;
  invalid: boolean;
  inputRef: RefObject<Field | null>;
}) {
  const common = {
    id,
    value: text,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    ref: inputRef,
  };
  switch (editor.kind) {
    case 'select':
    case 'yes-no': {
      const options =
        editor.kind === 'yes-no'
          ? [
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]
          : editor.options.map((o) => ({ value: o, label: choiceLabel(type, field, o) }));
      return (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          {editor.nullable ? <option value="">Not known</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    }
    case 'text':
      if (editor.multiline)
        return <textarea {...common} rows={3} spellCheck={false} onChange={(e) => onChange(e.target.value)} />;
      return <input {...common} type="text" spellCheck={false} onChange={(e) => onChange(e.target.value)} />;
    case 'date':
      return <input {...common} type="date" onChange={(e) => onChange(e.target.value)} />;
    case 'number':
      return (
        <input {...common} type="number" step="any" inputMode="decimal" onChange={(e) => onChange(e.target.value)} />
      );
  }
}

/** A third value for a field in conflict, typed by the person settling it; saving it is a new edit that settles the conflict. */
export function ConflictEdit({
  type,
  field,
  current,
  onSave,
}: {
  type: EntityType;
  field: string;
  current: unknown;
  onSave: (value: unknown) => Promise<void>;
}) {
  const id = useId();
  const editor = useMemo(() => fieldEditor(type, field), [type, field]);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);
  const input = useRef<Field>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (open) input.current?.focus();
    else if (returnFocus.current) editButton.current?.focus();
    returnFocus.current = false;
  }, [open]);

  if (editor.kind === 'none') return <p className="muted conflict-note">{editor.reason}</p>;
  const label = fieldLabel(type, field);

  if (!open) {
    return (
      <button
        ref={editButton}
        type="button"
        className="button button-small"
        onClick={() => {
          setText(editorText(editor, current));
          setProblem(undefined);
          setOpen(true);
        }}
      >
        Edit…
      </button>
    );
  }

  function cancel() {
    returnFocus.current = true;
    setProblem(undefined);
    setOpen(false);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = parseEdited(type, field, editor, text);
    if (!parsed.ok) {
      setProblem(parsed.message);
      input.current?.focus();
      return;
    }
    setProblem(undefined);
    setSaving(true);
    try {
      await onSave(parsed.value);
      setOpen(false);
    } catch (e) {
      setProblem(plainError(e, 'The value could not be saved.'));
    } finally {
      setSaving(false);
    }
  }

  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const hint =
    editor.kind === 'number' && editor.nullable
      ? 'Leave it empty for not known.'
      : editor.kind === 'date'
        ? 'Clear it for not known.'
        : undefined;
  return (
    <form
      className="conflict-edit"
      onSubmit={(e) => void save(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') cancel();
      }}
      autoComplete="off"
    >
      <div className="field">
        <label htmlFor={id}>New value for {label}</label>
        <EditorInput
          type={type}
          field={field}
          editor={editor}
          id={id}
          text={text}
          onChange={setText}
          inputRef={input}
          invalid={problem !== undefined}
          describedBy={[hint ? hintId : '', problem ? problemId : ''].filter(Boolean).join(' ') || undefined}
        />
        {hint ? (
          <p id={hintId} className="field-hint">
            {hint}
          </p>
        ) : null}
      </div>
      {problem ? (
        <p id={problemId} role="alert" className="error">
          {problem}
        </p>
      ) : null}
      <div className="inline-form-row">
        <button type="submit" className="button button-small button-primary" disabled={saving}>
          Save this value
        </button>
        <button type="button" className="button button-small" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
