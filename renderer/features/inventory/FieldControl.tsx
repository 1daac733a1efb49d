/** One field of a record form, drawn from its spec: its label, control and hint. */
import { INTERNET_ZONE, PARENT_ZONE } from '../../../shared/model/flow';
import type { Autosave } from '../../components/useAutosave';
import { ChoiceList } from './ChoiceList';
import type { FieldSpec } from './fieldSpec';
import type { Choice, RecordChoices } from './recordChoices';
import { TokensInput } from './TokensInput';

const yesNoChoices = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
  { value: 'null', label: 'Not known' },
];

/** Options for records, plus the current value when it names a record no longer listed. */
function recordOptions(list: readonly Choice[], value: unknown, choices: RecordChoices) {
  return (
    <>
      {list.map((c) => (
        <option key={c.id} value={c.id}>
          {c.label}
        </option>
      ))}
      {typeof value === 'string' && value !== '' && !list.some((c) => c.id === value) ? (
        <option value={value}>{choices.nameOf(value)}</option>
      ) : null}
    </>
  );
}

export function FieldControl<T extends object>({
  spec,
  id,
  form,
  choices,
  selfId,
}: {
  spec: FieldSpec<T>;
  id: string;
  form: Autosave<T>;
  choices: RecordChoices;
  selfId?: string;
}) {
  const value = form.value(spec.key) as unknown;
  const set = (v: unknown) => form.set(spec.key, v as T[typeof spec.key]);
  const flush = () => void form.flush();
  const pick = (v: unknown) => {
    set(v);
    flush();
  };
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const hint = spec.hint ? (
    <p id={hintId} className="field-hint">
      {spec.hint}
    </p>
  ) : null;
  const text = typeof value === 'string' ? value : '';
  const selected = Array.isArray(value) ? (value as string[]) : [];
  const list = (items: readonly Choice[], empty: string) => (
    <ChoiceList
      legend={spec.label}
      hint={hint}
      hintId={hintId}
      choices={items}
      selected={selected}
      empty={empty}
      onChange={pick}
    />
  );

  let control;
  switch (spec.kind) {
    case 'checkbox':
      return (
        <label className="checkbox field-checkbox">
          <input type="checkbox" checked={value === true} onChange={(e) => pick(e.target.checked)} />
          {spec.label}
        </label>
      );
    case 'networks': {
      const others = choices.networks.filter((n) => n.id !== selfId);
      return list(
        others,
        others.length < choices.networks.length ? 'No other networks recorded yet.' : 'No networks recorded yet.',
      );
    }
    case 'assets':
      return list(
        choices.assets.filter((a) => a.id !== selfId),
        'No assets recorded yet: add them in the Assets tab.',
      );
    case 'applications':
      return list(choices.applications, 'No applications recorded yet: add them in the Applications tab.');
    case 'text':
    case 'date':
      control = (
        <input
          id={id}
          type={spec.kind}
          value={text}
          maxLength={spec.kind === 'text' ? spec.maxLength : undefined}
          onChange={(e) => set(e.target.value)}
          onBlur={flush}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
        />
      );
      break;
    case 'textarea':
      control = (
        <textarea
          id={id}
          rows={3}
          value={text}
          maxLength={spec.maxLength}
          onChange={(e) => set(e.target.value)}
          onBlur={flush}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
        />
      );
      break;
    case 'number':
      control = (
        <span className="number-input">
          <input
            id={id}
            type="number"
            step="any"
            min={0}
            value={typeof value === 'number' ? value : ''}
            onChange={(e) => set(e.target.value === '' ? null : Number(e.target.value))}
            onBlur={flush}
            aria-describedby={hintId}
          />
          <span className="unit">{spec.unit}</span>
        </span>
      );
      break;
    case 'select':
      control = (
        <select id={id} value={text} onChange={(e) => pick(e.target.value)} aria-describedby={hintId}>
          {spec.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    case 'yes-no':
      control = (
        <select
          id={id}
          value={String(value ?? 'null')}
          onChange={(e) => pick(JSON.parse(e.target.value) as boolean | null)}
          aria-describedby={hintId}
        >
          {yesNoChoices.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    case 'network':
      control = (
        <select id={id} value={text} onChange={(e) => pick(e.target.value || null)} aria-describedby={hintId}>
          <option value="">None or not known</option>
          {recordOptions(choices.networks, value, choices)}
        </select>
      );
      break;
    case 'asset':
      control = (
        <select id={id} value={text} onChange={(e) => pick(e.target.value || null)} aria-describedby={hintId}>
          <option value="">{spec.none}</option>
          {recordOptions(
            choices.assets.filter((a) => a.id !== selfId),
            value,
            choices,
          )}
        </select>
      );
      break;
    case 'host':
      control = (
        <select id={id} value={text} onChange={(e) => pick(e.target.value || null)} aria-describedby={hintId}>
          <option value="">{spec.none}</option>
          {choices.assets.length > 0 ? (
            <optgroup label="Devices">{recordOptions(choices.assets, undefined, choices)}</optgroup>
          ) : null}
          {choices.applications.length > 0 ? (
            <optgroup label="Applications">{recordOptions(choices.applications, undefined, choices)}</optgroup>
          ) : null}
          {text && ![...choices.assets, ...choices.applications].some((c) => c.id === text) ? (
            <option value={text}>{choices.nameOf(text)}</option>
          ) : null}
        </select>
      );
      break;
    case 'flow-end': {
      const listed = [
        PARENT_ZONE,
        INTERNET_ZONE,
        ...choices.networks.map((c) => c.id),
        ...choices.assets.map((c) => c.id),
        ...(spec.sources ? choices.vendorLinks.map((c) => c.id) : []),
      ];
      control = (
        <select id={id} value={text} onChange={(e) => pick(e.target.value)} aria-describedby={hintId}>
          <optgroup label="Zones">
            <option value={PARENT_ZONE}>{choices.nameOf(PARENT_ZONE)}</option>
            <option value={INTERNET_ZONE}>{choices.nameOf(INTERNET_ZONE)}</option>
            {choices.networks.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </optgroup>
          {choices.assets.length > 0 ? (
            <optgroup label="Devices">
              {choices.assets.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          ) : null}
          {spec.sources && choices.vendorLinks.length > 0 ? (
            <optgroup label="Vendor links">
              {choices.vendorLinks.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          ) : null}
          {text && !listed.includes(text) ? <option value={text}>{choices.nameOf(text)}</option> : null}
        </select>
      );
      break;
    }
    case 'tokens':
      control = (
        <TokensInput
          id={id}
          value={value}
          describedBy={hintId}
          normalise={spec.normalise}
          fallback={spec.fallback}
          onChange={set}
          onBlur={flush}
        />
      );
      break;
  }
  return (
    <div className={`field${spec.kind === 'textarea' || spec.wide ? ' field-wide' : ''}`}>
      <label htmlFor={id}>{spec.label}</label>
      {control}
      {hint}
    </div>
  );
}
