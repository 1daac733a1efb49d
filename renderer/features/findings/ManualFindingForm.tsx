import { useState } from 'react';
import {
  areaLabels,
  ownerLabels,
  severityLabels,
  type Area,
  type Finding,
  type Owner,
} from '../../../shared/model/finding';
import { plainError } from '../../../shared/model/plainIssues';
import { impactWords, likelihoodWords, scaleSteps } from '../../../shared/model/riskScale';
import type { WithId } from '../../../shared/model/withId';
import {
  assessorFindingRecord,
  draftFields,
  draftOf,
  draftSeverity,
  missingForSave,
  type AssessorFindingDraft,
} from '../../../shared/rules/assessorFindingDraft';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/fields';
import { useRepositories } from '../../session/SessionContext';
import { EvidencePicker } from './EvidencePicker';

const options = <K extends string>(labels: Record<K, string>, none?: string) => [
  ...(none === undefined ? [] : [{ value: '' as const, label: none }]),
  ...(Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] })),
];
const scale = (words: Record<1 | 2 | 3 | 4, string>) => [
  { value: '0', label: 'Choose…' },
  ...scaleSteps.map((n) => ({ value: String(n), label: `${n} · ${words[n]}` })),
];

/**
 * The assessor's own finding, new or stored: nothing is written until Save, which
 * needs a title, an area, the rating and its reason; Cancel drops what was typed.
 */
export function ManualFindingForm({
  assessmentId,
  record,
  onDone,
}: {
  assessmentId: string;
  record?: WithId<Finding>;
  onDone: () => void;
}) {
  const repos = useRepositories();
  const [draft, setDraft] = useState<AssessorFindingDraft>(() => draftOf(record?.data));
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof AssessorFindingDraft>(key: K, value: AssessorFindingDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const severity = draftSeverity(draft);

  async function save() {
    const missing = missingForSave(draft);
    if (missing) {
      setError(missing);
      return;
    }
    setError(undefined);
    setSaving(true);
    try {
      if (record) await repos.finding.update(record.id, draftFields(draft));
      else {
        const id = crypto.randomUUID();
        await repos.finding.create(assessorFindingRecord(assessmentId, id, draft), id);
      }
      onDone();
    } catch (e) {
      setError(plainError(e, 'The finding could not be saved.'));
      setSaving(false);
    }
  }

  return (
    <form
      aria-label="The assessor's finding"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="form-grid">
        <div className="field-wide">
          <TextField label="Title" value={draft.title} onChange={(v) => set('title', v)} maxLength={300} />
        </div>
        <SelectField
          label="Area"
          value={draft.area}
          onChange={(v) => set('area', v as Area | '')}
          options={options(areaLabels, 'Choose an area…')}
        />
        <SelectField
          label="Who acts"
          value={draft.ownerType || 'clinic'}
          onChange={(v) => set('ownerType', v as Owner)}
          options={options(ownerLabels)}
        />
        <div className="field-wide">
          <TextField
            label="What was seen"
            value={draft.detail}
            onChange={(v) => set('detail', v)}
            multiline
            maxLength={4000}
          />
        </div>
        <SelectField
          label="Likelihood"
          value={String(draft.likelihood)}
          onChange={(v) => set('likelihood', Number(v))}
          options={scale(likelihoodWords)}
        />
        <SelectField
          label="Impact"
          value={String(draft.impact)}
          onChange={(v) => set('impact', Number(v))}
          options={scale(impactWords)}
        />
        <p className="field-wide" role="status" aria-label="Severity">
          {severity ? (
            <>
              Severity: <span className={`badge badge-${severity}`}>{severityLabels[severity]}</span> (likelihood{' '}
              {draft.likelihood} × impact {draft.impact} = {draft.likelihood * draft.impact})
            </>
          ) : (
            'Severity: choose the likelihood and the impact.'
          )}
        </p>
        <div className="field-wide">
          <TextField
            label="Reason for the rating"
            value={draft.rationale}
            onChange={(v) => set('rationale', v)}
            multiline
            maxLength={2000}
          />
        </div>
        <EvidencePicker
          assessmentId={assessmentId}
          records={draft.evidence}
          questions={draft.questions}
          onRecords={(ids) => set('evidence', ids)}
          onQuestions={(ids) => set('questions', ids)}
        />
        <div className="field-wide">
          <TextField
            label="Remediation"
            value={draft.recommendation}
            onChange={(v) => set('recommendation', v)}
            multiline
            maxLength={4000}
          />
        </div>
      </div>
      <ErrorMessage message={error} />
      <div className="page-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          Save finding
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
