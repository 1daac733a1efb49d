import { useMemo, useState } from 'react';
import { compareAssessments } from '../../../shared/compare/compareAssessments';
import type { AssessmentRecords } from '../../../shared/model/assessmentRecords';
import { todayIso } from '../../clock/today';
import { routeHref } from '../../routing/useHashRoute';
import { clinicTitle, formatDate } from '../../components/clinicLabels';
import { ChangesView } from './ChangesView';
import { useAssessmentRecords } from '../../hooks/useAssessmentRecords';
import { useContentPack } from '../../hooks/useContentPack';
import { usePriorChoice } from '../../hooks/usePriorChoice';

/** "Changes since the previous visit": this assessment against an earlier one of the same clinic. */
export function ChangesPage({ assessmentId }: { assessmentId: string }) {
  const current = useAssessmentRecords(assessmentId);
  const choice = usePriorChoice(assessmentId);
  const [chosen, setChosen] = useState<string>();

  const header = (
    <div className="page-header">
      <div>
        <a className="back-link" href={routeHref('findings', assessmentId)}>
          ← Findings
        </a>
        <h1 tabIndex={-1}>Changes since the previous visit</h1>
        {current ? (
          <p className="lead">
            {clinicTitle(current.clinic.data.name)} · {current.assessment.data.title || 'Untitled assessment'} · started{' '}
            {formatDate(current.assessment.data.startDate)}
          </p>
        ) : null}
      </div>
    </div>
  );
  if (current === undefined || choice === undefined)
    return (
      <>
        {header}
        <p aria-busy="true">Decrypting…</p>
      </>
    );
  if (current === null || choice === null)
    return (
      <>
        {header}
        <p role="alert" className="error">
          This assessment does not exist on this computer.
        </p>
      </>
    );

  const priorId = chosen ?? choice.defaultId;
  const clinic = clinicTitle(current.clinic.data.name);
  return (
    <>
      {header}
      {choice.candidates.length === 0 ? (
        <section className="card empty-state" aria-labelledby="no-prior-title">
          <h2 id="no-prior-title">No prior assessment</h2>
          <p>
            This is the only assessment of {clinic} on this computer, so there is nothing to compare it with. Import the
            earlier assessment file on the Exchange page, or compare from the next visit&apos;s assessment.
          </p>
          <a className="button" href={routeHref('exchange')}>
            Go to Exchange
          </a>
        </section>
      ) : (
        <div className="toolbar">
          <div className="field">
            <label htmlFor="changes-prior">Compare with</label>
            <select id="changes-prior" value={priorId ?? ''} onChange={(e) => setChosen(e.target.value || undefined)}>
              {priorId ? null : <option value="">Choose an assessment…</option>}
              {choice.candidates.map((a) => (
                <option
                  key={a.id}
                  value={a.id}
                >{`${a.data.title || 'Untitled assessment'} · ${formatDate(a.data.startDate)}${a.id === choice.defaultId ? ' (previous visit)' : ''}`}</option>
              ))}
            </select>
          </div>
        </div>
      )}
      {choice.candidates.length > 0 && !priorId ? (
        <p role="status" className="warning">
          No assessment of {clinic} started before this one ({formatDate(current.assessment.data.startDate)}), so there
          is no prior assessment to pick by default. Choose one above to compare with.
        </p>
      ) : null}
      {priorId ? <Comparison key={priorId} priorId={priorId} current={current} /> : null}
    </>
  );
}

function Comparison({ priorId, current }: { priorId: string; current: AssessmentRecords }) {
  const prior = useAssessmentRecords(priorId);
  const pack = useContentPack();
  const comparison = useMemo(
    () => (prior ? compareAssessments(prior, current, todayIso(), pack) : prior),
    [prior, current, pack],
  );
  if (comparison === undefined) return <p aria-busy="true">Decrypting the earlier assessment…</p>;
  if (comparison === null)
    return (
      <p role="alert" className="error">
        That assessment no longer exists on this computer.
      </p>
    );
  return <ChangesView comparison={comparison} />;
}
