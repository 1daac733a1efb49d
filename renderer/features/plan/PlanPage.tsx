import { useState } from 'react';
import { planDateOf, type PlanRow } from '../../../shared/integration/planRows';
import { severityLabels } from '../../../shared/model/finding';
import { planStatusLabels, planTargetDate } from '../../../shared/model/planItem';
import { AssessmentPicker } from '../../components/AssessmentPicker';
import { IssuedNotice } from '../../components/IssuedNotice';
import { Modal } from '../../components/Modal';
import { SelectField } from '../../components/fields';
import { PageHeader } from '../../components/PageHeader';
import { clinicTitle } from '../../components/clinicLabels';
import { todayIso } from '../../clock/today';
import { routeHref } from '../../routing/useHashRoute';
import { PlanFiles } from './PlanFiles';
import { PlanItemForm } from './PlanItemForm';
import { PlanTable } from './PlanTable';
import { allRows, filterRows, isOverdue, labelOptions, targetText, type PlanFilter } from './planView';
import { usePlan, type AssessmentPlan } from './usePlan';

const statusFilters: { value: PlanFilter['status']; label: string }[] = [
  { value: 'all', label: 'Any status' },
  { value: 'not-done', label: 'Not done' },
  ...labelOptions(planStatusLabels),
];
const severityFilters: { value: PlanFilter['severity']; label: string }[] = [
  { value: 'all', label: 'Any severity' },
  ...labelOptions(severityLabels),
];

/** The remediation plan of one assessment: every finding that needs action, who fixes it and by when. */
export function PlanPage({ path }: { path: string[] }) {
  const [assessmentId] = path;
  if (!assessmentId) return <AssessmentPicker area="plan" />;
  return (
    <>
      <IssuedNotice assessmentId={assessmentId} />
      <Plan key={assessmentId} assessmentId={assessmentId} />
    </>
  );
}

function Plan({ assessmentId }: { assessmentId: string }) {
  const plan = usePlan(assessmentId);
  if (plan === undefined) return <p aria-busy="true">Decrypting…</p>;
  if (plan === null) {
    return (
      <>
        <h1 tabIndex={-1}>Plan</h1>
        <p role="alert" className="error">
          This assessment does not exist on this computer.
        </p>
      </>
    );
  }
  return <PlanView assessmentId={assessmentId} plan={plan} />;
}

function PlanView({ assessmentId, plan }: { assessmentId: string; plan: AssessmentPlan }) {
  const [filter, setFilter] = useState<PlanFilter>(allRows);
  const [editing, setEditing] = useState<PlanRow>();
  const { findings, rows } = plan;
  const today = todayIso();
  const shown = filterRows(rows, filter);
  const overdue = rows.filter((r) => isOverdue(r, today)).length;
  const defaultTarget = (row: PlanRow) => {
    const { date } = planTargetDate(undefined, row.severity, planDateOf(findings.records));
    return targetText({ targetDate: date, targetIsDefault: true, severity: row.severity });
  };
  return (
    <>
      <PageHeader
        title="Remediation plan"
        summary={`${clinicTitle(findings.clinicName)} · ${findings.assessmentTitle || 'Untitled assessment'} · ${rows.length} ${rows.length === 1 ? 'item' : 'items'}${overdue ? `, ${overdue} overdue` : ''}`}
        actions={
          <a className="button" href={routeHref('findings', assessmentId)}>
            Findings
          </a>
        }
      />
      <p className="muted">
        Every open finding is a plan item: who owns the fix, by when (by default 30 days for Critical, 90 for High, 180
        for Medium and a year for Low from the assessment&apos;s date), the steps on the way, where it stands and
        roughly what it costs.
      </p>
      <PlanFiles assessmentId={assessmentId} plan={plan} />
      <div className="toolbar">
        <SelectField
          label="Status"
          value={filter.status}
          options={statusFilters}
          onChange={(status) => setFilter({ ...filter, status })}
        />
        <SelectField
          label="Severity"
          value={filter.severity}
          options={severityFilters}
          onChange={(severity) => setFilter({ ...filter, severity })}
        />
        <p className="field-hint" role="status">
          {shown.length === rows.length ? `${rows.length} shown` : `${shown.length} of ${rows.length} shown`}, most
          severe first, then by target date.
        </p>
      </div>
      {rows.length === 0 ? (
        <p className="muted">No finding needs action: nothing to plan.</p>
      ) : (
        <PlanTable rows={shown} today={today} onEdit={setEditing} />
      )}
      <Modal
        title={editing ? `Plan: ${editing.findingTitle}` : 'Plan'}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
      >
        {editing ? (
          <PlanItemForm
            assessmentId={assessmentId}
            row={editing}
            defaultTarget={defaultTarget(editing)}
            onDone={() => setEditing(undefined)}
          />
        ) : null}
      </Modal>
    </>
  );
}
