import { useCallback } from 'react';
import { assessmentPhaseLabels, type Assessment, type AssessmentPhase } from '../../../shared/model/assessment';
import { useRepositories } from '../../session/SessionContext';
import { routeHref } from '../../routing/useHashRoute';
import { SelectField, TextField } from '../../components/fields';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../components/useAutosave';
import { IssuedNotice } from '../../components/IssuedNotice';
import { IssueControls } from './IssueControls';

export function AssessmentEditor({ id, stored }: { id: string; stored: Assessment }) {
  const repos = useRepositories();
  const save = useCallback((patch: Partial<Assessment>) => repos.assessment.update(id, patch), [repos, id]);
  const form = useAutosave<Assessment>(stored, save);
  const text = <K extends 'title' | 'assessor' | 'startDate' | 'endDate'>(key: K) => ({
    value: form.value(key),
    onChange: (v: string) => form.set(key, v as Assessment[K]),
    onBlur: () => void form.flush(),
  });
  const title = form.value('title') || 'Untitled assessment';
  const phases = Object.entries(assessmentPhaseLabels).map(([value, label]) => ({
    value: value as AssessmentPhase,
    label,
  }));

  return (
    <article className="assessment" aria-label={title}>
      <div className="section-header">
        <h3>{title}</h3>
        <div className="section-header-actions">
          <SaveStatus status={form.status} error={form.error} onRetry={() => void form.flush()} />
          <a className="button button-small" href={routeHref('checklist', id)}>
            Open checklist
          </a>
        </div>
      </div>
      <IssuedNotice assessmentId={id} />
      <fieldset className="assessment-fields" disabled={stored.status === 'issued'}>
        <div className="form-grid form-grid-4">
          <TextField label="Title" maxLength={200} {...text('title')} />
          <TextField label="Assessor" maxLength={200} {...text('assessor')} />
          <TextField label="Start date" type="date" {...text('startDate')} />
          <TextField label="End date" type="date" {...text('endDate')} />
          <SelectField
            label="Phase"
            value={form.value('phase')}
            onChange={(v) => {
              form.set('phase', v);
              void form.flush();
            }}
            options={phases}
          />
        </div>
      </fieldset>
      <IssueControls id={id} data={stored} />
    </article>
  );
}
