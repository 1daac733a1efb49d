import { useId, useState } from 'react';
import { severityLabels } from '../../../shared/model/finding';
import type { AssessedFinding, RatingOverride } from '../../../shared/rules/assessedFindings';
import {
  noOverride,
  overrideFields,
  overrideProblem,
  type OverrideChoice,
  type OverrideFields,
} from '../../../shared/rules/ratingOverride';
import { severities } from '../../../shared/rules/severity';
import { todayIso } from '../../clock/today';
import { formatDate } from '../../components/clinicLabels';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormTask } from '../../components/useFormTask';
import { useActingAssessor } from '../../hooks/useActingAssessor';
import { useRepositories } from '../../session/SessionContext';
import { recordIdOf, ruleFindingRecord } from './FindingDecision';

const byline = (o: RatingOverride) => `${o.by || 'the assessor'}, ${o.at ? formatDate(todayIso(new Date(o.at))) : '—'}`;
const ratingWords = (o: RatingOverride) =>
  o.kind === 'not-applicable' ? 'Not applicable here' : `Rated ${o.severity ?? ''} by the assessor`;

/** "Rule: high" beside the assessor's severity, while an override of the severity is in force. */
export function RuleRating({ finding }: { finding: AssessedFinding }) {
  return finding.override?.kind === 'severity' && !finding.override.needsReview ? (
    <span className="rule-rating">Rule: {finding.ruleSeverity}</span>
  ) : null;
}

/**
 * The assessor's override of a rule finding's rating: another severity, or not applicable
 * here, only with a written justification, kept with who and when; when the facts it was
 * made on change, the rule's rating applies again until the assessor keeps or removes it.
 */
export function FindingOverride({ assessmentId, finding }: { assessmentId: string; finding: AssessedFinding }) {
  const repos = useRepositories();
  const acting = useActingAssessor(assessmentId);
  const [editing, setEditing] = useState(false);
  const task = useFormTask('The override could not be saved.');
  if (finding.source !== 'rule') return null;
  const write = (fields: OverrideFields) =>
    task.run(async () => {
      const id = await recordIdOf(assessmentId, finding);
      await repos.finding.upsert(id, { ...ruleFindingRecord(assessmentId, finding), ...fields }, fields);
    });
  const remove = (label: string) => (
    <button type="button" className="button button-small" onClick={() => void write(noOverride)} disabled={task.busy}>
      {label}
    </button>
  );
  const o = finding.override;

  if (editing)
    return (
      <OverrideForm
        finding={finding}
        acting={acting}
        onSave={async (fields) => {
          if (await write(fields)) setEditing(false);
        }}
        onCancel={() => setEditing(false)}
        busy={task.busy}
        saveError={task.error}
      />
    );
  if (!o)
    return (
      <div className="finding-override">
        <button type="button" className="button button-small" onClick={() => setEditing(true)}>
          Change the rating
        </button>
      </div>
    );
  if (o.needsReview)
    return (
      <div className="finding-override warning" role="note" aria-label="Override due for review">
        <p>The facts changed since this override ({byline(o)}): the rule&apos;s rating applies until you review it.</p>
        <p>
          <strong>{ratingWords(o)}:</strong> {o.reason}
        </p>
        <div className="row-actions">
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            Keep the override
          </button>
          {remove('Remove')}
        </div>
        <ErrorMessage message={task.error} />
      </div>
    );
  return (
    <div className="finding-override" role="note" aria-label="Override of the rule's rating">
      <p>
        <strong>{ratingWords(o)}</strong>
        {o.kind === 'severity' ? ` (rule: ${finding.ruleSeverity})` : ''} · {byline(o)}
      </p>
      <p className="finding-override-reason">{o.reason}</p>
      <div className="row-actions">
        <button type="button" className="button button-small" onClick={() => setEditing(true)}>
          Change the override
        </button>
        {remove('Remove override')}
      </div>
      <ErrorMessage message={task.error} />
    </div>
  );
}

function OverrideForm({
  finding,
  acting,
  onSave,
  onCancel,
  busy,
  saveError,
}: {
  finding: AssessedFinding;
  acting: string;
  onSave: (fields: OverrideFields) => Promise<void>;
  onCancel: () => void;
  busy: boolean;
  saveError: string | undefined;
}) {
  const id = useId();
  const o = finding.override;
  const [choice, setChoice] = useState<OverrideChoice | ''>(
    o ? (o.kind === 'not-applicable' ? 'not-applicable' : (o.severity ?? '')) : '',
  );
  const [reason, setReason] = useState(o?.reason ?? '');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const save = () => {
    const input = { reason, by: acting || name };
    const issue = choice ? overrideProblem(input) : 'Choose the rating that fits here.';
    setProblem(issue);
    if (!issue && choice) void onSave(overrideFields(finding, choice, input));
  };
  return (
    <div className="finding-override finding-override-form" role="group" aria-label="Change the rating">
      <div className="field">
        <label htmlFor={`${id}-rating`}>Rating here</label>
        <select id={`${id}-rating`} value={choice} onChange={(e) => setChoice(e.target.value as OverrideChoice)}>
          <option value="">Choose…</option>
          {severities
            .filter((s) => s !== finding.ruleSeverity)
            .map((s) => (
              <option key={s} value={s}>
                {severityLabels[s]}
              </option>
            ))}
          <option value="not-applicable">Not applicable here</option>
        </select>
      </div>
      <p className="field-hint">The rule rates it {finding.ruleSeverity}.</p>
      <div className="field field-wide">
        <label htmlFor={`${id}-reason`}>Justification</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      {acting ? null : (
        <div className="field">
          <label htmlFor={`${id}-name`}>Your name</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </div>
      )}
      <ErrorMessage message={problem || saveError} />
      <div className="row-actions">
        <button type="button" className="button button-primary button-small" onClick={save} disabled={busy}>
          Save
        </button>
        <button type="button" className="button button-small" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </div>
  );
}
